import { evaluateBloc } from "../../src/engine/evaluateBloc";
import { layoutOutputs } from "../../src/engine/layout/layoutOutputs";
import type { CellValue } from "../../src/engine/workbook";
import { formatIssue } from "../../src/strings/issueMessages";
import { hostileBloc, NUMBER_PLACES, TEXT_NUMBER_PLACES, type Placement } from "../helpers/hostileBloc";

// DESIGN §9: numbers beyond ±10¹⁵ or not finite are a `not a number` issue at their cell wherever a number is
// read — never Infinity handed to big.js (which throws), never a huge number ranked.
const DIGITS_400 = `1${"0".repeat(399)}`;
const DIGITS_32000 = "9".repeat(32_000);
const HOSTILE: [string, CellValue][] = [
  ["a 400-digit text", DIGITS_400],
  ["a 32,000-digit text", DIGITS_32000],
  ["1e999 typed as text", "1e999"],
  ["a number cell 1e300", 1e300],
  ["a number cell −1e300", -1e300],
  ["a number cell holding Infinity", Infinity],
  ["one more than 10¹⁵ typed as text", "1000000000000001"],
];

function evaluate(...changes: Placement[]) {
  const result = evaluateBloc(hostileBloc(...changes), { year: 2024 });
  // The outputs and every message are made from it without a throw, and no message carries 32,000 digits.
  const layouts = layoutOutputs(result, { existing: [] });
  expect(layouts.length).toBeGreaterThanOrEqual(4);
  for (const found of result.issues) expect(formatIssue(found, "vi", "bloc").length).toBeLessThan(1_000);
  return result;
}

const where = (result: ReturnType<typeof evaluate>, sheet: string, cell: string): string[] =>
  result.issues.filter((i) => i.sheet === sheet && i.cell === cell).map((i) => i.code);

// Every issue by code, sheet and cell: a number out of range must come to what any unreadable text comes to.
const found = (result: ReturnType<typeof evaluate>): string[] =>
  result.issues.map((i) => `${i.code}@${i.sheet}!${i.cell}`).sort();

describe("numbers beyond ±10¹⁵ or not finite (DESIGN §9)", () => {
  it("the bloc they are put into ranks cleanly without them", () => {
    const result = evaluate();
    expect(result.issues).toEqual([]);
    expect(result.ranking.map((u) => u.result.total.toNumber())).toEqual([98, 90, 87]);
  });

  describe.each(Object.entries(NUMBER_PLACES))("in the %s cell", (_name, place) => {
    it.each(HOSTILE)("%s is an issue at its cell, and the bloc is still evaluated", (_what, value) => {
      const result = evaluate({ sheet: place.sheet, cell: place.cell, value });
      expect(where(result, place.sheet, place.cell)).toContain(place.code);
      expect(found(result)).toEqual(found(evaluate({ sheet: place.sheet, cell: place.cell, value: "abc" })));
      expect(result.provisional).toBe(true);
      expect(result.ranking.length).toBeGreaterThan(0);
    });
  });

  describe.each(Object.entries(TEXT_NUMBER_PLACES))("in the %s text", (_name, place) => {
    it.each(HOSTILE)("%s is an unreadable value at its cell", (_what, value) => {
      const result = evaluate({ sheet: place.sheet, cell: place.cell, value: place.text(String(value)) });
      expect(where(result, place.sheet, place.cell)).toContain(place.code);
      const text = evaluate({ sheet: place.sheet, cell: place.cell, value: place.text("abc") });
      expect(found(result)).toEqual(found(text));
    });
  });

  it("still reads 10¹⁵ itself, typed or as text", () => {
    for (const value of [1e15, "1000000000000000"]) {
      const result = evaluate({ ...NUMBER_PLACES.scale, value });
      expect(result.settings.scale).toBe(1e15);
      expect(where(result, NUMBER_PLACES.scale.sheet, NUMBER_PLACES.scale.cell)).not.toContain(
        "settings-value-invalid",
      );
    }
  });

  it("keeps the start of a 32,000-digit score as the issue's value", () => {
    const result = evaluate({ ...NUMBER_PLACES.matrixScore, value: DIGITS_32000 });
    const found = result.issues.find((i) => i.code === "score-not-number");
    expect(String(found?.value)).toMatch(/^9{40,}…$/u);
    expect(String(found?.value).length).toBeLessThanOrEqual(101);
  });

  it("ranks the other units when one unit's score is out of range", () => {
    const result = evaluate({ ...NUMBER_PLACES.matrixScore, value: DIGITS_400 });
    // Not a number, so missing there as well (the missing-score setting says what that costs).
    expect(result.issues.filter((i) => i.severity === "error").map((i) => `${i.code}@${i.cell}`)).toEqual([
      "score-not-number@D3",
      "score-missing@D3",
    ]);
    const totals = new Map(result.ranking.map((u) => [u.result.unit, u.result.total.toNumber()]));
    expect([totals.get("Sở Nội vụ"), totals.get("Sở Tài chính")]).toEqual([90, 87]);
  });
});
