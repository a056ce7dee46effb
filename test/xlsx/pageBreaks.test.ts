import JSZip from "jszip";
import { evaluateBloc } from "../../src/engine/evaluateBloc";
import { layoutOutputs } from "../../src/engine/layout/layoutOutputs";
import { applyLayouts } from "../../src/xlsx/applyLayouts";
import { workbookToXlsx } from "../../src/xlsx/workbookToXlsx";
import { decreeBloc } from "../helpers/decreeBloc";

describe("page breaks in the .xlsx (the ballot papers)", () => {
  it("writes a manual row break under the row before each row the layout breaks before", async () => {
    // Sở A and Sở B tie for the flag: the ballot sheet has a break before its results table.
    const bloc = decreeBloc([
      { name: "Sở A", i: 57, ii: 38 },
      { name: "Sở B", i: 57, ii: 38 },
      { name: "Sở C", i: 55, ii: 36 },
    ]);
    const data = await workbookToXlsx(bloc);
    const layouts = layoutOutputs(evaluateBloc(bloc, { year: 2024 }), {
      existing: bloc.sheets.map((s) => ({ name: s.name, owner: null })),
    });
    const ballot = layouts.find((l) => l.kind === "ballot")!;
    expect(ballot.pageBreaks).toHaveLength(1);
    const written = await JSZip.loadAsync(await applyLayouts(data, layouts));
    // The ballot sheet is the first output after the three input sheets… find it by its name in workbook.xml.
    const book = await written.file("xl/workbook.xml")!.async("string");
    const sheets = [...book.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    const index = sheets.indexOf(ballot.name) + 1;
    const xml = await written.file(`xl/worksheets/sheet${index}.xml`)!.async("string");
    const breaks = [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
    // OOXML breaks below row `id`: the row before the one that starts a page.
    expect(breaks).toEqual(ballot.pageBreaks!.map((row) => row - 1));
    const other = await written.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(other).not.toContain("<rowBreaks");
  });
});
