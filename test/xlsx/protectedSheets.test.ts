import { main } from "../../src/cli/main";
import type { MergePlan } from "../../src/engine/merge/planMerge";
import { partyBloc } from "../../src/samples/partyBloc";
import { applyMerge } from "../../src/xlsx/applyMerge";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { workbookToXlsx } from "../../src/xlsx/workbookToXlsx";
import * as f from "../engine/merge/planFixtures";
import { fakeCliIo } from "../helpers/fakeCliIo";
import { openBytes, bytesOf, partOf, patchPart } from "./xlsxFixtures";

/** The part of a sheet, found through the workbook as the package resolves it. */
async function partNamed(data: Uint8Array, sheet: string): Promise<string> {
  const { pkg } = await readXlsx(data);
  return pkg.sheets.find((entry) => entry.name === sheet)!.part;
}

/** A ranked workbook whose ranking sheet its user then protected, as Excel or LibreOffice writes protection. */
async function rankedThenProtected(protection: string): Promise<Uint8Array> {
  const run = fakeCliIo({ "khoi.xlsx": await workbookToXlsx(partyBloc(2024)) });
  expect(await main(["khoi.xlsx", "-o", "once.xlsx"], run.io)).toBe(0);
  const once = run.files["once.xlsx"]!;
  const part = await partNamed(once, "Xếp hạng");
  return patchPart(once, part, (xml) => xml.replace(/<\/sheetData>/, `</sheetData>${protection}`));
}

describe("an output the user protected (a signed proposal, say) is not replaced, as in the add-in", () => {
  test.each([
    ["Excel's legacy hash", '<sheetProtection password="CC1A" sheet="1" objects="1" scenarios="1"/>'],
    ["LibreOffice's sheet=true", '<sheetProtection sheet="true" objects="true" scenarios="true"/>'],
  ])("%s: the rerun stops with `protected` and writes nothing", async (_, protection) => {
    const run = fakeCliIo({ "once.xlsx": await rankedThenProtected(protection) });
    expect(await main(["once.xlsx", "-o", "twice.xlsx", "--json"], run.io)).toBe(2);
    expect(JSON.parse(run.stdout())).toMatchObject({ ok: false, error: { code: "protected" } });
    expect(run.files["twice.xlsx"]).toBeUndefined();
  });

  test('a <sheetProtection> that does not protect the sheet (sheet="0") does not stop it', async () => {
    const run = fakeCliIo({ "once.xlsx": await rankedThenProtected('<sheetProtection sheet="0"/>') });
    expect(await main(["once.xlsx", "-o", "twice.xlsx"], run.io)).toBe(0);
    const twice = run.files["twice.xlsx"]!;
    expect(await partOf(twice, await partNamed(twice, "Xếp hạng"))).not.toContain("<sheetProtection");
  });
});

describe("a merge into a protected sheet writes only the cells its user opened, as the add-in", () => {
  /** The fresh master with its matrix protected by password, C8 left open. */
  async function protectedMaster(): Promise<Uint8Array> {
    const book = await openBytes(await workbookToXlsx(f.freshMaster()));
    const matrix = book.getWorksheet(f.MATRIX)!;
    matrix.getCell("C8").protection = { locked: false };
    await matrix.protect("khoi2024", {});
    return bytesOf(book);
  }
  const from = { file: "vp.xlsx", unit: f.UNITS[0]!, criterion: "I.1.1", field: "self" as const };
  const plan = (cell: string): MergePlan => ({
    writes: [{ sheet: f.MATRIX, cell, value: 7, from }],
    sheets: [],
    imports: [],
    issues: [],
  });

  test("an open cell is written", async () => {
    const merged = await applyMerge(await protectedMaster(), plan("C8"));
    expect(merged.kept).toEqual([]);
    const matrix = (await readXlsx(merged.data)).workbook.sheets.find((s) => s.name === f.MATRIX)!;
    expect(matrix.values[7]![2]).toBe(7);
  });

  test("a locked cell stops the merge with `protected`, naming the sheet", async () => {
    await expect(applyMerge(await protectedMaster(), plan("D8"))).rejects.toMatchObject({
      kind: "protected",
      subject: f.MATRIX,
    });
  });
});
