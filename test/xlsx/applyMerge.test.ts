import ExcelJS from "exceljs";
import { a1 } from "../../src/engine/address";
import { planMerge, type MergePlan } from "../../src/engine/merge/planMerge";
import type { WorkbookInput } from "../../src/engine/workbook";
import { applyMerge } from "../../src/xlsx/applyMerge";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { workbookToXlsx } from "../../src/xlsx/workbookToXlsx";
import { XlsxError } from "../../src/xlsx/XlsxError";
import * as f from "../engine/merge/planFixtures";
import { bytesOf, definedNamesOf, openBytes } from "./xlsxFixtures";

/** The fresh master as a file, with what a secretary's workbook carries: a styled cell, a merge, a name. */
async function masterFile(master: WorkbookInput): Promise<Uint8Array> {
  const book = await openBytes(await workbookToXlsx(master));
  const matrix = book.getWorksheet(f.MATRIX)!;
  matrix.getCell("C8").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  matrix.getCell("C8").numFmt = "0.00";
  matrix.mergeCells("A1:F1");
  book.definedNames.add(`'${f.MATRIX}'!$C$8`, "DiemVP");
  return bytesOf(book);
}

/** The new sheet a plan adds for a unit that has no place in a master without its matrix. */
function newSheets(master: WorkbookInput, unit: string) {
  const withoutMatrix = { sheets: master.sheets.filter((s) => s.name !== f.MATRIX) };
  const form = f.formOf(unit, { self: new Map([["I.2", 9]]) });
  const existing = master.sheets.map((s) => s.name);
  return planMerge(withoutMatrix, [f.returned("x.xlsx", form)], { lang: "vi", year: f.YEAR, existing })
    .sheets;
}

const valuesOf = async (data: Uint8Array) => (await readXlsx(data)).workbook.sheets;

describe("applyMerge", () => {
  it("writes the planned cells and new sheets, and leaves every other cell, style and name as it was", async () => {
    const master = f.freshMaster();
    const before = await masterFile(master);
    const form = f.filled(f.UNITS[0]!);
    f.typeInto(form, "I.2", "Điểm tự chấm", "=SUM(A1)");
    const options = { lang: "vi" as const, year: f.YEAR, existing: master.sheets.map((s) => s.name) };
    const plan = planMerge((await readXlsx(before)).workbook, [f.returned("vp.xlsx", form)], options);
    expect(plan.writes).toHaveLength(15);
    const { data: after, kept } = await applyMerge(before, {
      ...plan,
      sheets: newSheets(master, f.UNITS[4]!),
    });
    expect(kept).toEqual([]);

    const [old, now] = [await valuesOf(before), await valuesOf(after)];
    expect(now.map((s) => s.name)).toEqual([...old.map((s) => s.name), "Phiếu - BNC"]);
    const planned = new Map(plan.writes.map((w) => [`${w.sheet}!${w.cell}`, w.value]));
    for (const [i, sheet] of old.entries()) {
      const values = now[i]!.values;
      for (let r = 0; r < Math.max(sheet.values.length, values.length); r++) {
        for (let c = 0; c < Math.max(sheet.values[r]?.length ?? 0, values[r]?.length ?? 0); c++) {
          const ref = `${sheet.name}!${a1(r, c)}`;
          const expected = planned.get(ref) ?? sheet.values[r]?.[c] ?? "";
          expect([ref, values[r]?.[c] ?? ""]).toEqual([ref, expected]);
        }
      }
    }
    expect(now.at(-1)!.values.flat()).toContain(f.UNITS[4]);
    const matrix = (await openBytes(Buffer.from(after))).getWorksheet(f.MATRIX)!;
    expect(matrix.getCell("C8").value).toBe(f.knownSelf(f.UNITS[0]!).get("I.1.1"));
    expect(matrix.getCell("C8").numFmt).toBe("0.00");
    expect(matrix.getCell("C8").fill).toMatchObject({ fgColor: { argb: "FFFFFF00" } });
    const textRef = a1(f.rowOf("I.2"), 2);
    expect(matrix.getCell(textRef).type).toBe(ExcelJS.ValueType.String);
    expect(matrix.getCell(textRef).value).toBe("=SUM(A1)");
    expect(matrix.getCell("B1").isMerged).toBe(true);
    expect(await definedNamesOf(Buffer.from(after))).toEqual({ DiemVP: [`'${f.MATRIX}'!$C$8`] });
  });

  it("never overwrites a cell that is no longer empty, nor writes into a merged range: each write kept back", async () => {
    const before = await masterFile(f.freshMaster());
    const from = { file: "x.xlsx", unit: f.UNITS[0]!, criterion: "I.2", field: "self" as const };
    const writes = [
      { sheet: f.MATRIX, cell: "A1", value: 1, from },
      { sheet: f.MATRIX, cell: "B1", value: 2, from },
      { sheet: "Không có", cell: "A1", value: 3, from },
    ];
    const plan: MergePlan = { writes, sheets: [], imports: [], issues: [] };
    const merged = await applyMerge(before, plan);
    expect(await valuesOf(merged.data)).toEqual(await valuesOf(before));
    expect(merged.kept.map((k) => [k.write.cell, k.write.sheet, k.reason])).toEqual([
      ["A1", f.MATRIX, "changed"],
      ["B1", f.MATRIX, "merged"],
      ["A1", "Không có", "changed"],
    ]);
  });

  it("replaces a value only while the cell still holds it, and never writes over a formula", async () => {
    const book = await openBytes(await masterFile(f.freshMaster()));
    const matrix = book.getWorksheet(f.MATRIX)!;
    const [held, moved, formula] = ["I.2", "I.3.a", "II.1"].map((key) => a1(f.rowOf(key), 2));
    matrix.getCell(held!).value = 9;
    matrix.getCell(moved!).value = 4;
    // A formula whose cached result is empty reads as an empty cell, so a plan may target it.
    matrix.getCell(formula!).value = { formula: 'IF(Z1="","",Z1)', result: "" };
    const before = await bytesOf(book);
    const from = (criterion: string) => ({
      file: "x.xlsx",
      unit: f.UNITS[0]!,
      criterion,
      field: "self" as const,
    });
    const writes = [
      { sheet: f.MATRIX, cell: held!, value: 12, replaces: 9, from: from("I.2") },
      { sheet: f.MATRIX, cell: moved!, value: 5, replaces: 3, from: from("I.3.a") },
      { sheet: f.MATRIX, cell: formula!, value: 8, from: from("II.1") },
    ];
    const merged = await applyMerge(before, { writes, sheets: [], imports: [], issues: [] });
    expect(merged.kept.map((k) => [k.write.from.criterion, k.reason])).toEqual([
      ["I.3.a", "changed"],
      ["II.1", "formula"],
    ]);
    const after = (await openBytes(Buffer.from(merged.data))).getWorksheet(f.MATRIX)!;
    expect([after.getCell(held!).value, after.getCell(moved!).value]).toEqual([12, 4]);
    expect(after.getCell(formula!).formula).toBe('IF(Z1="","",Z1)');
  });

  it("refuses a new sheet whose name is taken, and a master that is not an .xlsx", async () => {
    const master = f.freshMaster();
    const before = await masterFile(master);
    const taken = { ...newSheets(master, f.UNITS[0]!)[0]!, name: f.MATRIX.toUpperCase() };
    const clash: MergePlan = { writes: [], sheets: [taken], imports: [], issues: [] };
    await expect(applyMerge(before, clash)).rejects.toMatchObject({ kind: "name-clash" });
    await expect(applyMerge(new TextEncoder().encode("hello"), clash)).rejects.toBeInstanceOf(XlsxError);
  });
});
