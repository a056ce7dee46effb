import { contentCells } from "../../src/xlsx/prescanSheets";

describe("prescanSheets: the cells that hold something, from the sheet XML", () => {
  test("cells with a value, a formula or an inline string count; empty and styled-only cells do not", () => {
    const xml =
      '<sheetData><row r="1"><c r="A1" s="1"/><c r="B1"><v>1</v></c><c r="C1" t="inlineStr"><is><t>x</t></is></c></row>' +
      '<row r="3"><c r="D3"><f>1+1</f></c><c r="E3" s="2"></c></row></sheetData>';
    expect(contentCells(xml)).toEqual([
      { row: 0, col: 1 },
      { row: 0, col: 2 },
      { row: 2, col: 3 },
    ]);
  });

  test("a cell without r follows the one before it, a row without r the row before it", () => {
    const xml =
      '<sheetData><row r="2"><c r="B2"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row></sheetData>';
    expect(contentCells(xml)).toEqual([
      { row: 1, col: 1 },
      { row: 1, col: 2 },
      { row: 2, col: 0 },
    ]);
  });
});
