import { label } from "../../strings/outputLabels";
import type { Lang } from "../lang";
import { normalizeLabel } from "../read/normalizeLabel";
import type { Settings, Signer } from "../settings/settings";
import type { DocumentGrid } from "./documentGrid";
import { DOCUMENT_SIZES, frameWidth, type DocumentFrame } from "./documentFrame";
import type { CellFormat } from "./sheetLayout";
import { linesHeight, linesOf } from "./textWidth";

/** Blank rows left under a signature's title for the signature and the seal. */
export const SIGNATURE_ROWS = 4;
const SIGNATURE_ROW_HEIGHT = 18;

/** One line of a block at the foot of a document; a null text is a blank line (the space to sign in). */
export interface DocumentLine {
  text: string | null;
  format?: CellFormat;
  /** The row's height in points when the line is blank or must be taller than its text. */
  height?: number;
}

/** Whose signature a title of the `Người ký` setting is. */
export type SignerRole = "leader" | "secretary";

// The secretary's title, or the leader's (chair, TM., Trưởng khối, Cụm trưởng — not a deputy's: it has none).
function roleOf(title: string): SignerRole | null {
  const folded = normalizeLabel(title);
  if (/\b(thu ky|secretary)\b/.test(folded)) return "secretary";
  if (/\b(pho|deputy)\b/.test(folded)) return null;
  return /\b(truong|tm|leader|chair|chu tri)\b/.test(folded) ? "leader" : null;
}

/** The name the `Người ký` setting gives for a role, if any. */
export function signerName(signers: readonly Signer[], role: SignerRole): string | null {
  return signers.find((signer) => roleOf(signer.title) === role)?.name ?? null;
}

const bodyLine = (text: string | null, format: CellFormat = {}): DocumentLine => ({
  text,
  format: { horizontal: "center", fontSize: DOCUMENT_SIZES.body, ...format },
});

const space = (): DocumentLine[] =>
  Array.from({ length: SIGNATURE_ROWS }, () => ({ text: null, height: SIGNATURE_ROW_HEIGHT }));

/**
 * The bloc's signature (Decree 30/2020): `TM. KHỐI THI ĐUA` / `TRƯỞNG KHỐI` in bold capitals (a cluster's
 * words for a cluster), `(Ký tên, đóng dấu)`, the space to sign, and the leader's name from `Người ký`
 * (a blank line when it gives none, to write it by hand).
 */
export function leaderSignature(settings: Settings, lang: Lang): DocumentLine[] {
  const { kind } = settings;
  return [
    bodyLine(label(lang, "signOnBehalf", {}, kind).toLocaleUpperCase("vi"), { bold: true }),
    bodyLine(label(lang, "signLeader", {}, kind), { bold: true }),
    bodyLine(label(lang, "signSeal"), { italic: true }),
    ...space(),
    bodyLine(signerName(settings.signers, "leader"), { bold: true }),
  ];
}

/**
 * A person's signature: the title in bold (`THƯ KÝ`, `CHỦ TRÌ`), `(Ký, ghi rõ họ tên)`, the space to sign
 * and the name (a blank line when there is none, to write it by hand).
 */
export function personSignature(title: string, name: string | null, lang: Lang): DocumentLine[] {
  return [
    bodyLine(title, { bold: true }),
    bodyLine(label(lang, "signHint"), { italic: true }),
    ...space(),
    bodyLine(name, { bold: true }),
  ];
}

/**
 * The secretary's signature with the name from `Người ký`. It starts a line lower than the leader's, so that
 * beside it the titles, the space and the names fall in the same rows.
 */
export function secretarySignature(settings: Settings, lang: Lang): DocumentLine[] {
  return [
    { text: null },
    ...personSignature(label(lang, "signSecretary"), signerName(settings.signers, "secretary"), lang),
  ];
}

/**
 * `Nơi nhận:` (12 pt bold italic) and one line per recipient of the `Nơi nhận` setting (11 pt): `- Như trên;`
 * … `- Lưu: VT.`, the last closing with a full stop as the decree's samples do.
 */
export function recipientLines(settings: Settings, lang: Lang): DocumentLine[] {
  const left = { horizontal: "left", vertical: "top", wrap: true } as const;
  const lines = settings.recipients.map((recipient, i, all) => ({
    text: `- ${recipient}${i === all.length - 1 ? "." : ";"}`,
    format: { ...left, fontSize: DOCUMENT_SIZES.recipients },
  }));
  return [
    {
      text: label(lang, "recipients"),
      format: { ...left, bold: true, italic: true, fontSize: DOCUMENT_SIZES.recipientsTitle },
    },
    ...lines,
  ];
}

/**
 * Appends two blocks of lines side by side from the same row — the left block in the frame's left half,
 * the right one in its right half — each line merged across its half, every row as tall as the taller of
 * its two lines. Returns the rows the blocks took.
 */
export function addSideBySide(
  grid: DocumentGrid,
  frame: DocumentFrame,
  left: readonly DocumentLine[],
  right: readonly DocumentLine[],
): { first: number; last: number } {
  const first = grid.values.length;
  const count = Math.max(left.length, right.length);
  for (let i = 0; i < count; i++) {
    const row = grid.row();
    let height = 0;
    for (const [lines, half] of [
      [left, frame.left],
      [right, frame.right],
    ] as const) {
      const line = lines[i];
      if (!line) continue;
      const size = line.format?.fontSize ?? DOCUMENT_SIZES.body;
      if (line.text !== null) grid.set(row, half.from, line.text);
      const format: CellFormat = { vertical: "top", wrap: true, ...line.format };
      grid.span(row, half.from, half.to, format);
      const wrapped = line.text === null ? 1 : linesOf(line.text, frameWidth(frame, half), size, format.bold);
      height = Math.max(height, line.height ?? 0, linesHeight(wrapped, size));
    }
    if (height > 0) grid.height(row, height);
  }
  return { first, last: grid.values.length - 1 };
}

/**
 * Appends the foot of a one-signature document (Decree 30/2020): `Nơi nhận` at the bottom left beside the
 * bloc's signature at the bottom right, after a blank row.
 */
export function addDocumentFoot(
  grid: DocumentGrid,
  frame: DocumentFrame,
  settings: Settings,
  lang: Lang,
): void {
  grid.row();
  addSideBySide(grid, frame, recipientLines(settings, lang), leaderSignature(settings, lang));
}
