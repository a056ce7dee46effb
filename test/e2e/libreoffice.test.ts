import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { main } from "../../src/cli/main";
import { nodeIo } from "../../src/cli/nodeIo";
import { SAMPLES } from "../../src/samples";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { workbookToXlsx } from "../../src/xlsx/workbookToXlsx";
import { decodeXml } from "../../src/xlsx/xml";
import { convert } from "./libreoffice";

const OUT = path.resolve(__dirname, "../../out/e2e");
const SENTINEL = -987654;

async function load(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

function formulaCells(
  book: ExcelJS.Workbook,
  sheet: string,
): Map<string, { formula: string; result: unknown }> {
  const cells = new Map<string, { formula: string; result: unknown }>();
  book.getWorksheet(sheet)?.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.formula) cells.set(cell.address, { formula: cell.formula, result: cell.result });
    }),
  );
  return cells;
}

/** The chart parts of an .xlsx, as text. */
async function chartsOf(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parts = zip.file(/^xl\/charts\/chart\d+\.xml$/);
  return Promise.all(parts.map(async (part) => decodeXml(await part.async("string"))));
}

const quiet = {
  stdout: { write: () => true },
  stderr: { write: (text: string) => process.stderr.write(text) },
};

describe("LibreOffice opens, recalculates and prints our workbooks", () => {
  beforeAll(() => {
    mkdirSync(OUT, { recursive: true });
    expect(() => execFileSync("soffice", ["--version"], { stdio: "pipe" })).not.toThrow();
  });

  it.each(SAMPLES.map((sample) => [sample.id, sample] as const))(
    "%s: every formula recomputes to the engine's number",
    async (id, sample) => {
      const dir = mkdtempSync(path.join(tmpdir(), `bloc-e2e-${id}-`));
      const input = path.join(dir, `${id}.xlsx`);
      writeFileSync(input, await workbookToXlsx(sample.build(2024)));
      const output = path.join(dir, `${id}.ranked.xlsx`);
      expect(await main([input, "-o", output], { ...nodeIo(), ...quiet })).toBe(0);

      // LibreOffice reads our sheets and the ranking's chart part as they are, and saves them back: every sheet,
      // and a bar chart over the ranking's totals.
      const resaved = convert(output, "xlsx", path.join(dir, "resaved"));
      expect((await readXlsx(readFileSync(resaved))).existing.map((sheet) => sheet.name)).toEqual(
        (await readXlsx(readFileSync(output))).existing.map((sheet) => sheet.name),
      );
      const charts = await chartsOf(resaved);
      expect(charts).toHaveLength(1);
      expect(charts[0]).toMatch(/<c:barDir val="bar"\/>/);
      expect(charts[0]).toMatch(/<c:f>'Xếp hạng'!\$H\$6:\$H\$\d+<\/c:f>/);

      // Poison every cached result, so that only a real recalculation can give the right numbers back.
      const ours = await load(output);
      const poisoned = await load(output);
      for (const sheet of poisoned.worksheets) {
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.formula) cell.value = { formula: cell.formula, result: SENTINEL };
          }),
        );
      }
      const poisonedFile = path.join(dir, "poisoned.xlsx");
      await poisoned.xlsx.writeFile(poisonedFile);
      const savedByLibreOffice = convert(poisonedFile, "xlsx", path.join(dir, "lo"));
      const recalculated = await load(savedByLibreOffice);

      // The ownership marks survive a save by another program, so a re-run replaces our sheets only.
      const reread = await readXlsx(readFileSync(savedByLibreOffice));
      expect(
        reread.existing
          .filter((sheet) => sheet.owner)
          .map((sheet) => sheet.owner)
          .sort(),
      ).toEqual(["dataCheck", "details", "memo", "minutes", "proposals", "ranking"]);
      const again = path.join(dir, "again.xlsx");
      expect(await main([savedByLibreOffice, "-o", again], { ...nodeIo(), ...quiet })).toBe(0);
      expect((await readXlsx(readFileSync(again))).existing.map((sheet) => sheet.name)).toEqual(
        reread.existing.map((sheet) => sheet.name),
      );

      let checked = 0;
      for (const sheet of ["Xếp hạng", "Chi tiết điểm"]) {
        const expected = formulaCells(ours, sheet);
        const actual = formulaCells(recalculated, sheet);
        expect(expected.size).toBeGreaterThan(0);
        for (const [ref, { result }] of expected) {
          const theirs = actual.get(ref)?.result;
          expect({ ref, value: Number(Number(theirs).toFixed(9)) }).toEqual({
            ref,
            value: Number(Number(result).toFixed(9)),
          });
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(50);
    },
    180_000,
  );

  it.each(SAMPLES.map((sample) => [sample.id, sample] as const))(
    "%s: the award proposal prints on one A4 page",
    async (id, sample) => {
      const dir = mkdtempSync(path.join(tmpdir(), `bloc-pdf-${id}-`));
      const input = path.join(dir, `${id}.xlsx`);
      writeFileSync(input, await workbookToXlsx(sample.build(2024)));
      const output = path.join(dir, `${id}.ranked.xlsx`);
      expect(await main([input, "-o", output], { ...nodeIo(), ...quiet })).toBe(0);
      const book = await load(output);
      for (const sheet of [...book.worksheets])
        if (sheet.name !== "Đề nghị khen thưởng") book.removeWorksheet(sheet.id);
      const only = path.join(dir, `${id}-proposals.xlsx`);
      await book.xlsx.writeFile(only);
      const pdf = convert(only, "pdf", dir);
      const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
      expect(info).toMatch(/Pages:\s+1\n/);
      expect(info).toMatch(/Page size:.*\(A4\)/);
      // A picture of the page for a person to look at (out/e2e/<sample>-proposals.png).
      execFileSync("pdftoppm", ["-png", "-r", "70", "-singlefile", pdf, path.join(OUT, `${id}-proposals`)]);
      expect(existsSync(path.join(OUT, `${id}-proposals.png`))).toBe(true);
      expect(readFileSync(pdf).length).toBeGreaterThan(1000);
    },
    180_000,
  );
});
