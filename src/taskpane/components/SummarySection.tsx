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
import { type BlocResult, type Lang, separatedText, settledText, skipReason, skipText } from "../../engine";
import { ui } from "../../strings/ui";
import { countBySeverity } from "../model/issueFilter";
import { proposalSummary } from "../model/proposalSummary";
import { rankingRows } from "../model/rankingRows";

// Enough to see the flag and certificate candidates; the full table is the Xếp hạng sheet.
const TOP_UNITS = 5;

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  rank: { width: "3.5em" },
  score: { width: "4.5em" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  subheading: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  skipped: { color: tokens.colorPaletteDarkOrangeForeground1 },
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
  const summary = proposalSummary(result);
  // A unit of the table that no award will take says so under its classification.
  const skipOf = (unit: string) => summary.passedOver.find((skip) => skip.unit === unit);
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
            {rows.map((row) => {
              const skip = skipOf(row.unit);
              return (
                <TableRow key={row.unit}>
                  <TableCell>{row.rank}</TableCell>
                  <TableCell>
                    {row.unit}
                    <Caption1 as="span" block>
                      {row.classification}
                    </Caption1>
                    {skip && (
                      <Caption1 as="span" block className={styles.skipped}>
                        {skipReason(skip.reason, lang)}
                      </Caption1>
                    )}
                  </TableCell>
                  <TableCell>{row.score}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      <Subtitle2 as="h3" className={styles.heading}>
        {ui(lang, "proposalsHeading")}
      </Subtitle2>
      {summary.notice ? (
        <Body1 as="p" className={styles.heading}>
          {ui(lang, summary.notice, { count: summary.errors })}
        </Body1>
      ) : (
        <ul className={styles.list}>
          {summary.lines.map((line) => (
            <li key={line.award}>
              <Body1>
                {line.award}: {line.units.join(", ")}
                {line.units.length > 0 && line.ballot ? "; " : ""}
                {line.ballot &&
                  ui(lang, "proposalBallot", {
                    seats: line.ballot.seats,
                    units: line.ballot.units.join(", "),
                  })}
              </Body1>
              {[settledText(line.settled, lang), separatedText(line.separatedByVotes, lang)].map(
                (text) =>
                  text && (
                    <Caption1 as="span" block key={text}>
                      {text}
                    </Caption1>
                  ),
              )}
            </li>
          ))}
        </ul>
      )}
      {summary.passedOver.length > 0 && (
        // Units passed over (ineligible, under review, below a minimum) are named with the reason (DESIGN §3);
        // while provisional, those the roster rules out, so that a top unit left out is never a surprise.
        <div>
          <Body1 as="h3" className={styles.subheading}>
            {ui(lang, "passedOverHeading")}
          </Body1>
          {result.provisional && <Caption1 block>{ui(lang, "passedOverProvisional")}</Caption1>}
          <ul className={styles.list} aria-label={ui(lang, "passedOverLabel")}>
            {summary.passedOver.map((skip) => (
              <li key={`${skip.reason}:${skip.unit}`}>
                <Body1>{skipText(skip, lang)}</Body1>
              </li>
            ))}
          </ul>
        </div>
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
