import { readRoster } from "../../../src/engine/scores/readRoster";
import type { Roster } from "../../../src/engine/scores/unitScores";
import { grid, sheet, workbook } from "../../helpers/grid";
import { codes, CRITERIA } from "./fixtures";

const rosterOf = (result: { roster: Roster | null }): Roster => {
  if (!result.roster) throw new Error("no roster");
  return result.roster;
};

describe("readRoster", () => {
  it("reads every column of a Vietnamese roster below a title, in rotation order", () => {
    const values = grid({
      A1: "DANH SÁCH ĐƠN VỊ KHỐI THI ĐUA",
      A3: [
        ["STT", "Tên đơn vị", "Tên viết tắt", "Vai trò", "Kỷ luật", "Tỷ lệ phiếu (%)", "Ghi chú"],
        [1, "Văn phòng Tỉnh ủy", "VPTU", "Trưởng khối", "Không", "85%", ""],
        [2, "Ban Tổ chức Tỉnh ủy", "BTC", "Phó khối", "", 90, "mới"],
        [3, "Báo Quảng Trị", "", "Thành viên", "Kỷ luật cảnh cáo", 0.5, ""],
        [4, "Ban Dân vận Tỉnh ủy", "", "", "x", "", ""],
      ],
    });
    const result = readRoster(workbook(sheet("Tiêu chí", grid({ A1: CRITERIA })), sheet("Đơn vị", values)));
    expect(result.issues).toEqual([]);
    const roster = rosterOf(result);
    expect(roster.sheet).toBe("Đơn vị");
    expect(roster.units.map((u) => [u.name, u.shortName, u.role, u.row])).toEqual([
      ["Văn phòng Tỉnh ủy", "VPTU", "leader", 3],
      ["Ban Tổ chức Tỉnh ủy", "BTC", "deputy", 4],
      ["Báo Quảng Trị", "", "member", 5],
      ["Ban Dân vận Tỉnh ủy", "", "member", 6],
    ]);
    expect(roster.units.map((u) => [u.ineligible, u.ineligibleNote])).toEqual([
      [false, ""],
      [false, ""],
      [true, "Kỷ luật cảnh cáo"],
      [true, ""],
    ]);
    expect(roster.units.map((u) => u.voteShare)).toEqual([0.85, 0.9, 0.5, null]);
    expect(roster.units[1]?.notes).toBe("mới");
  });

  it("reads English headers and words", () => {
    const values = grid({
      A1: [
        ["Unit name", "Short name", "Role", "Ineligible", "Vote share"],
        ["Tax Office", "TAX", "Leader", "No", "72,5%"],
        ["Customs", "", "Deputy", "Yes", "1"],
        ["Statistics", "", "Member", false, ""],
      ],
    });
    const roster = rosterOf(readRoster(workbook(sheet("Units", values))));
    expect(roster.units.map((u) => [u.name, u.role, u.ineligible, u.voteShare])).toEqual([
      ["Tax Office", "leader", false, 0.725],
      ["Customs", "deputy", true, 1],
      ["Statistics", "member", false, null],
    ]);
  });

  it("reports a repeated unit (names folded like headers), two leaders, an unknown role and bad vote shares", () => {
    const values = grid({
      A1: [
        ["Đơn vị", "Vai trò", "Tỷ lệ phiếu"],
        ["Cục Thuế tỉnh", "Trưởng khối", "120%"],
        ["Cục Thống kê tỉnh", "Trưởng khối", -5],
        ["CỤC THUẾ  TỈNH", "Thành viên", ""],
        ["Kho bạc Nhà nước tỉnh", "Thủ quỹ", "nhiều"],
      ],
    });
    const result = readRoster(workbook(sheet("DS", values)));
    expect(codes(result.issues)).toEqual([
      "roster-vote-invalid@C2",
      "roster-leader-several@B3",
      "roster-vote-invalid@C3",
      "unit-duplicate@A4",
      "roster-role-unknown@B5",
      "roster-vote-invalid@C5",
    ]);
    expect(result.issues.find((i) => i.code === "unit-duplicate")).toMatchObject({
      severity: "error",
      unit: "CỤC THUẾ  TỈNH",
    });
    expect(result.issues.find((i) => i.code === "roster-leader-several")?.severity).toBe("warning");
    const roster = rosterOf(result);
    expect(roster.units.map((u) => u.name)).toEqual([
      "Cục Thuế tỉnh",
      "Cục Thống kê tỉnh",
      "Kho bạc Nhà nước tỉnh",
    ]);
    expect(roster.units.map((u) => [u.role, u.voteShare])).toEqual([
      ["leader", null],
      ["leader", null],
      ["member", null],
    ]);
  });

  it("never takes a criteria or score sheet for a roster, even with a unit label above its header", () => {
    const form = grid({ A1: "Đơn vị:", B1: "Ban Tổ chức", A3: CRITERIA });
    const matrix = grid({
      A1: [
        ["STT", "Nội dung", "Đơn vị"],
        ["I", "Nhóm", 5],
      ],
    });
    const result = readRoster(workbook(sheet("Phiếu", form), sheet("Tổng hợp", matrix)));
    expect(result).toEqual({ roster: null, issues: [] });
  });

  it("has no roster without a unit-name column, or when nobody is listed", () => {
    expect(
      readRoster(
        workbook(
          sheet(
            "S",
            grid({
              A1: [
                ["Tên", "Số"],
                ["x", 1],
              ],
            }),
          ),
        ),
      ).roster,
    ).toBeNull();
    expect(readRoster(workbook(sheet("S", grid({ A1: [["Tên đơn vị", "Vai trò"]] })))).roster).toBeNull();
  });

  it("uses the first roster and notes the others; ignores a total line under the list", () => {
    const first = grid({ A1: [["Tên đơn vị"], ["A"], ["B"], ["Tổng cộng: 2 đơn vị"]] });
    const second = grid({ A1: [["Unit"], ["C"]] });
    const result = readRoster(workbook(sheet("DS1", first), sheet("Cài đặt", [[""]]), sheet("DS2", second)));
    expect(rosterOf(result).units.map((u) => u.name)).toEqual(["A", "B"]);
    expect(result.issues).toMatchObject([{ code: "roster-several", severity: "info", sheet: "DS1" }]);
  });

  it("reads Đang xem xét as a reason (blank and Không are no) and Tỷ lệ nữ like a vote share", () => {
    const values = grid({
      A1: [
        ["Tên đơn vị", "Đang bị xem xét", "Tỷ lệ nữ (%)"],
        ["Sở Y tế", "Đang thanh tra", "72%"],
        ["Sở Tư pháp", "", 68],
        ["Sở Nội vụ", "Không", 0.7],
        ["Sở Tài chính", "khiếu nại, tố cáo", ""],
        ["Sở Xây dựng", "Có", "100"],
        ["Sở Công Thương", "-", 0],
      ],
    });
    const result = readRoster(workbook(sheet("Đơn vị", values)));
    expect(result.issues).toEqual([]);
    expect(rosterOf(result).units.map((u) => [u.name, u.underReview, u.womenShare, u.ineligible])).toEqual([
      ["Sở Y tế", "Đang thanh tra", 0.72, false],
      ["Sở Tư pháp", null, 0.68, false],
      ["Sở Nội vụ", null, 0.7, false],
      ["Sở Tài chính", "khiếu nại, tố cáo", null, false],
      ["Sở Xây dựng", "", 1, false],
      ["Sở Công Thương", null, 0, false],
    ]);
  });

  it.each(["Đang xem xét", "Đang thanh tra", "Under review", "ĐANG KIỂM TRA"])(
    "recognises %s as the under-review column, in English too with Women's share (%%)",
    (header) => {
      const values = grid({
        A1: [
          ["Unit", header, "Women's share (%)"],
          ["Tax Office", "kỷ luật", "55"],
        ],
      });
      const roster = rosterOf(readRoster(workbook(sheet("Units", values))));
      expect(roster.units.map((u) => [u.underReview, u.womenShare])).toEqual([["kỷ luật", 0.55]]);
    },
  );

  it("reports an unreadable or out-of-range women's share at its cell", () => {
    const values = grid({
      A1: [
        ["Tên đơn vị", "Vai trò", "Tỉ lệ nữ"],
        ["A", "", "nhiều"],
        ["B", "", 120],
        ["C", "", -3],
        ["D", "", "45,5%"],
      ],
    });
    const result = readRoster(workbook(sheet("DS", values)));
    expect(codes(result.issues)).toEqual([
      "roster-women-invalid@C2",
      "roster-women-invalid@C3",
      "roster-women-invalid@C4",
    ]);
    expect(result.issues[0]).toMatchObject({ severity: "error", unit: "A", sheet: "DS", value: "nhiều" });
    expect(rosterOf(result).units.map((u) => u.womenShare)).toEqual([null, null, null, 0.455]);
  });
});
