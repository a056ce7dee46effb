import { label } from "../../strings/outputLabels";
import type { Lang } from "../lang";
import type { Settings } from "../settings/settings";
import type { DocumentGrid } from "./documentGrid";
import { bestSpan, linesHeight, linesOf, spanWidth, textWidth, type Span } from "./textWidth";

/**
 * How a printed document's columns divide between the two blocks of its heading and its foot (Decree
 * 30/2020/NĐ-CP): the issuing bloc, `Số`, `Nơi nhận` on the left; the national heading, the date line and the
 * signature on the right. A document picks its own column widths (its table's), then says where the halves
 * fall; about 89 units fill A4 portrait between Decree 30's margins.
 */
export interface DocumentFrame {
  widths: readonly number[];
  left: Span;
  right: Span;
}

/** The font sizes of a Decree 30 document, in points. */
export const DOCUMENT_SIZES = {
  /** Paragraphs, the date line, the signature block. */
  body: 13,
  /** The issuing bloc and the national name (12–13 pt in the decree). */
  heading: 12,
  /** The motto, a point larger than the national name above it. */
  motto: 13,
  /** A document's title. */
  title: 14,
  /** Table cells: a list attached to a memo is set a point smaller than its prose. */
  table: 12,
  /** `Nơi nhận:` (12 pt bold italic) and its lines (11 pt). */
  recipientsTitle: 12,
  recipients: 11,
} as const;

/** The whole width of a frame, for titles and paragraphs. */
export const fullSpan = (frame: DocumentFrame): Span => ({ from: 0, to: frame.widths.length - 1 });

/** The printed width of a block of the frame's columns, in column units. */
export const frameWidth = (frame: DocumentFrame, span: Span): number => spanWidth(frame.widths, span);

/**
 * The place-and-date line: `Quảng Trị, ngày 15 tháng 12 năm 2024` from the Địa danh and Ngày họp settings,
 * dotted blanks to fill in by hand for what they leave empty — the year too: a document is dated when it
 * is signed, which is rarely in the year assessed.
 */
export function placeDateLine(settings: Settings, lang: Lang): string {
  const date = settings.meetingDate;
  const blank = label(lang, "dateBlank");
  return label(lang, "placeDate", {
    place: settings.place.trim() || label(lang, "placeBlank"),
    day: date ? String(date.day).padStart(2, "0") : blank,
    month: date ? String(date.month).padStart(2, "0") : blank,
    year: date ? String(date.year) : blank,
  });
}

/** `Số: 01/TTr-KTĐ` from the Số văn bản setting, or `Số: ……` to fill in by hand. */
export function documentNumberLine(settings: Settings, lang: Lang): string {
  const number = settings.documentNumber.trim();
  return number ? label(lang, "documentNumber", { number }) : label(lang, "documentNumberBlank");
}

/** The issuing bloc as its heading prints it: its name in capitals, or `KHỐI THI ĐUA` when unnamed. */
export function issuingBody(settings: Settings, lang: Lang): string {
  return (settings.blocName.trim() || label(lang, "bloc", {}, settings.kind)).toLocaleUpperCase("vi");
}

/**
 * A name broken into two lines as headings are set: the first line as long as fits `width`, unless that
 * leaves a lone word on the second (`KHỐI CÁC CƠ QUAN` / `ĐẢNG TỈNH`); with the longer line's width. Null
 * when no break gives two lines that fit (it then wraps where it will).
 */
function evenLines(text: string, fontSize: number, width: number): { text: string; width: number } | null {
  const words = text.split(" ");
  const fits = (line: string): boolean => textWidth(line, fontSize, true) * 1.04 <= width;
  for (let i = words.length - 2; i >= 1; i--) {
    const [a, b] = [words.slice(0, i).join(" "), words.slice(i).join(" ")];
    if (!fits(a) || !fits(b)) continue;
    return {
      text: `${a}\n${b}`,
      width: Math.max(textWidth(a, fontSize, true), textWidth(b, fontSize, true)),
    };
  }
  return null;
}

/** Where the heading's parts went, 0-based rows: for tests and for documents that add beside them. */
export interface DocumentHeading {
  /** The first row of both blocks: the bloc's name and the national name. */
  first: number;
  /** The row of `Số: …` and the place-and-date line. */
  numberRow: number;
  /** The bloc's cell (its first row) and the motto's cell, each with a rule under it. */
  blocCell: { row: number; span: Span };
  mottoCell: { row: number; span: Span };
}

/**
 * Appends the heading of an administrative document (Decree 30/2020): the issuing bloc in bold capitals at
 * the top left, `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` / `Độc lập - Tự do - Hạnh phúc` at the top right, both
 * starting in the same row and each ruled by the bottom border of a cell about as long as its text; then
 * `Số: …` under the bloc and the place-and-date line in italics under the motto, in one row, and a blank
 * row. A long bloc name wraps in a cell merged down over the motto's row (and more rows when it needs
 * them), so the two blocks keep their places whatever its length. `number: false` leaves `Số` out.
 */
export function addDocumentHeading(
  grid: DocumentGrid,
  frame: DocumentFrame,
  settings: Settings,
  lang: Lang,
  options: { number?: string | false } = {},
): DocumentHeading {
  const { widths, left, right } = frame;
  const size = DOCUMENT_SIZES;
  const bloc = issuingBody(settings, lang);
  const motto = label(lang, "nationalMotto");
  const centred = { horizontal: "center", vertical: "top", wrap: true } as const;

  const first = grid.row();
  const second = grid.row();
  grid.height(first, linesHeight(1, size.heading));
  grid.height(second, linesHeight(1, size.motto));
  grid.set(first, right.from, label(lang, "nationalName"));
  grid.span(first, right.from, right.to, { ...centred, bold: true, fontSize: size.heading });

  const mottoSpan = bestSpan(widths, right, textWidth(motto, size.motto, true));
  grid.set(second, mottoSpan.from, motto);
  grid.span(second, mottoSpan.from, mottoSpan.to, {
    ...centred,
    bold: true,
    fontSize: size.motto,
    bottomBorder: "thin",
  });

  // One line: a cell as long as the name, ruled at once. Two: broken where the lines come out even (not a
  // lone word on the second), in a cell as long as the longer, over the two rows of the national heading.
  // More: the whole left block, over as many rows as its lines need.
  const leftWidth = spanWidth(widths, left);
  const lines = linesOf(bloc, leftWidth, size.heading, true);
  const broken = lines === 2 ? evenLines(bloc, size.heading, leftWidth) : null;
  const blocText = broken ? broken.text : bloc;
  const blocSpan =
    lines === 1
      ? bestSpan(widths, left, textWidth(bloc, size.heading, true))
      : broken
        ? bestSpan(widths, left, broken.width)
        : left;
  let last = first;
  if (lines > 1) {
    last = second;
    const needed = linesHeight(lines, size.heading);
    const shared = linesHeight(1, size.heading) + linesHeight(1, size.motto);
    if (needed > shared) {
      last = grid.row();
      grid.height(last, needed - shared);
    }
  }
  grid.set(first, blocSpan.from, blocText);
  const blocRange = grid.range(first, blocSpan.from, last, blocSpan.to);
  if (blocSpan.to > blocSpan.from || last > first) grid.merges.push(blocRange);
  grid.formats.push({
    range: blocRange,
    format: { ...centred, bold: true, fontSize: size.heading, bottomBorder: "thin" },
  });

  const numberRow = grid.row();
  grid.height(numberRow, linesHeight(1, size.body) + 4);
  if (options.number !== false) {
    grid.set(numberRow, left.from, options.number ?? documentNumberLine(settings, lang));
    grid.span(numberRow, left.from, left.to, {
      horizontal: "center",
      vertical: "bottom",
      fontSize: size.body,
    });
  }
  grid.set(numberRow, right.from, placeDateLine(settings, lang));
  grid.span(numberRow, right.from, right.to, {
    horizontal: "center",
    vertical: "bottom",
    italic: true,
    fontSize: size.body,
  });
  grid.row();
  return {
    first,
    numberRow,
    blocCell: { row: first, span: blocSpan },
    mottoCell: { row: second, span: mottoSpan },
  };
}

/**
 * Appends a document's title (14 pt bold capitals) across the whole width, and the lines under it (13 pt
 * bold: `V/v …`, a subtitle), each row as tall as its wrapped text.
 */
export function addDocumentTitle(
  grid: DocumentGrid,
  frame: DocumentFrame,
  title: string,
  under: readonly string[] = [],
  underFormat: { bold?: boolean; italic?: boolean } = { bold: true },
): void {
  const full = fullSpan(frame);
  const width = frameWidth(frame, full);
  const row = grid.row([title]);
  const centred = { horizontal: "center", vertical: "middle", wrap: true } as const;
  grid.span(row, full.from, full.to, { ...centred, bold: true, fontSize: DOCUMENT_SIZES.title });
  grid.height(row, linesHeight(linesOf(title, width, DOCUMENT_SIZES.title, true), DOCUMENT_SIZES.title));
  for (const line of under) {
    const r = grid.row([line]);
    grid.span(r, full.from, full.to, { ...centred, ...underFormat, fontSize: DOCUMENT_SIZES.body });
    const bold = underFormat.bold === true;
    grid.height(r, linesHeight(linesOf(line, width, DOCUMENT_SIZES.body, bold), DOCUMENT_SIZES.body));
  }
}

/**
 * Appends a paragraph across the whole width, wrapped, the row as tall as its lines. Returns its row.
 */
export function addParagraph(
  grid: DocumentGrid,
  frame: DocumentFrame,
  text: string,
  format: { bold?: boolean; italic?: boolean; horizontal?: "left" | "center" | "right" } = {},
): number {
  const full = fullSpan(frame);
  const row = grid.row([text]);
  grid.span(row, full.from, full.to, {
    horizontal: "left",
    vertical: "top",
    wrap: true,
    fontSize: DOCUMENT_SIZES.body,
    ...format,
  });
  // A row of one line grows to its font by itself; a merged cell's wrapped lines do not (Excel, LibreOffice).
  const lines = linesOf(text, frameWidth(frame, full), DOCUMENT_SIZES.body, format.bold === true);
  if (lines > 1) grid.height(row, linesHeight(lines, DOCUMENT_SIZES.body) + 2);
  return row;
}
