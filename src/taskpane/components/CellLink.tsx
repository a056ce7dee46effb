import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../../engine/issues";
import type { Lang } from "../../engine/lang";
import { ui } from "../../strings/ui";

const useStyles = makeStyles({
  // Underlined in the link colour always, not on hover only: it must read as something to press.
  link: {
    textDecorationLine: "underline",
    color: tokens.colorBrandForegroundLink,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
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
    <Link
      as="button"
      inline
      className={styles.link}
      aria-label={cell ? ui(lang, "goToCell", { sheet, cell }) : ui(lang, "goToSheet", { sheet })}
      onClick={() => onSelect(issue)}
    >
      {cell ? ui(lang, "issueLocation", { sheet, cell }) : sheet}
    </Link>
  );
}
