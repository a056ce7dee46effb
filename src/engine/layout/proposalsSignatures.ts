import { label } from "../../strings/outputLabels";
import type { BlocResult } from "../evaluateBloc";
import type { Lang } from "../lang";
import type { Settings } from "../settings/settings";
import { addParagraph, type DocumentFrame } from "./documentFrame";
import type { DocumentGrid } from "./documentGrid";
import { addSideBySide, leaderSignature, recipientLines, secretarySignature } from "./documentSignature";

/**
 * Appends next year's proposed bloc leader and deputy. A provisional result proposes nobody: the leader
 * proposal is part of the same decision as the awards and waits for the same corrected data.
 */
export function addNextLeaders(
  grid: DocumentGrid,
  frame: DocumentFrame,
  result: BlocResult,
  lang: Lang,
): void {
  if (result.provisional) return;
  const { kind } = result.settings;
  const year = result.settings.year + 1;
  const lines = [
    result.next.leader === null ? null : label(lang, "nextLeader", { year, unit: result.next.leader }, kind),
    result.next.deputy === null ? null : label(lang, "nextDeputy", { year, unit: result.next.deputy }, kind),
  ].filter((line): line is string => line !== null);
  if (lines.length === 0) return;
  grid.row();
  for (const line of lines) addParagraph(grid, frame, line, { bold: true });
}

/**
 * Appends the foot of the proposal list: the secretary's signature at the left beside the bloc's at the
 * right (DESIGN §3.3: both sign the list), then `Nơi nhận` at the left under the secretary's. Decree 30 puts
 * Nơi nhận beside the one signature of a document; with two signatures it goes below, so that no block
 * prints over another and the names of both signers stay in one row.
 */
export function addProposalsFoot(
  grid: DocumentGrid,
  frame: DocumentFrame,
  settings: Settings,
  lang: Lang,
): void {
  grid.row();
  addSideBySide(grid, frame, secretarySignature(settings, lang), leaderSignature(settings, lang));
  grid.row();
  addSideBySide(grid, frame, recipientLines(settings, lang), []);
}
