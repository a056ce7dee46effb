import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { main } from "../../src/cli/main";
import { nodeIo } from "../../src/cli/nodeIo";
import { generatedBloc } from "../../src/samples/generatedBloc";
import { workbookToXlsx } from "../../src/xlsx/workbookToXlsx";
import { convert } from "./libreoffice";

const SENTINEL = -987654;
const quiet = {
  stdout: { write: () => true },
  stderr: { write: (text: string) => process.stderr.write(text) },
};

async function load(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

// A parent criterion with 300 children: Excel takes at most 255 arguments to one function, so its sum is
// written as a range (or split sums); LibreOffice recalculating it must give the engine's numbers.
describe("a parent with 300 children, recalculated by LibreOffice", () => {
  it("every details formula recomputes to the engine's number", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "bloc-e2e-wide-"));
    const input = path.join(dir, "wide.xlsx");
    writeFileSync(input, await workbookToXlsx(generatedBloc(4, 1, 300)));
    const output = path.join(dir, "wide.ranked.xlsx");
    expect(await main([input, "-o", output], { ...nodeIo(), ...quiet })).toBe(0);

    const ours = await load(output);
    const poisoned = await load(output);
    for (const sheet of poisoned.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) cell.value = { formula: cell.formula, result: SENTINEL };
        }),
      );
    const poisonedFile = path.join(dir, "poisoned.xlsx");
    await poisoned.xlsx.writeFile(poisonedFile);
    const recalculated = await load(convert(poisonedFile, "xlsx", path.join(dir, "lo")));

    let wide = 0;
    let checked = 0;
    for (const name of ["Chi tiết điểm", "Xếp hạng"]) {
      const theirs = recalculated.getWorksheet(name)!;
      ours.getWorksheet(name)!.eachRow((row) =>
        row.eachCell((cell) => {
          if (!cell.formula) return;
          if (/SUM\([A-Z]+\d+:[A-Z]+\d+\)/.test(cell.formula)) wide++;
          const result = Number(Number(theirs.getCell(cell.address).result).toFixed(9));
          expect({ at: `${name}!${cell.address}`, result }).toEqual({
            at: `${name}!${cell.address}`,
            result: Number(Number(cell.result).toFixed(9)),
          });
          checked++;
        }),
      );
    }
    expect(wide).toBe(4);
    expect(checked).toBeGreaterThan(20);
  }, 180_000);
});
