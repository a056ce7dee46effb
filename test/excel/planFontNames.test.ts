import { parseRange } from "../../src/engine/address";
import { DOCUMENT_FONT, type FormatRange, type SheetLayout } from "../../src/engine/layout/sheetLayout";
import { planFontNames, type PlannedFormat } from "../../src/excel/planFontNames";
import { sheetSteps } from "../../src/excel/sheetSteps";
import { documentLayout } from "../helpers/documentLayout";

const SIZE = 6;

/** Each cell's font name on a SIZE × SIZE grid once the formats are applied in order, each over its range. */
function namesAfter(formats: PlannedFormat[]): (string | undefined)[] {
  const grid: (string | undefined)[] = Array(SIZE * SIZE).fill(undefined);
  for (const { range, format, fontRange } of formats) {
    if (format.fontName === undefined) continue;
    const rect = parseRange(fontRange ?? range)!;
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) grid[r * SIZE + c] = format.fontName;
    }
  }
  return grid;
}

const named = (plan: PlannedFormat[]) => plan.filter((f) => f.format.fontName !== undefined);

// A small deterministic generator, so a failure names its seed.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function randomFormats(seed: number): FormatRange[] {
  const next = random(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const letters = "ABCDEF";
  return Array.from({ length: 1 + pick(8) }, () => {
    const [top, bottom] = [pick(SIZE), pick(SIZE)].sort();
    const [left, right] = [pick(SIZE), pick(SIZE)].sort();
    const range = `${letters[left!]}${top! + 1}:${letters[right!]}${bottom! + 1}`;
    const fontName = [undefined, "Times New Roman", "Times New Roman", "Arial"][pick(4)];
    return { range, format: { bold: next() < 0.5, ...(fontName ? { fontName } : {}) } };
  });
}

describe("planFontNames: the same fonts with fewer names sent", () => {
  test("one name over ranges that fill their bounding rectangle: set once over it, in the first format", () => {
    const plan = planFontNames([
      { range: "A1:F1", format: { bold: true, fontName: "Times New Roman" } },
      { range: "A2:C6", format: { border: "thin", fontName: "Times New Roman" } },
      { range: "B3", format: { italic: true } },
      { range: "D2:F6", format: { fontName: "Times New Roman", fontSize: 13 } },
    ]);
    expect(named(plan)).toEqual([
      { range: "A1:F1", format: { bold: true, fontName: "Times New Roman" }, fontRange: "A1:F6" },
    ]);
    // Everything else each format sets is kept.
    expect(plan.map((f) => f.format)).toEqual([
      { bold: true, fontName: "Times New Roman" },
      { border: "thin" },
      { italic: true },
      { fontSize: 13 },
    ]);
  });

  test("a first format over the whole rectangle keeps its own range", () => {
    const plan = planFontNames([
      { range: "A1:F6", format: { fontName: "Times New Roman" } },
      { range: "A2:C2", format: { bold: true, fontName: "Times New Roman" } },
    ]);
    expect(named(plan)).toEqual([{ range: "A1:F6", format: { fontName: "Times New Roman" } }]);
  });

  test("a name set again after another font over its cells is kept; one already set over its range is dropped", () => {
    const plan = planFontNames([
      { range: "A1:D4", format: { fontName: "Times New Roman" } },
      { range: "B2", format: { fontName: "Times New Roman" } },
      { range: "C3", format: { fontName: "Arial" } },
      { range: "C3:D4", format: { fontName: "Times New Roman" } },
      { range: "F6", format: { fontName: "Times New Roman" } },
    ]);
    expect(named(plan).map((f) => f.range)).toEqual(["A1:D4", "C3", "C3:D4", "F6"]);
  });

  test.each(Array.from({ length: 300 }, (_, seed) => seed))(
    "random formats (seed %i): every cell ends in the same font",
    (seed) => {
      const formats = randomFormats(seed);
      expect(namesAfter(planFontNames(formats))).toEqual(namesAfter(formats));
    },
  );

  test("a font name on every format of a document: the same steps, two names' bytes more", () => {
    const layout = documentLayout();
    // The table's bands, as a minutes' or a memo's sections would be, and no format over the whole sheet.
    const bands = Array.from({ length: 9 }, (_, i) => ({
      range: `A${10 * i + 5}:D${10 * i + 5}`,
      format: { bold: true },
    }));
    const plain = { ...layout, formats: [...layout.formats.slice(1), ...bands] };
    const named: SheetLayout = {
      ...plain,
      formats: plain.formats.map((f) => ({ ...f, format: { ...f.format, fontName: DOCUMENT_FONT } })),
    };
    const size = (steps: ReturnType<typeof sheetSteps>) => steps.reduce((sum, s) => sum + s.size, 0);
    const before = sheetSteps(plain, 1_000_000);
    const after = sheetSteps(named, 1_000_000);
    expect(after).toHaveLength(before.length);
    // A1:B2 and A4:D94 each named once (an action and the font's path, under 300 bytes); one name per format
    // would be 13 actions.
    expect(size(after) - size(before)).toBeGreaterThan(0);
    expect(size(after) - size(before)).toBeLessThanOrEqual(2 * 300);
  });
});
