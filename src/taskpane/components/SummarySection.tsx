import {
  Body1,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
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
import { passedOver } from "../../engine/awards/passedOver";
import type { BlocResult } from "../../engine/evaluateBloc";
import type { Lang } from "../../engine/lang";
import { skipText } from "../../engine/layout/skipText";
import { ui } from "../../strings/ui";
import { countBySeverity } from "../model/issueFilter";
import { rankingRows } from "../model/rankingRows";

// Enough to see the flag and certificate candidates; the full table is the Xếp hạng sheet.
const TOP_UNITS = 5;

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  rank: { width: "3.5em" },
  score: { width: "4.5em" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface SummarySectionProps {
  lang: Lang;
  result: BlocResult;
  /** The sheets the last run wrote, in tab order. */
  written: readonly string[];
  onShowIssues: () => void;
}

/** After a run: the top of the ranking, the proposals and the issue counts. */
export function SummarySection({ lang, result, written, onShowIssues }: SummarySectionProps) {
  const styles = useStyles();
  const counts = countBySeverity(result.issues);
  const rows = rankingRows(result, lang, TOP_UNITS);
  const skipped = passedOver(result.proposals);
  return (
    <section className={styles.root} aria-labelledby="summary-heading">
      <Subtitle2 as="h2" id="summary-heading" className={styles.heading}>
        {ui(lang, "summaryHeading")}
      </Subtitle2>
      {result.provisional && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{ui(lang, "summaryProvisional", { count: counts.error })}</MessageBarBody>
        </MessageBar>
      )}
      {rows.length > 0 && (
        <Table size="small" aria-label={ui(lang, "rankingHeading")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.rank}>{ui(lang, "colRank")}</TableHeaderCell>
              <TableHeaderCell>{ui(lang, "colUnit")}</TableHeaderCell>
              <TableHeaderCell className={styles.score}>{ui(lang, "colScore")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.unit}>
                <TableCell>{row.rank}</TableCell>
                <TableCell>
                  {row.unit}
                  <Caption1 as="span" block>
                    {row.classification}
                  </Caption1>
                </TableCell>
                <TableCell>{row.score}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Subtitle2 as="h3" className={styles.heading}>
        {ui(lang, "proposalsHeading")}
      </Subtitle2>
      {result.proposals.some((p) => p.units.length > 0) ? (
        <ul className={styles.list}>
          {result.proposals
            .filter((p) => p.units.length > 0)
            .map((p) => (
              <li key={p.award}>
                <Body1>
                  {p.award}: {p.units.join(", ")}
                  {p.needsBallot ? ` (${ui(lang, "ballot")})` : ""}
                </Body1>
              </li>
            ))}
        </ul>
      ) : (
        <Body1>{ui(lang, "noProposals")}</Body1>
      )}
      {skipped.length > 0 && (
        // Units passed over (ineligible, under review, below a minimum) are named with the reason (DESIGN §3).
        <ul className={styles.list} aria-label={ui(lang, "passedOverLabel")}>
          {skipped.map((skip) => (
            <li key={`${skip.reason}:${skip.unit}`}>
              <Caption1>{skipText(skip, lang)}</Caption1>
            </li>
          ))}
        </ul>
      )}
      <Body1>
        {ui(lang, "issueCounts", { errors: counts.error, warnings: counts.warning, infos: counts.info })}{" "}
        {result.issues.length > 0 && (
          <Link as="button" onClick={onShowIssues}>
            {ui(lang, "showIssues")}
          </Link>
        )}
      </Body1>
      {written.length > 0 && <Caption1>{ui(lang, "summarySheets", { sheets: written.join(", ") })}</Caption1>}
    </section>
  );
}
