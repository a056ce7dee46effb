import ExcelJS from "exceljs";
import { decodeXml } from "../../src/xlsx/xml";
import { ownershipName } from "../../src/engine/layout/sheetLayout";
import { applyLayouts } from "../../src/xlsx/applyLayouts";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { bytesOf, definedNamesOf, openBytes, partOf, patchPart, rankingLayout } from "./xlsxFixtures";

/** A secretary's workbook with the things ExcelJS must carry through untouched. */
async function userWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const scores = workbook.addWorksheet("Tổng hợp", { views: [{ state: "frozen", xSplit: 2, ySplit: 3 }] });
  scores.getCell("A1").value = "BẢNG TỔNG HỢP ĐIỂM";
  scores.mergeCells("A1:E1");
  scores.getCell("A1").font = { bold: true, size: 14, color: { argb: "FFC00000" } };
  scores.addRow([]);
  scores.addRow(["STT", "Đơn vị", "1.1", "1.2", "Tổng"]);
  scores.addRow([1, "Ban Tổ chức", 10, 0, { formula: "SUM(C4:D4)", result: 10 }]);
  scores.addRow([2, "=Báo Quảng Trị", 9.5, 0.25, { formula: "SUM(C5:D5)", result: 9.75 }]);
  scores.addRow([3, "Đoàn khối", 0, 0, { formula: "SUM(C6:D6)", result: 0 }]);
  scores.getCell("F4").value = {
    formula: "E4*2",
    result: 20,
    shareType: "shared",
    ref: "F4:F6",
  } as ExcelJS.CellFormulaValue;
  scores.getCell("F5").value = { sharedFormula: "F4", result: 19.5 };
  scores.getCell("F6").value = { sharedFormula: "F4", result: 0 };
  scores.getCell("G4").value = new Date(Date.UTC(2024, 11, 15));
  scores.getCell("G4").numFmt = "dd/mm/yyyy";
  scores.getCell("C4").numFmt = "0.00";
  scores.getCell("C3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  scores.getCell("C3").border = { bottom: { style: "medium" } };
  scores.getColumn(2).width = 35;
  scores.getCell("D4").note = "Đã rà soát";
  const settings = workbook.addWorksheet("Cài đặt");
  settings.getCell("A1").value = "Tên khối";
  settings.getCell("B1").value = "Khối các cơ quan Đảng tỉnh";
  workbook.addWorksheet("Ghi chú", { state: "hidden" }).getCell("A1").value = { error: "#N/A" };
  workbook.definedNames.add("'Tổng hợp'!$C$4:$D$6", "Diem");
  return bytesOf(workbook);
}

describe("round trip: the user's sheets come out as they went in", () => {
  test("re-reading after apply gives identical values for every input sheet", async () => {
    const input = await userWorkbook();
    const before = await readXlsx(input);
    const written = await applyLayouts(input, [
      rankingLayout(),
      rankingLayout({ kind: "details", name: "Chi tiết điểm", links: [] }),
    ]);
    const after = await readXlsx(written);
    expect(after.workbook).toEqual(before.workbook);
    const again = await readXlsx(await applyLayouts(written, [rankingLayout()]));
    expect(again.workbook).toEqual(before.workbook);
  });

  test("merges, formulas with results, styles, widths, views, notes and defined names survive", async () => {
    const written = await applyLayouts(await userWorkbook(), [rankingLayout()]);
    const book = await openBytes(written);
    const sheet = book.getWorksheet("Tổng hợp")!;
    expect(sheet.getCell("E1").master.address).toBe("A1");
    expect(sheet.getCell("E5").formula).toBe("SUM(C5:D5)");
    expect(sheet.getCell("E5").result).toBe(9.75);
    expect(sheet.getCell("E6").result).toBe(0);
    expect(sheet.getCell("F5").formula).toBe("E5*2");
    expect(sheet.getCell("F5").result).toBe(19.5);
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 14, color: { argb: "FFC00000" } });
    expect(sheet.getCell("C3").fill).toMatchObject({ fgColor: { argb: "FFD9E1F2" } });
    expect(sheet.getCell("C3").border).toMatchObject({ bottom: { style: "medium" } });
    expect(sheet.getCell("C4").numFmt).toBe("0.00");
    expect(sheet.getCell("G4").numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getColumn(2).width).toBe(35);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 3 });
    expect(sheet.getCell("D4").note).toBe("Đã rà soát");
    expect(book.getWorksheet("Ghi chú")!.state).toBe("hidden");
    expect(await definedNamesOf(written)).toEqual({
      Diem: ["'Tổng hợp'!$C$4:$D$6"],
      [ownershipName("ranking")]: ["'Xếp hạng'!$A$1"],
    });
  });
});

describe("round trip: defined names", () => {
  const extraNames =
    `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Tổng hợp'!$A$3:$E$6</definedName>` +
    `<definedName name="Khoi" localSheetId="1">'Cài đặt'!$B$1</definedName>` +
    `<definedName name="TyLe">0.5</definedName>` +
    `<definedName name="Tong">SUM('Tổng hợp'!$E$4:$E$6)</definedName>`;

  test("every name of the user's comes out as stored: scopes, the hidden flag, constants and formulas", async () => {
    const input = await patchPart(await userWorkbook(), "xl/workbook.xml", (xml) =>
      xml.replace("</definedNames>", `${extraNames}</definedNames>`),
    );
    const written = await applyLayouts(input, [rankingLayout()]);
    const xml = await partOf(written, "xl/workbook.xml");
    expect(xml).toContain(extraNames);
    expect(decodeXml(xml)).toContain(`<definedName name="Diem">'Tổng hợp'!$C$4:$D$6</definedName>`);
  });

  test("a scope follows its sheet when earlier sheets are removed", async () => {
    const first = await applyLayouts(await userWorkbook(), [rankingLayout()]);
    // Move our ranking sheet to the front by hand, as a user may drag a tab, then scope a name to "Cài đặt".
    const book = await openBytes(first);
    (book.getWorksheet("Xếp hạng") as unknown as { orderNo: number }).orderNo = -1;
    const reordered = await patchPart(await bytesOf(book), "xl/workbook.xml", (xml) =>
      xml.replace(
        "</definedNames>",
        `<definedName name="Khoi" localSheetId="2">'Cài đặt'!$B$1</definedName></definedNames>`,
      ),
    );
    expect((await readXlsx(reordered)).existing[0]).toEqual({ name: "Xếp hạng", owner: "ranking" });
    const second = await applyLayouts(reordered, [rankingLayout()]);
    const { existing } = await readXlsx(second);
    expect(existing.map((sheet) => sheet.name)).toEqual(["Tổng hợp", "Cài đặt", "Ghi chú", "Xếp hạng"]);
    expect(await partOf(second, "xl/workbook.xml")).toContain(
      `<definedName name="Khoi" localSheetId="1">'Cài đặt'!$B$1</definedName>`,
    );
  });
});
