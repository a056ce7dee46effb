import { Body1Strong, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { AwardRule, Lang } from "../../engine";
import { settingsUi } from "../../strings/settingsUi";
import { awardRuleTable } from "../model/awardRuleTable";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalS, justifyItems: "start" },
  heading: { margin: 0 },
  rules: { listStyle: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalS },
  rule: {
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  conditions: { margin: 0 },
  condition: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS },
  value: { margin: 0 },
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
        // One block per rule rather than a six-column table, which a narrow pane could only show by scrolling
        // sideways; a condition the rule does not set is left out.
        <ul className={styles.rules}>
          {table.rows.map((row, r) => (
            <li key={r} className={styles.rule}>
              <Body1Strong>{row[0]}</Body1Strong>
              <dl className={styles.conditions}>
                {row.slice(1).map((cell, c) =>
                  cell === "" ? null : (
                    <div key={c} className={styles.condition}>
                      <dt>{table.headers[c + 1]}:</dt>
                      <dd className={styles.value}>{cell}</dd>
                    </div>
                  ),
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
      {onSheet && (
        <Button disabledFocusable={busy} onClick={onGoTo}>
          {settingsUi(lang, "goToRules", { sheet })}
        </Button>
      )}
    </section>
  );
}
