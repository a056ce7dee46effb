import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { expectPartsKept, partsOf, rankTwice, type RankedTwice } from "../cli/partsKept";
import {
  chartTablePivotWorkbook,
  PIVOT_NAME,
  TABLE_NAME,
} from "../fixtures/packages/chartTablePivotWorkbook";
import { protectedWorkbook } from "../fixtures/packages/protectedWorkbook";
import { richWorkbook } from "../fixtures/packages/richWorkbook";
import { convert } from "./libreoffice";

// Issue 17's acceptance for a workbook LibreOffice saved, with a chart, a table and a pivot table: the fixture is
// hand-written, then saved by LibreOffice, so that what is ranked is LibreOffice's own output, part for part.

const decoder = new TextDecoder();

describe("a workbook with a chart, a table and a pivot table, saved by LibreOffice, ranked and ranked again", () => {
  let dir: string;
  let input: Uint8Array;
  let runs: RankedTwice;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "bloc-e2e-parts-"));
    const made = path.join(dir, "made.xlsx");
    writeFileSync(made, await chartTablePivotWorkbook());
    mkdirSync(path.join(dir, "lo"));
    input = readFileSync(convert(made, "xlsx", path.join(dir, "lo")));
    runs = await rankTwice(input);
  }, 180_000);

  it("is LibreOffice's own file, with its chart, its table and its pivot table in it", async () => {
    const parts = await partsOf(input);
    const text = (name: string) => decoder.decode(parts.get(name) ?? new Uint8Array());
    const named = (pattern: RegExp) => [...parts.keys()].filter((name) => pattern.test(name));
    expect(text("docProps/app.xml")).toContain("<Application>LibreOffice");
    expect(named(/^xl\/charts\/chart\d+\.xml$/)).toHaveLength(1);
    expect(
      named(/^xl\/charts\/chart\d+\.xml$/)
        .map(text)
        .join(""),
    ).toContain("<c:barChart>");
    expect(
      named(/^xl\/tables\/table\d+\.xml$/)
        .map(text)
        .join(""),
    ).toContain(`name="${TABLE_NAME}"`);
    expect(
      named(/^xl\/pivotTables\/pivotTable\d+\.xml$/)
        .map(text)
        .join(""),
    ).toContain(`name="${PIVOT_NAME}"`);
    expect(named(/^xl\/pivotCache\/pivotCacheDefinition\d+\.xml$/)).toHaveLength(1);
  });

  it("is ranked both times", () => {
    expect(runs.status).toEqual([0, 0]);
  });

  it("keeps every part but those listing sheets, names, styles and strings byte for byte", async () => {
    await expectPartsKept(input, runs.once);
  });

  it("keeps them after a rerun on its own output too", async () => {
    await expectPartsKept(input, runs.twice);
  });

  it.each(["once", "twice"] as const)(
    "LibreOffice opens the output of the run %s (converts it to PDF)",
    (run) => {
      const file = path.join(dir, `${run}.xlsx`);
      writeFileSync(file, runs[run]);
      mkdirSync(path.join(dir, `pdf-${run}`));
      const pdf = convert(file, "pdf", path.join(dir, `pdf-${run}`));
      expect(existsSync(pdf)).toBe(true);
      expect(decoder.decode(readFileSync(pdf).subarray(0, 5))).toBe("%PDF-");
    },
    180_000,
  );
});

describe.each([
  ["richWorkbook()", richWorkbook],
  ...(["legacy", "modern", "sheetTrue"] as const).map((kind): [string, () => Promise<Uint8Array>] => [
    `protectedWorkbook("${kind}")`,
    () => protectedWorkbook(kind),
  ]),
])("%s, the fixture from code", (name, build) => {
  it("opens in LibreOffice, as does the CLI's output of it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "bloc-e2e-fixture-"));
    const input = await build();
    const file = path.join(dir, "fixture.xlsx");
    writeFileSync(file, input);
    mkdirSync(path.join(dir, "lo"));
    const saved = await partsOf(readFileSync(convert(file, "xlsx", path.join(dir, "lo"))));
    const sheets = [...saved.keys()].filter((part) => /^xl\/worksheets\/sheet\d+\.xml$/.test(part));
    expect(sheets).toHaveLength(5);
    if (name === "richWorkbook()") {
      // LibreOffice read what the fixture says: the validation list, the sparklines, the names, the link, the note.
      const all = [...saved.values()].map((bytes) => decoder.decode(bytes)).join("");
      for (const found of [
        "'Danh mục'!$A$1:$A$5</formula1>",
        "<x14:sparklineGroups",
        'name="HeSo"',
        "[1]Sheet1!A1",
      ])
        expect(all).toContain(found.replace(/'/g, "&apos;"));
      expect([...saved.keys()]).toEqual(
        expect.arrayContaining([
          "xl/externalLinks/externalLink1.xml",
          "docProps/custom.xml",
          "customXml/item1.xml",
        ]),
      );
      expect([...saved.keys()].some((part) => /^xl\/comments\d+\.xml$/.test(part))).toBe(true);
    }
    const output = path.join(dir, "out.xlsx");
    writeFileSync(output, (await rankTwice(input)).once);
    mkdirSync(path.join(dir, "pdf"));
    expect(decoder.decode(readFileSync(convert(output, "pdf", path.join(dir, "pdf"))).subarray(0, 5))).toBe(
      "%PDF-",
    );
  }, 180_000);
});
