import { quoteSheet, sameSheetName, sheetOfReference } from "../../../src/engine/layout/sheetReference";

describe("sheet references", () => {
  it("quotes and unquotes sheet names, apostrophes doubled", () => {
    expect(quoteSheet("Ban's bảng")).toBe("'Ban''s bảng'");
    expect(sheetOfReference(`=${quoteSheet("Ban's bảng")}!$A$1`)).toBe("Ban's bảng");
    expect(sheetOfReference("'Xếp hạng'!$A$1:$B$2")).toBe("Xếp hạng");
    expect(sheetOfReference("=Data!$A$1")).toBe("Data");
    expect(sheetOfReference("=#REF!$A$1")).toBeNull();
    expect(sheetOfReference("$A$1")).toBeNull();
  });

  it("compares names ignoring case, Vietnamese letters included", () => {
    expect(sameSheetName("XẾP HẠNG", "xếp hạng")).toBe(true);
    expect(sameSheetName("Xếp hạng", "Xep hang")).toBe(false);
  });
});
