import { label } from "../../strings/outputLabels";
import type { BlocResult } from "../evaluateBloc";
import type { Lang } from "../lang";
import { normalizeLabel } from "../read/normalizeLabel";
import type { Signer, UnitKind } from "../settings/settings";
import { fitRow, type DocumentGrid as ProposalsGrid } from "./documentGrid";
import { BODY_FONT_SIZE, FULL, LEFT, RIGHT, widthOf } from "./proposalsHeading";

/** Blank rows left under each signature block for the signature itself. */
export const SIGNATURE_ROWS = 4;

/**
 * Appends next year's proposed bloc leader and deputy. A provisional result proposes nobody: the leader
 * proposal is part of the same decision as the awards and waits for the same corrected data.
 */
export function addNextLeaders(grid: ProposalsGrid, result: BlocResult, lang: Lang): void {
  if (result.provisional) return;
  const { kind } = result.settings;
  const year = result.settings.year + 1;
  const lines = [
    result.next.leader === null ? null : label(lang, "nextLeader", { year, unit: result.next.leader }, kind),
    result.next.deputy === null ? null : label(lang, "nextDeputy", { year, unit: result.next.deputy }, kind),
  ].filter((line): line is string => line !== null);
  if (lines.length === 0) return;
  grid.row();
  for (const line of lines) {
    const row = grid.row([line]);
    grid.span(row, FULL.from, FULL.to, { bold: true, wrap: true });
    fitRow(grid, row, line, widthOf(FULL), BODY_FONT_SIZE, 1.1);
  }
}

// Which block a `Người ký` title belongs to: the secretary's, or the leader's (not a deputy's: it has none).
function blockOf(title: string): "secretary" | "leader" | null {
  const folded = normalizeLabel(title);
  if (/\b(thu ky|secretary)\b/.test(folded)) return "secretary";
  if (/\b(pho|deputy)\b/.test(folded)) return null;
  return /\b(truong|tm|leader|chair)\b/.test(folded) ? "leader" : null;
}

/**
 * Appends the two signature blocks side by side: the secretary on the left, the bloc leader on the right,
 * with the names the Người ký setting gives under the space left for the signature.
 */
export function addSignatures(
  grid: ProposalsGrid,
  lang: Lang,
  kind: UnitKind,
  signers: readonly Signer[] = [],
): void {
  grid.row();
  const titles = grid.row();
  grid.set(titles, LEFT.from, label(lang, "signSecretary"));
  grid.set(titles, RIGHT.from, label(lang, "signLeader", {}, kind));
  const hints = grid.row();
  grid.set(hints, LEFT.from, label(lang, "signHint"));
  grid.set(hints, RIGHT.from, label(lang, "signHint"));
  for (const half of [LEFT, RIGHT]) {
    grid.span(titles, half.from, half.to, { bold: true, horizontal: "center" });
    grid.span(hints, half.from, half.to, { italic: true, horizontal: "center" });
  }
  for (let i = 0; i < SIGNATURE_ROWS; i++) grid.height(grid.row(), 18);
  const name = (block: "secretary" | "leader"): string | undefined =>
    signers.find((signer) => blockOf(signer.title) === block)?.name;
  const [secretary, leader] = [name("secretary"), name("leader")];
  if (secretary === undefined && leader === undefined) return;
  const names = grid.row();
  grid.set(names, LEFT.from, secretary ?? null);
  grid.set(names, RIGHT.from, leader ?? null);
  for (const half of [LEFT, RIGHT])
    grid.span(names, half.from, half.to, { bold: true, horizontal: "center" });
}
