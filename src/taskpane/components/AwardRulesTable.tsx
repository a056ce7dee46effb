import {
  Button,
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../engine/lang";
import type { AwardRule } from "../../engine/settings/settings";
import { settingsUi } from "../../strings/settingsUi";
import { awardRuleTable } from "../model/awardRuleTable";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalS, justifyItems: "start" },
  heading: { margin: 0 },
  // The six columns do not fit a narrow pane: the table scrolls sideways instead of squeezing the words.
  scroll: { overflowX: "auto", width: "100%" },
  table: { minWidth: "34em" },
});

export interface AwardRulesTableProps {
  lang: Lang;
  rules: readonly AwardRule[];
  /** The settings sheet, or null when there is none (the default rules apply). */
  sheet: string | null;
  /** The rules table's top-left cell, or null when the sheet has no table. */
  rulesCell: string | null;
  busy: boolean;
  onGoTo: () => void;
}

/** The award rules in force, read-only: they are edited as a table on the sheet, which the button shows. */
export function AwardRulesTable({ lang, rules, sheet, rulesCell, busy, onGoTo }: AwardRulesTableProps) {
  const styles = useStyles();
  const table = awardRuleTable(rules, lang);
  const heading = settingsUi(lang, "rulesHeading");
  const onSheet = sheet !== null && rulesCell !== null;
  return (
    <section className={styles.root} aria-labelledby="award-rules-heading">
      <Subtitle2 as="h2" id="award-rules-heading" className={styles.heading}>
        {heading}
      </Subtitle2>
      <Caption1>
        {onSheet ? settingsUi(lang, "rulesFromSheet", { sheet }) : settingsUi(lang, "rulesDefault")}
      </Caption1>
      {table.rows.length === 0 ? (
        <Caption1>{settingsUi(lang, "rulesNone")}</Caption1>
      ) : (
        // Focusable, so that the table can be scrolled from the keyboard.
        <div className={styles.scroll} role="region" aria-label={heading} tabIndex={0}>
          <Table size="small" aria-label={heading} className={styles.table}>
            <TableHeader>
              <TableRow>
                {table.headers.map((header) => (
                  <TableHeaderCell key={header}>{header}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {table.rows.map((row, r) => (
                <TableRow key={r}>
                  {row.map((cell, c) => (
                    <TableCell key={c}>{cell}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {onSheet && (
        <Button disabledFocusable={busy} onClick={onGoTo}>
          {settingsUi(lang, "goToRules", { sheet })}
        </Button>
      )}
    </section>
  );
}
