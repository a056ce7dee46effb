import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { main } from "../../src/cli/main";
import { nodeIo } from "../../src/cli/nodeIo";
import { isLeaf } from "../../src/engine/criteria/criterion";
import { evaluateBloc } from "../../src/engine/evaluateBloc";
import { findScoreHeader } from "../../src/engine/scores/findScoreHeader";
import { partyBloc } from "../../src/samples/partyBloc";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { workbookToXlsx } from "../../src/xlsx/workbookToXlsx";
import { convert } from "./libreoffice";

const UNIT = "Ban Tổ chức Tỉnh ủy";
const master = evaluateBloc(partyBloc(2024), { year: 2024 });
const criteria = master.criteria!;
const scores = master.units.find((u) => u.name === UNIT)!.self;
const quiet = { stdout: { write: () => true }, stderr: { write: (t: string) => process.stderr.write(t) } };

// A Stop rule "decimal between min and max" as the file states it: what LibreOffice lets a user type.
const accepts = (rule: ExcelJS.DataValidation, value: number): boolean =>
  value >= Number(rule.formulae[0]) && value <= Number(rule.formulae[1]);

describe("a unit's form in LibreOffice", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "bloc-e2e-forms-"));
  let converted: string;
  let ods: string;
  let headerRow: number;

  beforeAll(async () => {
    const input = path.join(dir, "khoi.xlsx");
    writeFileSync(input, await workbookToXlsx(partyBloc(2024)));
    expect(await main(["forms", input, "-o", path.join(dir, "forms")], { ...nodeIo(), ...quiet })).toBe(0);
    const file = readdirSync(path.join(dir, "forms")).find((name) => name.includes("Ban To chuc"))!;
    // The unit's clerk fills in the yellow cells and sends the file back.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, "forms", file));
    const sheet = book.worksheets[0]!;
    const values = (await readXlsx(readFileSync(path.join(dir, "forms", file)))).workbook.sheets[0]!.values;
    headerRow = findScoreHeader(values)!.row;
    criteria.all.forEach((c, i) => {
      const read = scores.get(c.key);
      if (isLeaf(c) && read) sheet.getCell(headerRow + 2 + i, 5).value = read.raw as number;
    });
    const filled = path.join(dir, "filled.xlsx");
    await book.xlsx.writeFile(filled);
    const out = path.join(dir, "lo");
    converted = convert(filled, "xlsx", out);
    ods = convert(filled, "ods", out);
  });

  it("keeps the unit label and the scores: the engine reads back the same unit and numbers", async () => {
    const { workbook } = await readXlsx(readFileSync(converted));
    const back = evaluateBloc(workbook, { year: 2024 });
    expect(back.units.map((u) => u.name)).toEqual([UNIT]);
    const self = back.units[0]!.self;
    expect([...self].map(([k, r]) => [k, r.value])).toEqual([...scores].map(([k, r]) => [k, r.value]));
    expect(back.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("recomputes the Tổng cộng row to the unit's self total from the scores typed in", async () => {
    const sheet = (await readXlsx(readFileSync(converted))).workbook.sheets[0]!;
    const row = sheet.values.findIndex((values) => values[1] === "Tổng cộng");
    expect(row).toBeGreaterThan(headerRow);
    // The form went out blank (cached total 0); only a recalculation gives the typed scores' total.
    const selfTotal = master.ranking.find((r) => r.result.unit === UNIT)!.result.selfTotal!;
    expect(selfTotal.toNumber()).toBeGreaterThan(0);
    expect(sheet.formulas?.get(`E${row + 1}`)).toMatch(/^=ROUND\(/);
    expect(sheet.values[row]![4]).toBe(selfTotal.toNumber());
  });

  it("keeps a Stop rule, a decimal from 0 (or -max) to the max, on every leaf score cell and no other", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(converted);
    const sheet = book.worksheets[0]!;
    criteria.all.forEach((c, i) => {
      const rule = sheet.getCell(headerRow + 2 + i, 5).dataValidation;
      if (!isLeaf(c)) return expect(rule).toBeUndefined();
      expect(rule).toMatchObject({ type: "decimal", operator: "between", errorStyle: "stop" });
      expect(rule.showErrorMessage).toBe(true);
      const min = c.kind === "penalty" ? -c.max! : 0;
      expect(rule.formulae.map(Number)).toEqual([min, c.max]);
      expect([accepts(rule, c.max!), accepts(rule, c.max! + 0.5), accepts(rule, min - 0.5)]).toEqual([
        true,
        false,
        false,
      ]);
    });
  });

  it("keeps the sheet protected with only the leaves' cells open", async () => {
    // Read from the XML: ExcelJS does not understand LibreOffice's locked="false" (it expects "0").
    const zip = await JSZip.loadAsync(readFileSync(converted));
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const styles = await zip.file("xl/styles.xml")!.async("string");
    expect(sheetXml).toMatch(/<sheetProtection [^>]*sheet="(1|true)"/);
    const xfs = [
      .../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/
        .exec(styles)![1]!
        .matchAll(/<xf [^>]*(?:\/>|>[\s\S]*?<\/xf>)/g),
    ];
    const unlocked = (ref: string): boolean => {
      const style = Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheetXml)?.[1] ?? 0);
      return /<protection [^>]*locked="(0|false)"/.test(xfs[style]?.[0] ?? "");
    };
    criteria.all.forEach((c, i) => {
      const row = headerRow + 2 + i;
      for (const col of ["E", "F", "G"]) expect(unlocked(`${col}${row}`)).toBe(isLeaf(c));
      for (const col of ["A", "B", "C"]) expect(unlocked(`${col}${row}`)).toBe(false);
    });
  });

  it("saves the rules as ODF validations with a stop message too", async () => {
    const content = await (await JSZip.loadAsync(readFileSync(ods))).file("content.xml")!.async("string");
    const conditions = [...content.matchAll(/table:condition="([^"]+)"/g)].map((m) => m[1]);
    expect(conditions.length).toBeGreaterThan(0);
    for (const condition of conditions)
      expect(condition).toMatch(
        /cell-content-is-decimal-number\(\) and cell-content-is-between\(-?[\d.]+,[\d.]+\)/,
      );
    const bounds = conditions.map((c) => /between\((-?[\d.]+),([\d.]+)\)/.exec(c!)!.slice(1).map(Number));
    const leaves = criteria.all.filter(isLeaf);
    for (const leaf of leaves)
      expect(bounds).toContainEqual([leaf.kind === "penalty" ? -leaf.max! : 0, leaf.max]);
    expect(content).not.toMatch(/table:message-type="(warning|information)"/);
    expect(content).toMatch(/table:message-type="stop"/);
  });
});
