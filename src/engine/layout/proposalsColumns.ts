import type { KeyOf } from "../../strings/dictionary";
import type { label } from "../../strings/outputLabels";
import type { BlocResult } from "../evaluateBloc";
import type { DocumentFrame } from "./documentFrame";

/** A column of the proposal table, named by its header's label. */
export type ProposalsColumn =
  "no" | "unitName" | "total" | "proposalsRank" | "classification" | "voteShare" | "notes";

/** The proposal table's columns, and the frame of the document around it. */
export interface ProposalsColumns {
  keys: readonly (ProposalsColumn & KeyOf<typeof label>)[];
  frame: DocumentFrame;
  /** The 0-based column of a key; -1 when the table has no such column. */
  index: (key: ProposalsColumn) => number;
}

// About 89 units fill A4 portrait between Decree 30's margins. The left half (A–B) holds the bloc, the
// secretary and Nơi nhận; the right half (C–) the national heading and the leader's signature. Widths are
// chosen so that a few columns in the middle of the right half are about as long as the motto, whose rule
// is their bottom border: D–F with the vote column, D–E without it. (No width is 9: ExcelJS leaves a column
// of its default width 9 unwritten, and Excel's default is narrower.)
const WITH_VOTES: readonly [ProposalsColumn, number][] = [
  ["no", 5],
  ["unitName", 27],
  ["total", 9.5],
  ["proposalsRank", 7.5],
  ["classification", 17],
  ["voteShare", 9],
  ["notes", 14],
];
const WITHOUT_VOTES: readonly [ProposalsColumn, number][] = [
  ["no", 4.5],
  ["unitName", 26.5],
  ["total", 9.5],
  ["proposalsRank", 8],
  ["classification", 29],
  ["notes", 11.5],
];

/** Whether any unit the table lists has a vote share: else the Tỷ lệ phiếu column would print empty. */
export function listsVoteShares(result: BlocResult): boolean {
  const listed = new Set(result.proposals.flatMap((proposal) => proposal.units));
  return result.ranking.some((unit) => listed.has(unit.result.unit) && unit.voteShare !== null);
}

/** The columns of the proposal table: Tỷ lệ phiếu only when some listed unit has a vote share. */
export function proposalsColumns(result: BlocResult): ProposalsColumns {
  const columns = listsVoteShares(result) ? WITH_VOTES : WITHOUT_VOTES;
  const keys = columns.map(([key]) => key);
  const widths = columns.map(([, width]) => width);
  return {
    keys,
    frame: { widths, left: { from: 0, to: 1 }, right: { from: 2, to: widths.length - 1 } },
    index: (key) => keys.indexOf(key),
  };
}
