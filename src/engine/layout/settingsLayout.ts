import type { BlocResult } from "../evaluateBloc";
import type { Lang } from "../lang";
import { a1 } from "../address";
import { settingsSheetValues } from "../settings/settingsSheetValues";
import { A4_PORTRAIT, type FormatRange, type LayoutValue, type SheetLayout } from "./sheetLayout";
import { withinExcelLimits } from "./excelLimits";
import { fitRowHeights } from "./fitRowHeights";
import { inDocumentFont } from "./inDocumentFont";
import { orientationFor } from "./printScale";

const HEADER = { bold: true, fill: "D9D9D9" } as const;
// Widths follow the content, within reason: longer text (the notes most) wraps, so that the sheet prints
// on one A4 page width at 8 pt or more.
const MIN_WIDTH = 10;
const MAX_WIDTH = 40;

const isBlankRow = (row: readonly LayoutValue[]): boolean => row.every((cell) => cell === null);

// The longest line of text each column holds, in characters.
function contentWidths(values: readonly LayoutValue[][], width: number): number[] {
  return Array.from({ length: width }, (_, col) =>
    Math.max(0, ...values.map((row) => String(row[col] ?? "").length)),
  );
}

/**
 * The settings sheet a workbook without one receives on its first run (DESIGN §2.4): the defaults as
 * settingsSheetValues writes them — key–value table, blank row, award-rules table — with bold headers and
 * borders, and no banner. It belongs to the user from then on, so it is plain data readSettings reads back.
 */
export function settingsLayout(result: Pick<BlocResult, "settings">, lang: Lang, name: string): SheetLayout {
  const values: LayoutValue[][] = settingsSheetValues(result.settings, lang).map((row) =>
    row.map((cell) => (cell === "" ? null : cell)),
  );
  const width = Math.max(0, ...values.map((row) => row.length));
  const blank = values.findIndex((row, i) => i > 0 && isBlankRow(row));
  const keysEnd = blank < 0 ? values.length - 1 : blank - 1;
  const keyColumns = Math.max(1, values[0]?.filter((cell) => cell !== null).length ?? 1);
  const formats: FormatRange[] = [
    { range: `A1:${a1(0, keyColumns - 1)}`, format: HEADER },
    { range: `A1:${a1(keysEnd, keyColumns - 1)}`, format: { border: "thin", vertical: "top" } },
    // Every cell of the tables wraps within its column (the notes most), the rows as tall as their text.
    { range: `A1:${a1(keysEnd, keyColumns - 1)}`, format: { wrap: true } },
  ];
  const rulesHeader = blank < 0 ? -1 : blank + 1;
  if (rulesHeader > 0 && rulesHeader < values.length) {
    const rulesColumns = values[rulesHeader]?.filter((cell) => cell !== null).length ?? width;
    const last = a1(values.length - 1, rulesColumns - 1);
    formats.push(
      {
        range: `${a1(rulesHeader, 0)}:${a1(rulesHeader, rulesColumns - 1)}`,
        format: { ...HEADER, wrap: true },
      },
      { range: `${a1(rulesHeader, 0)}:${last}`, format: { border: "thin", vertical: "top", wrap: true } },
    );
  }
  const columnWidths = contentWidths(values, width).map((chars) =>
    Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, chars + 2)),
  );
  const print = { ...A4_PORTRAIT, horizontalCentered: false };
  return withinExcelLimits(
    fitRowHeights(
      inDocumentFont({
        kind: "settings",
        name,
        values,
        formats,
        merges: [],
        columnWidths,
        rowHeights: [],
        freeze: null,
        // Landscape when the columns would shrink the text below 8 pt on a portrait page.
        print: orientationFor(columnWidths, print, 8 / 11),
        links: [],
        chart: null,
        tabColor: null,
      }),
    ),
  );
}
