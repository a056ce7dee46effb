import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import path from "path";
import { evaluateBloc } from "../../src/engine/evaluateBloc";
import { layoutOutputs } from "../../src/engine/layout/layoutOutputs";
import { SAMPLES } from "../../src/samples";
import { sheetXml } from "../../src/xlsx/write/sheetXml";
import { StyleSheet } from "../../src/xlsx/write/StyleSheet";
import { packageOf } from "../xlsx/write/packageOf";
import { convert } from "./libreoffice";

const ROOT = path.resolve(__dirname, "../..");

function shownText(value: unknown): unknown {
  if (value && typeof value === "object" && "richText" in value) {
    return (value as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join("");
  }
  return value;
}

function readCell(read: ExcelJS.Cell): { address: string; value: unknown; result: unknown } {
  return { address: read.address, value: shownText(read.value), result: shownText(read.result) };
}

// The sheets written without ExcelJS, opened by LibreOffice, which recalculates every formula on load (see
// libreoffice.ts): each formula's result is the engine's number, each text the layout's.
describe.each(SAMPLES.map((sample) => [sample.id] as const))("sheetXml in LibreOffice: %s", (id) => {
  test("every formula recalculates to the engine's value; every text reads back", async () => {
    const sample = SAMPLES.find((s) => s.id === id)!;
    const zip = await JSZip.loadAsync(readFileSync(path.join(ROOT, "assets/samples", `${id}.xlsx`)));
    const styles = new StyleSheet(await zip.file("xl/styles.xml")!.async("string"));
    const layouts = layoutOutputs(evaluateBloc(sample.build(2024), { year: 2024 }), { existing: [] });
    const sheets = layouts.map((layout, i) => ({
      name: layout.name,
      ...sheetXml(layout, styles, { selected: i === 0 }),
    }));
    const dir = mkdtempSync(path.join(tmpdir(), "bloc-sheetxml-"));
    const file = path.join(dir, "written.xlsx");
    writeFileSync(file, await packageOf(sheets, styles.toXml()));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(convert(file, "xlsx", path.join(dir, "out")));
    let formulas = 0;
    for (const layout of layouts) {
      const sheet = book.getWorksheet(layout.name)!;
      expect(sheet).toBeDefined();
      layout.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const read = readCell(sheet.getCell(r + 1, c + 1));
          if (value !== null && typeof value === "object") {
            formulas++;
            if (typeof value.value === "number") expect(read.result).toBeCloseTo(value.value, 9);
            else expect(read.result).toBe(value.value);
          } else if (
            typeof value === "string" &&
            value !== "" &&
            !layout.links.some((l) => l.cell === read.address)
          ) {
            expect(read.value).toBe(value);
          }
        }),
      );
    }
    expect(formulas).toBeGreaterThan(0);
  });
});
