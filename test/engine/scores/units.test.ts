import type { CellValue } from "../../../src/engine/workbook";
import { grid, sheet } from "../../helpers/grid";
import {
  blocValues,
  byLeaf,
  codes,
  CRITERIA,
  criteriaSheet,
  errorsAndWarnings,
  readAll,
  rosterSheet,
  unitNamed,
  values,
  withColumns,
} from "./fixtures";

const form = (unit: string, scores: Record<string, CellValue>) =>
  grid({ A1: `Đơn vị: ${unit}`, A3: withColumns(["Điểm tự chấm"], (r) => [byLeaf(scores)(r)]) });

const matrixOf = (units: Record<string, Record<string, CellValue>>) =>
  grid({
    A1: withColumns(Object.keys(units), (r) => Object.values(units).map((scores) => byLeaf(scores)(r))),
  });

describe("readScores: units over several sheets", () => {
  it("merges a matrix column and a per-unit form that agree, without an issue", () => {
    const { units, issues } = readAll(
      criteriaSheet(),
      sheet("Tổng hợp", matrixOf({ "Ban A": { "I.1.1": 18, "II.1": 20 } })),
      sheet("Phiếu A", form("BAN A", { "I.1.1": 18, "I.1.2": 9 })),
    );
    expect(issues).toEqual([]);
    expect(units).toHaveLength(1);
    expect(values(units[0]!, "self")).toEqual({ "I.1.1": 18, "II.1": 20, "I.1.2": 9 });
    expect(units[0]?.sources).toEqual([
      { sheet: "Tổng hợp", layout: "matrix" },
      { sheet: "Phiếu A", layout: "perUnit" },
    ]);
  });

  it("reports different numbers for the same unit, criterion and role at the second cell, naming the first", () => {
    const { units, issues } = readAll(
      criteriaSheet(),
      sheet("Tổng hợp", matrixOf({ "Ban A": { "I.1.1": 18, "II.1": 20 } })),
      sheet("Phiếu A", form("Ban A", { "I.1.1": 17.5, "II.1": 20 })),
    );
    expect(codes(issues)).toEqual(["unit-conflict@D6"]);
    expect(issues[0]).toMatchObject({
      severity: "error",
      sheet: "Phiếu A",
      unit: "Ban A",
      criterion: "I.1.1",
      value: 17.5,
      details: { otherSheet: "Tổng hợp", otherCell: "D4", otherValue: 18 },
    });
    // Never a silent pick of the second: the first reading stays, and the error blocks the result.
    expect(values(units[0]!, "self")["I.1.1"]).toBe(18);
  });

  it("reports cross-scores that differ between two places", () => {
    const cross = (second: CellValue) =>
      grid({
        A1: "Đơn vị: Ban A",
        A3: withColumns(["TĐ1", "TĐ2"], (r) => (r === 3 ? [8, second] : ["", ""])),
      });
    const same = readAll(criteriaSheet(), sheet("P1", cross(9)), sheet("P2", cross(9)));
    expect(same.issues).toEqual([]);
    expect(blocValues(same.units[0]!)).toEqual({ "I.1.1": [8, 9] });
    const differ = readAll(criteriaSheet(), sheet("P1", cross(9)), sheet("P2", cross(7)));
    expect(codes(differ.issues)).toEqual(["unit-conflict@E6"]);
    expect(differ.issues[0]?.details).toEqual({ otherSheet: "P1", otherCell: "E6", otherValue: 9 });
  });

  it("reports the same unit twice on one sheet, by full and short name alike", () => {
    const roster = rosterSheet([[1, "Ban Tổ chức Tỉnh ủy", "BTC", "Trưởng khối"]]);
    const { units, issues } = readAll(
      criteriaSheet(),
      roster,
      sheet("Tổng hợp", matrixOf({ "Ban Tổ chức Tỉnh ủy": { "I.1.1": 18 }, BTC: { "I.1.1": 10 } })),
    );
    expect(codes(issues)).toEqual(["unit-duplicate@E1"]);
    expect(issues[0]).toMatchObject({
      unit: "Ban Tổ chức Tỉnh ủy",
      value: "BTC",
      details: { otherCell: "D1" },
    });
    expect(values(units[0]!, "self")).toEqual({ "I.1.1": 18 });
  });

  it("reports a roster unit without scores at its roster cell, and scores for a unit missing from the roster", () => {
    const roster = rosterSheet([
      [1, "Ban A", "", "Trưởng khối"],
      [2, "Ban B", "", "Phó khối"],
      [3, "Ban C", "", ""],
    ]);
    const { units, issues } = readAll(
      criteriaSheet(),
      roster,
      sheet(
        "Tổng hợp",
        matrixOf({ "Ban C": { "I.1.1": 1 }, "Ban X": { "I.1.1": 2 }, "Ban A": { "I.1.1": 3 } }),
      ),
    );
    expect(codes(issues)).toEqual(["unit-not-in-roster@E1", "unit-no-scores@B3"]);
    expect(issues.map((i) => [i.sheet, i.unit, i.severity])).toEqual([
      ["Tổng hợp", "Ban X", "error"],
      ["Danh sách", "Ban B", "error"],
    ]);
    // Roster order, every roster unit present, then the unknown one.
    expect(units.map((u) => [u.name, Object.keys(values(u, "self")).length])).toEqual([
      ["Ban A", 1],
      ["Ban B", 0],
      ["Ban C", 1],
      ["Ban X", 1],
    ]);
  });

  it("uses the roster's spelling for a unit found by its short name", () => {
    const roster = rosterSheet([[1, "Kho bạc Nhà nước tỉnh", "KBNN", ""]]);
    const { units, issues } = readAll(criteriaSheet(), roster, sheet("kbnn", form("kbnn", { "II.2": 15 })));
    expect(issues).toEqual([]);
    expect(units.map((u) => u.name)).toEqual(["Kho bạc Nhà nước tỉnh"]);
  });
});

describe("readScores: a realistic small bloc", () => {
  // Four units; the secretary keeps the criteria, a roster, a review matrix with final scores for two units,
  // and the forms the units mailed back (one named only by its sheet, one by short name).
  const roster = grid({
    A1: "DANH SÁCH ĐƠN VỊ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG",
    A3: [
      ["STT", "Tên đơn vị", "Tên viết tắt", "Vai trò", "Kỷ luật", "Tỷ lệ phiếu"],
      [1, "Truyền tải điện Ninh Thuận", "TTĐ", "Trưởng khối", "", "100%"],
      [2, "Cục Thống kê tỉnh", "CTK", "Phó khối", "", "90%"],
      [3, "Cục Thuế tỉnh", "CT", "Thành viên", "", "80%"],
      [4, "Kho bạc Nhà nước tỉnh", "KBNN", "Thành viên", "Kỷ luật khiển trách", "60%"],
    ],
  });
  const selfOf: Record<string, Record<string, CellValue>> = {
    TTĐ: { "I.1.1": 20, "I.1.2": 10, "I.2.a": 10, "I.2.b": 20, "II.1": 25, "II.2": 15, "III.1": 5 },
    CTK: { "I.1.1": 19, "I.1.2": 10, "I.2.a": 9, "I.2.b": 20, "II.1": 24, "II.2": 15, "III.1": 3 },
    CT: { "I.1.1": 18, "I.1.2": "9,5", "I.2.a": 10, "I.2.b": 18, "II.1": 25, "II.2": 14, "IV.1": 2 },
    KBNN: { "I.1.1": 20, "I.1.2": 8, "I.2.a": 10, "I.2.b": 19, "II.1": 23, "II.2": 15, "IV.1": -3 },
  };
  const review = grid({
    A1: "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM",
    A3: [
      ["STT", "Nội dung", "Điểm chuẩn", "Truyền tải điện Ninh Thuận", "", "", "Cục Thuế tỉnh", "", ""],
      ["", "", "", "Tự chấm", "Khối chấm", "Điểm chốt", "Tự chấm", "Khối chấm", "Điểm chốt"],
    ],
    A5: CRITERIA.slice(1).map((line, i) => {
      const [a, b] = [byLeaf(selfOf.TTĐ!)(i + 1), byLeaf(selfOf.CT!)(i + 1)];
      const reviewed = (v: CellValue) => (v === 20 ? 19 : v === "9,5" ? 9.5 : v);
      return [...line.slice(0, 3), a, reviewed(a), reviewed(a), b, reviewed(b), ""];
    }),
  });
  const book = [
    sheet("Tiêu chí", grid({ A1: "BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024", A3: CRITERIA })),
    sheet("Đơn vị", roster),
    sheet("Tổng hợp", review),
    sheet(
      "CTK",
      form("Cục Thống kê", selfOf.CTK!).map((row, r) => (r === 0 ? [""] : row)),
    ),
    sheet("Phiếu KBNN", form("KBNN", selfOf.KBNN!)),
    sheet("Phiếu Cục Thuế", form("Cục Thuế tỉnh", selfOf.CT!)),
  ];

  it("reads every unit, in roster order, from every layout", () => {
    const { units, issues } = readAll(...book);
    expect(errorsAndWarnings(issues)).toEqual([]);
    // The text 9,5 is noted on both sheets where it is typed.
    expect(codes(issues)).toEqual(["number-as-text@G8", "number-as-text@D7"]);
    expect(units.map((u) => u.name)).toEqual([
      "Truyền tải điện Ninh Thuận",
      "Cục Thống kê tỉnh",
      "Cục Thuế tỉnh",
      "Kho bạc Nhà nước tỉnh",
    ]);
    const ttd = unitNamed(units, "Truyền tải điện Ninh Thuận");
    expect(values(ttd, "self")).toEqual(selfOf.TTĐ);
    expect(values(ttd, "final")["I.1.1"]).toBe(19);
    expect(blocValues(ttd)["I.2.b"]).toEqual([19]);
    const ct = unitNamed(units, "Cục Thuế tỉnh");
    expect(values(ct, "self")["I.1.2"]).toBe(9.5);
    expect(values(ct, "self")["IV.1"]).toBe(2);
    expect(values(ct, "final")).toEqual({});
    expect(ct.sources.map((s) => s.sheet)).toEqual(["Tổng hợp", "Phiếu Cục Thuế"]);
    expect(values(unitNamed(units, "Cục Thống kê tỉnh"), "self")).toEqual(selfOf.CTK);
    expect(values(unitNamed(units, "Kho bạc Nhà nước tỉnh"), "self")["IV.1"]).toBe(-3);
  });
});
