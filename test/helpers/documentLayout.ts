import {
  DECREE30_PORTRAIT,
  DOCUMENT_FONT,
  type LayoutValue,
  type SheetLayout,
} from "../../src/engine/layout/sheetLayout";

/** Rows of the table in `documentLayout`: more than one A4 page holds, so a second page (and its number) prints. */
export const DOCUMENT_ROWS = 90;

/**
 * A printed document as the hosts receive it (Decree 30/2020): Times New Roman throughout, a rule under the
 * issuing body (a bottom border on its last row only), a bordered table whose header row gets a medium rule
 * underneath beside its thin edges, page numbers from page 2, and title columns for a print across pages.
 */
export function documentLayout(overrides: Partial<SheetLayout> = {}): SheetLayout {
  const values: LayoutValue[][] = [
    ["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", null, "ĐẢNG CỘNG SẢN VIỆT NAM", null],
    ["BAN THƯỜNG VỤ", null, null, null],
    [null, null, null, null],
    ["TT", "Đơn vị", "Tổng điểm", "Xếp loại"],
    ...Array.from({ length: DOCUMENT_ROWS }, (_, i): LayoutValue[] => [
      i + 1,
      `Đơn vị ${i + 1}`,
      90 - i / 10,
      "Tốt",
    ]),
  ];
  const last = values.length;
  return {
    kind: "memo",
    name: "Tờ trình",
    values,
    formats: [
      { range: `A1:D${last}`, format: { fontName: DOCUMENT_FONT, fontSize: 13 } },
      { range: "A1:B2", format: { bold: true, horizontal: "center", bottomBorder: "thin" } },
      { range: `A4:D${last}`, format: { border: "thin" } },
      { range: "A4:D4", format: { bold: true, bottomBorder: "medium" } },
    ],
    merges: ["A1:B1", "A2:B2"],
    // Wider than an A4 page at 100% whatever stands in for Calibri (the width unit), each column beside A:B within it.
    columnWidths: [6, 34, 30, 30],
    rowHeights: [],
    freeze: null,
    print: { ...DECREE30_PORTRAIT, fitToWidth: false, printTitleColumns: "A:B" },
    links: [],
    chart: null,
    tabColor: null,
    ...overrides,
  };
}
