import { main } from "../../src/cli/main";
import { evaluateBloc } from "../../src/engine/evaluateBloc";
import { findScoreHeader } from "../../src/engine/scores/findScoreHeader";
import { findSheetUnit } from "../../src/engine/scores/sheetUnit";
import { centralAgenciesBloc } from "../../src/samples/centralAgenciesBloc";
import { partyBloc } from "../../src/samples/partyBloc";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { workbookToXlsx as xlsxOf } from "../../src/xlsx/workbookToXlsx";
import { fakeCliIo } from "../helpers/fakeCliIo";
import { sheet, workbook } from "../helpers/grid";

const ROSTER = partyBloc(2024).sheets.find((s) => s.name === "Đơn vị")!;
const CRITERIA = partyBloc(2024).sheets.find((s) => s.name === "Bảng tiêu chí")!;

async function unitOf(data: Uint8Array): Promise<string | undefined> {
  const { workbook: read } = await readXlsx(data);
  expect(read.sheets).toHaveLength(1);
  const values = read.sheets[0]!.values;
  return findSheetUnit(values, findScoreHeader(values)!.row)?.name;
}

describe("bloc-rank forms", () => {
  it("writes one form per roster unit into NAME.forms, prints one JSON object and leaves the input", async () => {
    const input = await xlsxOf(partyBloc(2024));
    const run = fakeCliIo({ "khoi.xlsx": input });
    expect(await main(["forms", "khoi.xlsx", "--json"], run.io)).toBe(0);
    expect(run.stdout().trim().split("\n")).toHaveLength(1);
    const report = JSON.parse(run.stdout());
    const roster = evaluateBloc(partyBloc(2024), { year: 2024 }).roster!.units.map((u) => u.name);
    expect(report).toMatchObject({ ok: true, dir: "khoi.forms", issues: [] });
    expect(report.forms.map((f: { unit: string }) => f.unit)).toEqual(roster);
    expect(report.forms[1]).toEqual({
      unit: "Ban Tổ chức Tỉnh ủy",
      file: "khoi.forms/Phieu tu cham - Ban To chuc Tinh uy.xlsx",
      sheet: "Phiếu - BTC",
    });
    for (const form of report.forms) expect(await unitOf(run.files[form.file]!)).toBe(form.unit);
    expect(Object.keys(run.files)).toHaveLength(roster.length + 1);
    expect(run.files["khoi.xlsx"]).toBe(input);
  });

  it("writes into -o DIR and names files and sheets in English, with a human summary", async () => {
    const run = fakeCliIo({ "cq.xlsx": await xlsxOf(centralAgenciesBloc(2024)) });
    expect(await main(["forms", "cq.xlsx", "-o", "out", "--lang", "en"], run.io)).toBe(0);
    expect(run.files["out/Self-assessment form - Cuc Thue tinh.xlsx"]).toBeDefined();
    const { existing } = await readXlsx(run.files["out/Self-assessment form - Cuc Thue tinh.xlsx"]!);
    expect(existing).toEqual([{ name: "Form - CT", owner: null }]);
    expect(run.stdout()).toContain("Cục Thuế tỉnh → Self-assessment form - Cuc Thue tinh.xlsx");
  });

  it("exits 1 and writes nothing when there is no criteria table, saying what to add", async () => {
    const run = fakeCliIo({ "ds.xlsx": await xlsxOf(workbook(ROSTER)) });
    expect(await main(["forms", "ds.xlsx", "--json"], run.io)).toBe(1);
    const report = JSON.parse(run.stdout());
    expect(report).toMatchObject({ ok: false, forms: [] });
    expect(report.issues.map((i: { code: string }) => i.code)).toContain("criteria-table-missing");
    expect(Object.keys(run.files)).toEqual(["ds.xlsx"]);
  });

  it("exits 1 and writes nothing when there is no unit to make a form for", async () => {
    const run = fakeCliIo({ "tc.xlsx": await xlsxOf(workbook(CRITERIA)) });
    expect(await main(["forms", "tc.xlsx"], run.io)).toBe(1);
    expect(run.stderr()).toMatch(/^bloc-rank forms: tc\.xlsx: .+\n$/);
    expect(Object.keys(run.files)).toEqual(["tc.xlsx"]);
  });

  it("still makes the forms when the criteria table has errors, reports them and exits 1", async () => {
    const values = CRITERIA.values.map((row) => [...row]);
    const leaf = values.findIndex((row) => row[0] === "1.1");
    values[leaf]![2] = "mười";
    const run = fakeCliIo({ "loi.xlsx": await xlsxOf(workbook(sheet(CRITERIA.name, values), ROSTER)) });
    expect(await main(["forms", "loi.xlsx", "--json"], run.io)).toBe(1);
    const report = JSON.parse(run.stdout());
    expect(report.ok).toBe(false);
    expect(report.forms).toHaveLength(9);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: "criteria-max-invalid", sheet: CRITERIA.name, cell: `C${leaf + 1}` }),
    );
  });

  it("exits 2 on an unreadable input, with one JSON object", async () => {
    const run = fakeCliIo({ "x.xlsx": new Uint8Array([1, 2, 3]) });
    expect(await main(["forms", "x.xlsx", "--json"], run.io)).toBe(2);
    expect(JSON.parse(run.stdout())).toMatchObject({ ok: false });
    const missing = fakeCliIo({});
    expect(await main(["forms", "nowhere.xlsx"], missing.io)).toBe(2);
  });
});
