import { label } from "../../strings/outputLabels";
import type { BlocResult } from "../evaluateBloc";
import type { Lang } from "../lang";
import type { Settings } from "../settings/settings";
import { fitRow, type DocumentGrid as ProposalsGrid } from "./documentGrid";

/**
 * Columns of the proposal sheet: STT | Tên đơn vị | Tổng điểm | Xếp hạng | Xếp loại | Hình thức đề nghị |
 * Tỷ lệ phiếu | Ghi chú. They add up to about 90 character units, the printable width of A4 portrait.
 */
export const PROPOSALS_COLUMN_WIDTHS: readonly number[] = [5, 24, 8, 7, 13, 14, 7, 12];

/** The left half (A–D): the issuing bloc in the heading, the secretary's signature at the foot. */
export const LEFT = { from: 0, to: 3 } as const;
/** The right half (E–H): the national heading, the date line and the bloc leader's signature. */
export const RIGHT = { from: 4, to: 7 } as const;
/** The whole width (A–H): title, subtitle and the lines naming next year's leaders. */
export const FULL = { from: 0, to: 7 } as const;

/** The width in characters of a block of columns, for sizing rows whose merged text wraps. */
export const widthOf = (half: { from: number; to: number }): number =>
  PROPOSALS_COLUMN_WIDTHS.slice(half.from, half.to + 1).reduce((total, width) => total + width, 0);

/** The font size of the document's body, as the Vietnamese administrative style has it. */
export const BODY_FONT_SIZE = 12;
const TITLE_FONT_SIZE = 14;

/**
 * The place-and-date line: `Quảng Trị, ngày 15 tháng 12 năm 2024` from the Địa danh and Ngày họp settings,
 * dotted blanks to fill in by hand for what they leave empty (the year is then the assessed year).
 */
export function placeDateLine(settings: Settings, lang: Lang): string {
  const date = settings.meetingDate;
  return label(lang, "placeDate", {
    place: settings.place.trim() || "…………",
    day: date ? String(date.day).padStart(2, "0") : "……",
    month: date ? String(date.month).padStart(2, "0") : "……",
    year: date?.year ?? settings.year,
  });
}

/**
 * Appends the heading of an administrative document (Nghị định 30/2020 style): the bloc in capitals beside
 * the national name and motto, each with a short rule under it, the place-and-date line, the title and the
 * subtitle.
 */
export function addProposalsHeading(grid: ProposalsGrid, result: BlocResult, lang: Lang): void {
  const { settings } = result;
  const bloc = (settings.blocName.trim() || label(lang, "bloc", {}, settings.kind)).toLocaleUpperCase("vi");
  const centred = { horizontal: "center", vertical: "middle", wrap: true } as const;

  const first = grid.row();
  grid.set(first, LEFT.from, bloc);
  grid.set(first, RIGHT.from, label(lang, "nationalName"));
  grid.span(first, LEFT.from, LEFT.to, { ...centred, bold: true });
  grid.span(first, RIGHT.from, RIGHT.to, { ...centred, bold: true });
  // A long bloc name wraps in its merged half, which Excel would not grow to fit.
  fitRow(grid, first, bloc, widthOf(LEFT), BODY_FONT_SIZE, 1.2);

  const second = grid.row();
  grid.set(second, LEFT.from, label(lang, "headingRule"));
  grid.set(second, RIGHT.from, label(lang, "nationalMotto"));
  grid.span(second, LEFT.from, LEFT.to, { horizontal: "center", vertical: "top" });
  grid.span(second, RIGHT.from, RIGHT.to, { ...centred, bold: true, fontSize: BODY_FONT_SIZE + 1 });

  const third = grid.row();
  grid.set(third, RIGHT.from, label(lang, "headingRule"));
  grid.span(third, RIGHT.from, RIGHT.to, { horizontal: "center", vertical: "top" });

  const date = grid.row();
  grid.set(date, RIGHT.from, placeDateLine(settings, lang));
  grid.span(date, RIGHT.from, RIGHT.to, { italic: true, horizontal: "right" });
  grid.row();

  const title = grid.row([label(lang, "proposalsTitle")]);
  grid.span(title, FULL.from, FULL.to, { ...centred, bold: true, fontSize: TITLE_FONT_SIZE });
  fitRow(grid, title, label(lang, "proposalsTitle"), widthOf(FULL), TITLE_FONT_SIZE, 1.2);
  const subtitle = grid.row([label(lang, "proposalsSubtitle", { year: settings.year })]);
  grid.span(subtitle, FULL.from, FULL.to, { ...centred, italic: true });
  grid.row();
}
