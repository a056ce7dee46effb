import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue, Lang } from "../../engine";
import { ui } from "../../strings/ui";

const useStyles = makeStyles({
  // A button that reads as a link: underlined in the link colour always (not on hover only), so that the
  // location reads as something to press. Fluent's Button (already in the first bundle), not its Link: the
  // pane's lazy chunks stay as they are.
  link: {
    minWidth: 0,
    height: "auto",
    padding: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    textDecorationLine: "underline",
    color: tokens.colorBrandForegroundLink,
    ":hover": { color: tokens.colorBrandForegroundLinkHover, textDecorationThickness: "2px" },
    ":hover:active": { color: tokens.colorBrandForegroundLinkPressed },
  },
});

export interface CellLinkProps {
  lang: Lang;
  issue: Issue;
  onSelect: (issue: Issue) => void;
}

/** Where an issue is, as a link that selects its cell (or opens its sheet); nothing without a sheet. */
export function CellLink({ lang, issue, onSelect }: CellLinkProps) {
  const styles = useStyles();
  if (!issue.sheet) return null;
  const { sheet, cell } = issue;
  return (
    <Button
      appearance="transparent"
      size="small"
      className={styles.link}
      aria-label={cell ? ui(lang, "goToCell", { sheet, cell }) : ui(lang, "goToSheet", { sheet })}
      onClick={() => onSelect(issue)}
    >
      {cell ? ui(lang, "issueLocation", { sheet, cell }) : sheet}
    </Button>
  );
}
