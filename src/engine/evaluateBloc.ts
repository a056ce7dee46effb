import { ballotIssues } from "./awards/ballotIssues";
import { resolveBallotRows, votesByAward, type ResolvedBallotRow } from "./awards/ballotVotes";
import { nextLeaders, type NextLeaders } from "./awards/nextLeaders";
import { proposeAwards, type Proposal } from "./awards/proposeAwards";
import type { CriteriaTable } from "./criteria/criterion";
import { readBallotResults } from "./awards/readBallotResults";
import { readCriteria } from "./criteria/readCriteria";
import { issue, sortIssues, type Issue } from "./issues";
import { farCellIssues } from "./read/farCellIssues";
import { rankUnits, type RankedUnit } from "./ranking/rankUnits";
import { scoreUnit } from "./ranking/scoreUnit";
import { normalizeLabel } from "./read/normalizeLabel";
import { readRoster } from "./scores/readRoster";
import { readScores } from "./scores/readScores";
import type { Roster, UnitScores } from "./scores/unitScores";
import { readSettings } from "./settings/readSettings";
import type { Settings } from "./settings/settings";
import type { WorkbookInput } from "./workbook";

/** Options of an evaluation. */
export interface EvaluateOptions {
  /**
   * The year a workbook without a `Năm` setting is for: the hosts pass the current year from their clock, as
   * the engine reads none (its results depend on its input alone).
   */
  year: number;
}

/** Everything the engine concludes about a bloc's workbook. */
export interface BlocResult {
  settings: Settings;
  /** The settings sheet's name, or null when the workbook has none (the outputs then add one). */
  settingsSheet: string | null;
  criteria: CriteriaTable | null;
  roster: Roster | null;
  units: UnitScores[];
  /** Units by rank (ties in roster order). */
  ranking: RankedUnit[];
  /** Award proposals; empty while the result is provisional. */
  proposals: Proposal[];
  next: NextLeaders;
  /**
   * Every row of the `Kết quả bỏ phiếu` tables read (DESIGN §3.7), readable or not, matched to its award and
   * unit where possible: the ballot sheet writes them back, so that a rerun never loses what was typed.
   */
  ballotRows: ResolvedBallotRow[];
  /** True when any error-severity issue exists: outputs carry the TẠM TÍNH banner, nothing is proposed. */
  provisional: boolean;
  /** Every issue, errors first, then warnings, then notes. */
  issues: Issue[];
}

/**
 * Evaluates a bloc from its workbook (sheets as 2-D cell arrays): settings, criteria table, roster and scores
 * are read and validated, units scored, ranked and classified, awards proposed and the next leader named.
 * Bad data never throws; it comes back as issues, and any error makes the result provisional.
 */
export function evaluateBloc(input: WorkbookInput, options: EvaluateOptions): BlocResult {
  const { year } = options;
  // An output passed back as input (the ballot sheet) holds ballot results only.
  const workbook: WorkbookInput = { sheets: input.sheets.filter((sheet) => sheet.owner === undefined) };
  const { settings, sheet: settingsSheet, issues: settingIssues } = readSettings(workbook, { year });
  const { table: criteria, issues: criteriaIssues } = readCriteria(workbook, { scale: settings.scale });
  const { roster, issues: rosterIssues } = readRoster(workbook);
  const issues: Issue[] = [...farCellIssues(input), ...settingIssues, ...criteriaIssues, ...rosterIssues];
  const { units, issues: scoreIssues } = criteria
    ? readScores(workbook, criteria, roster)
    : { units: [], issues: [] };
  issues.push(...scoreIssues);

  // A roster unit with no scores anywhere is reported by the scores stage and cannot be ranked.
  const scoredUnits = units.filter((unit) => unit.sources.length > 0);
  const results = criteria
    ? scoredUnits.map((unit) => {
        const scored = scoreUnit(criteria, unit, settings);
        issues.push(...scored.issues);
        return scored.result;
      })
    : [];
  const rosterByName = new Map(roster?.units.map((entry) => [normalizeLabel(entry.name), entry]));
  const shares = (field: "voteShare" | "womenShare") =>
    new Map(
      scoredUnits.map((unit) => [unit.name, rosterByName.get(normalizeLabel(unit.name))?.[field] ?? null]),
    );
  const votes = shares("voteShare");
  const women = shares("womenShare");
  const { ranked, issues: rankIssues } = criteria
    ? rankUnits(results, votes, settings, criteria, women)
    : { ranked: [], issues: [] };
  issues.push(...rankIssues);

  const provisional = issues.some((found) => found.severity === "error");
  const ballotsRead = readBallotResults(input);
  const names = ranked.map((unit) => unit.result.unit);
  const ballotRows = resolveBallotRows(ballotsRead.rows, names, roster, settings);
  const proposals = provisional ? [] : proposeAwards(ranked, roster, settings, votesByAward(ballotRows));
  issues.push(...ballotsRead.issues, ...ballotIssues(ballotRows, proposals));
  for (const proposal of proposals.filter((p) => p.ballot)) {
    const details = {
      award: proposal.award,
      units: proposal.ballot?.units.join(", ") ?? "",
      seats: proposal.ballot?.seats ?? 0,
    };
    issues.push(issue({ code: "award-ballot-needed", sheet: settingsSheet ?? "", cell: "", details }));
  }
  const { next, issues: leaderIssues } = nextLeaders(ranked, roster, settings);
  issues.push(...leaderIssues);
  return {
    settings,
    settingsSheet,
    criteria,
    roster,
    units,
    ranking: ranked,
    proposals,
    next,
    ballotRows,
    provisional,
    issues: sortIssues(issues),
  };
}
