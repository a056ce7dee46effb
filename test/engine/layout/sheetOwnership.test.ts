import { marksOnSheets, ownershipName, sheetOwnership } from "../../../src/engine";

const mark = (kind: Parameters<typeof ownershipName>[0], ...references: string[]) => ({
  name: ownershipName(kind),
  references,
});

describe("sheetOwnership", () => {
  it("gives each sheet the kind its workbook-level mark names, case ignored, in tab order", () => {
    const { existing, marks } = sheetOwnership(
      ["Tổng hợp", "Xếp hạng", "Chi tiết điểm"],
      [
        mark("ranking", "'XẾP HẠNG'!$A$1"),
        { name: "DonVi", references: ["'Tổng hợp'!$B$2"] },
        mark("details", "='Chi tiết điểm'!$A$1"),
      ],
    );
    expect(existing).toEqual([
      { name: "Tổng hợp", owner: null },
      { name: "Xếp hạng", owner: "ranking" },
      { name: "Chi tiết điểm", owner: "details" },
    ]);
    expect(marks).toEqual([
      { name: ownershipName("ranking"), kind: "ranking", targets: ["XẾP HẠNG"] },
      { name: ownershipName("details"), kind: "details", targets: ["Chi tiết điểm"] },
    ]);
  });

  it("lets a sheet-scoped copy, a dangling mark and a second mark on one sheet claim nothing", () => {
    const { existing, marks } = sheetOwnership(
      ["Xếp hạng", "Bản sao"],
      [
        { ...mark("ranking", "'Bản sao'!$A$1"), sheetScoped: true },
        mark("dataCheck", "=#REF!$A$1"),
        mark("memo", "'Đã xoá'!$A$1"),
        mark("ranking", "'Xếp hạng'!$A$1"),
        mark("details", "'Xếp hạng'!$A$1"),
      ],
    );
    expect(existing).toEqual([
      { name: "Xếp hạng", owner: "ranking" },
      { name: "Bản sao", owner: null },
    ]);
    // The dangling marks are still listed, for a write to delete them.
    expect(marks.map((m) => [m.kind, m.targets])).toEqual([
      ["dataCheck", []],
      ["memo", ["Đã xoá"]],
      ["ranking", ["Xếp hạng"]],
      ["details", ["Xếp hạng"]],
    ]);
  });

  it("reads every reference of a name, as an .xlsx stores several", () => {
    const { existing } = sheetOwnership(["A", "B"], [mark("proposals", "'A'!$A$1", "'B'!$A$1")]);
    expect(existing.map((s) => s.owner)).toEqual(["proposals", "proposals"]);
  });
});

describe("marksOnSheets", () => {
  it("names the marks pointing at the given sheets or at no sheet, no other name", () => {
    const names = [
      mark("ranking", "'Xếp hạng'!$A$1"),
      mark("details", "'Chi tiết điểm'!$A$1"),
      mark("dataCheck", "=#REF!$A$1"),
      mark("memo"),
      { name: "DonVi", references: ["'Xếp hạng'!$B$2"] },
    ];
    expect(marksOnSheets(names, ["xếp hạng"])).toEqual([
      ownershipName("ranking"),
      ownershipName("dataCheck"),
      ownershipName("memo"),
    ]);
  });
});
