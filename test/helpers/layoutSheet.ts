import type { SheetLayout } from "../../src/engine/layout/sheetLayout";
import type { CellValue, SheetInput } from "../../src/engine/workbook";
import type { UnitScores } from "../../src/engine/scores/unitScores";
import type { FormFill } from "../../src/engine/forms/layoutUnitForm";

/** A layout as a host would read it back: a rectangle from A1, "" for empty cells, a formula's value. */
export function layoutSheet(layout: SheetLayout): SheetInput {
  const width = Math.max(0, ...layout.values.map((row) => row.length));
  const values: CellValue[][] = layout.values.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const value = row[c] ?? null;
      if (value === null) return "";
      return typeof value === "object" ? value.value : value;
    }),
  );
  return { name: layout.name, values };
}

/** A unit's self scores, evidence and explanations as found in a workbook, to fill its form with. */
export function fillOf(unit: UnitScores): FormFill {
  return {
    self: new Map([...unit.self].map(([key, read]) => [key, read.raw])),
    evidence: new Map([...unit.evidence].map(([key, read]) => [key, read.text])),
    explanation: new Map([...unit.explanation].map(([key, read]) => [key, read.text])),
  };
}
