import { inputSheets } from "../../../src/engine";

describe("inputSheets", () => {
  it("reads the user's sheets, the settings sheet and the ballot sheet (with its owner), not our other outputs", () => {
    const chosen = inputSheets([
      { name: "Bảng tiêu chí", owner: null },
      { name: "Xếp hạng", owner: "ranking" },
      { name: "Cấu hình", owner: "settings" },
      { name: "Phiếu bầu", owner: "ballot" },
      { name: "Kiểm tra dữ liệu", owner: "dataCheck" },
      { name: "Phiếu - VP", owner: "form" },
      { name: "Đơn vị", owner: null },
    ]);
    expect(chosen).toEqual([
      { name: "Bảng tiêu chí", at: 0 },
      { name: "Cấu hình", at: 2 },
      { name: "Phiếu bầu", at: 3, owner: "ballot" },
      { name: "Đơn vị", at: 6 },
    ]);
  });

  it("reads nothing of a workbook holding only our outputs", () => {
    expect(inputSheets([{ name: "Xếp hạng", owner: "ranking" }])).toEqual([]);
  });
});
