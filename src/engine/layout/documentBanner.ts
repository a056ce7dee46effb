import { label } from "../../strings/outputLabels";
import type { BlocResult } from "../evaluateBloc";
import type { Lang } from "../lang";
import { addProvisionalBanner, BANNER_FORMAT } from "./banner";
import { DOCUMENT_SIZES, frameWidth, fullSpan, type DocumentFrame } from "./documentFrame";
import type { DocumentGrid } from "./documentGrid";
import { linesHeight, linesOf } from "./textWidth";

/**
 * The provisional banner at the top of a printed document, across its whole width and as tall as its
 * wrapped text (nothing when the result has no errors).
 */
export function addDocumentBanner(
  grid: DocumentGrid,
  frame: DocumentFrame,
  result: BlocResult,
  lang: Lang,
): void {
  if (!result.provisional) return;
  const row = grid.values.length;
  addProvisionalBanner(result, lang, frame.widths.length, grid);
  const text = String(grid.values[row]?.[0] ?? label(lang, "provisional"));
  const lines = linesOf(text, frameWidth(frame, fullSpan(frame)), DOCUMENT_SIZES.body, BANNER_FORMAT.bold);
  grid.height(row, linesHeight(lines, DOCUMENT_SIZES.body));
  grid.style(row, 0, row, frame.widths.length - 1, { vertical: "middle" });
  // A little space between the banner and the heading under it.
  grid.height(grid.row(), 8);
}
