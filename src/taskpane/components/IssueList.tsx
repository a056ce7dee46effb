import { Badge, Body1, Caption1, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue, Lang, Severity, UnitKind } from "../../engine";
import { formatIssue } from "../../strings/issueMessages";
import { ui } from "../../strings/ui";
import { filterIssues, issueUnits, type IssueFilter } from "../model/issueFilter";
import { CellLink } from "./CellLink";

// A long list is slow to render in a task pane and useless to scroll; the filters narrow it.
const SHOWN = 200;
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const BADGE = { error: "danger", warning: "warning", info: "informative" } as const;

const useStyles = makeStyles({
  filters: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
  },
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalS },
  item: {
    display: "grid",
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  field: { minWidth: 0 },
  select: {
    width: "100%",
    minWidth: 0,
    "& select": { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  },
  where: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
});

export interface IssueListProps {
  lang: Lang;
  /** Bloc or cluster, for the messages that name the leader; bloc when no settings are read yet. */
  kind?: UnitKind;
  issues: readonly Issue[];
  filter: IssueFilter;
  onFilter: (filter: IssueFilter) => void;
  onSelect: (issue: Issue) => void;
}

/** Every issue, filterable by severity and unit; each one's location is a link that selects its cell. */
export function IssueList({ lang, kind, issues, filter, onFilter, onSelect }: IssueListProps) {
  const styles = useStyles();
  const units = issueUnits(issues);
  const shown = filterIssues(issues, filter);
  return (
    <div>
      <div className={styles.filters}>
        <Field className={styles.field} label={ui(lang, "filterSeverity")}>
          <Select
            className={styles.select}
            value={filter.severity ?? ""}
            onChange={(_, data) => onFilter({ ...filter, severity: (data.value || null) as Severity | null })}
          >
            <option value="">{ui(lang, "allSeverities")}</option>
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {ui(lang, `severity_${severity}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.field} label={ui(lang, "filterUnit")}>
          <Select
            className={styles.select}
            value={filter.unit ?? ""}
            onChange={(_, data) => onFilter({ ...filter, unit: data.value || null })}
          >
            <option value="">{ui(lang, "allUnits")}</option>
            {units.map((unit) => (
              <option key={unit} value={unit}>
                {unit}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {issues.length === 0 ? (
        <Body1 as="p">{ui(lang, "noIssues")}</Body1>
      ) : shown.length === 0 ? (
        <Body1 as="p">{ui(lang, "noIssuesMatch")}</Body1>
      ) : (
        <ul className={styles.list} aria-label={ui(lang, "tabIssues", { count: shown.length })}>
          {shown.slice(0, SHOWN).map((issue, i) => (
            <li key={`${issue.code}:${issue.sheet}:${issue.cell}:${i}`} className={styles.item}>
              <div className={styles.where}>
                <Badge appearance="tint" color={BADGE[issue.severity]}>
                  {ui(lang, `severity_${issue.severity}`)}
                </Badge>
                <CellLink lang={lang} issue={issue} onSelect={onSelect} />
              </div>
              <Body1>{formatIssue(issue, lang, kind)}</Body1>
            </li>
          ))}
        </ul>
      )}
      {shown.length > SHOWN && <Caption1>{ui(lang, "moreIssues", { count: shown.length - SHOWN })}</Caption1>}
    </div>
  );
}
