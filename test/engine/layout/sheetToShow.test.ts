import { sheetToShow } from "../../../src/engine";

const layouts = [
  { name: "Xếp hạng", kind: "ranking" as const },
  { name: "Chi tiết điểm", kind: "details" as const },
  { name: "Kiểm tra dữ liệu", kind: "dataCheck" as const },
];

describe("sheetToShow", () => {
  it("shows the ranking, or the data check when the result is provisional", () => {
    expect(sheetToShow(layouts, false)).toBe("Xếp hạng");
    expect(sheetToShow(layouts, true)).toBe("Kiểm tra dữ liệu");
  });

  it("shows the data check when no ranking is written, else the first layout, else nothing", () => {
    expect(sheetToShow(layouts.slice(1), false)).toBe("Kiểm tra dữ liệu");
    expect(sheetToShow([{ name: "Tờ trình", kind: "memo" }, layouts[1]!], true)).toBe("Tờ trình");
    expect(sheetToShow([], false)).toBeNull();
  });
});
