import { grid, sheet } from "../../helpers/grid";
import {
  blocValues,
  byLeaf,
  codes,
  CRITERIA,
  criteriaSheet,
  errorsAndWarnings,
  readAll,
  unitNamed,
  values,
  withColumns,
} from "./fixtures";

const A = byLeaf({ "I.1.1": 18, "I.1.2": 9, "I.2.a": 10, "I.2.b": 20, "II.1": 25, "II.2": 15, "III.1": 5 });
const B = byLeaf({ "I.1.1": 20, "I.1.2": 10, "I.2.a": 8, "I.2.b": 15, "II.1": 20, "II.2": 12, "IV.1": 2 });
const SELF_A = { "I.1.1": 18, "I.1.2": 9, "I.2.a": 10, "I.2.b": 20, "II.1": 25, "II.2": 15, "III.1": 5 };
const SELF_B = { "I.1.1": 20, "I.1.2": 10, "I.2.a": 8, "I.2.b": 15, "II.1": 20, "II.2": 12, "IV.1": 2 };

describe("readScores: matrices", () => {
  it("reads one column per unit on the criteria sheet itself (one-row header) as self scores", () => {
    const matrix = withColumns(["Ban A", "Ban B"], (r) => [A(r), B(r)]);
    const { units, issues } = readAll(sheet("Tổng hợp", grid({ A1: matrix })));
    expect(issues).toEqual([]);
    expect(units.map((u) => u.name)).toEqual(["Ban A", "Ban B"]);
    expect(values(unitNamed(units, "Ban A"), "self")).toEqual(SELF_A);
    expect(values(unitNamed(units, "Ban B"), "self")).toEqual(SELF_B);
    expect(unitNamed(units, "Ban B").self.get("IV.1")).toMatchObject({
      sheet: "Tổng hợp",
      cell: "E15",
      raw: 2,
    });
    expect(unitNamed(units, "Ban A").sources).toEqual([{ sheet: "Tổng hợp", layout: "matrix" }]);
    expect(blocValues(unitNamed(units, "Ban A"))).toEqual({});
  });

  it.each([
    ["BẢNG TỔNG HỢP ĐIỂM KHỐI CHẤM", "bloc"],
    ["Kết quả thẩm định năm 2024", "bloc"],
    ["BẢNG ĐIỂM CHỐT", "final"],
    ["BẢNG TỔNG HỢP ĐIỂM THI ĐUA", "self"],
  ])("takes plain unit columns under the title %p as %s scores", (title, field) => {
    const matrix = withColumns(["Ban A"], (r) => [A(r)]);
    const { units } = readAll(criteriaSheet(), sheet("Tổng hợp", grid({ A1: title, A3: matrix })));
    const unit = unitNamed(units, "Ban A");
    const count = (record: object): number => Object.keys(record).length;
    const kinds = {
      self: count(values(unit, "self")),
      bloc: count(blocValues(unit)),
      final: count(values(unit, "final")),
    };
    expect(kinds).toEqual({ self: 0, bloc: 0, final: 0, [field]: 7 });
  });

  it("reads a unit name merged over Tự chấm | Khối chấm | Điểm chốt (two-row header)", () => {
    const matrix = grid({
      A1: [
        ["STT", "Nội dung", "Điểm chuẩn", "Ban A", "", "", "Ban B", ""],
        ["", "", "", "Tự chấm", "Khối chấm", "Điểm chốt", "Tự chấm", "Khối chấm"],
      ],
      A3: CRITERIA.slice(1).map((line, i) => {
        const r = i + 1;
        const a = A(r);
        return [...line.slice(0, 3), a, a === 18 ? 17 : a, a === 18 ? 17.5 : "", B(r), B(r)];
      }),
    });
    const { units, issues } = readAll(criteriaSheet(), sheet("Tổng hợp", matrix));
    expect(issues).toEqual([]);
    const a = unitNamed(units, "Ban A");
    expect(values(a, "self")).toEqual(SELF_A);
    expect(blocValues(a)["I.1.1"]).toEqual([17]);
    expect(blocValues(a)["II.1"]).toEqual([25]);
    expect(values(a, "final")).toEqual({ "I.1.1": 17.5 });
    expect(a.final.get("I.1.1")?.cell).toBe("F5");
    expect(values(unitNamed(units, "Ban B"), "self")).toEqual(SELF_B);
    expect(a.sources).toEqual([{ sheet: "Tổng hợp", layout: "matrix" }]);
  });

  it("reads unit names under a merged Tự chấm and a merged Khối chấm", () => {
    const matrix = grid({
      A1: [
        ["STT", "Nội dung", "Điểm chuẩn", "Tự chấm", "", "Khối chấm", ""],
        ["", "", "", "Ban A", "Ban B", "Ban A", "Ban B"],
      ],
      A3: CRITERIA.slice(1).map((line, i) => [
        ...line.slice(0, 3),
        A(i + 1),
        B(i + 1),
        A(i + 1),
        B(i + 1) === "" ? "" : 1,
      ]),
    });
    const { units, issues } = readAll(criteriaSheet(), sheet("Tổng hợp", matrix));
    expect(issues).toEqual([]);
    expect(units.map((u) => u.name)).toEqual(["Ban A", "Ban B"]);
    expect(values(unitNamed(units, "Ban A"), "self")).toEqual(SELF_A);
    expect(values(unitNamed(units, "Ban B"), "self")).toEqual(SELF_B);
    expect(blocValues(unitNamed(units, "Ban B"))["II.2"]).toEqual([1]);
    expect(unitNamed(units, "Ban B").bloc.get("II.2")?.[0]?.cell).toBe("G12");
  });

  it("reads unit names merged above a header row that holds STT", () => {
    const matrix = grid({
      A1: "BẢNG TỔNG HỢP",
      D2: [["Ban A", "", "Ban B", ""]],
      A3: [["STT", "Nội dung", "Điểm chuẩn", "Tự chấm", "Khối chấm", "Tự chấm", "Khối chấm"]],
      A4: CRITERIA.slice(1).map((line, i) => [...line.slice(0, 3), A(i + 1), "", B(i + 1), ""]),
    });
    const { units, issues } = readAll(criteriaSheet(), sheet("Tổng hợp", matrix));
    expect(issues).toEqual([]);
    expect(values(unitNamed(units, "Ban A"), "self")).toEqual(SELF_A);
    expect(values(unitNamed(units, "Ban B"), "self")).toEqual(SELF_B);
  });

  it("takes a descriptive group over Tự chấm | Khối chấm for the sheet's own columns, not a unit", () => {
    const form = grid({
      A1: "Đơn vị: Ban A",
      A3: [
        ["STT", "Nội dung", "Điểm chuẩn", "Kết quả chấm điểm", ""],
        ["", "", "", "Tự chấm", "Khối chấm"],
      ],
      A5: CRITERIA.slice(1).map((line, i) => [...line.slice(0, 3), A(i + 1), ""]),
    });
    const { units, issues } = readAll(criteriaSheet(), sheet("Phiếu", form));
    expect(issues).toEqual([]);
    expect(units.map((u) => u.name)).toEqual(["Ban A"]);
    expect(values(units[0]!, "self")).toEqual(SELF_A);
  });

  describe("carrying only the code column", () => {
    // Criteria on their own sheet; the matrix has a title, a blank row and an extra criterion II.3.
    const matrix = grid({
      A1: "TỔNG HỢP ĐIỂM TỰ CHẤM",
      A3: [
        ["TT", "Tiêu chí", "Ban A", "Ban B"],
        ["I", "Chuyên môn", "", ""],
        ["1", "", "", ""],
        ["1.1", "", 18, 20],
        ["1.2", "", 9, 10],
        ["2", "", "", ""],
        ["a)", "", 10, 8],
        ["b)", "", 20, 15],
        ["", "", "", ""],
        ["II", "Đoàn thể", "", ""],
        ["1", "", 25, 20],
        ["2", "", 15, 12],
        ["3", "Không có trong bảng tiêu chí", 2, ""],
        ["4", "Dòng thừa không có điểm", "", ""],
        ["III", "Thưởng", "", ""],
        ["1", "", 5, ""],
        ["IV", "Trừ", "", ""],
        ["1", "", "", 2],
        ["", "Tổng cộng", 102, 87],
      ],
    });

    it("matches rows to criteria by hierarchy key, never by row number", () => {
      const { units, issues } = readAll(criteriaSheet(), sheet("Tổng hợp", matrix));
      expect(values(unitNamed(units, "Ban A"), "self")).toEqual(SELF_A);
      expect(values(unitNamed(units, "Ban B"), "self")).toEqual(SELF_B);
      expect(unitNamed(units, "Ban A").self.get("II.2")?.cell).toBe("C14");
      // Only the extra row that carries points is reported, at its code cell.
      expect(codes(issues)).toEqual(["score-criterion-unknown@A15"]);
      expect(issues[0]).toMatchObject({ severity: "error", criterion: "II.3", value: "3" });
    });

    it("reads a matrix with no criterion text at all", () => {
      const bare = matrix.map((row) => [row[0]!, row[2]!, row[3]!]);
      bare[2] = ["Mã", "Ban A", "Ban B"];
      const { units } = readAll(criteriaSheet(), sheet("Tổng hợp", bare));
      expect(values(unitNamed(units, "Ban A"), "self")).toEqual(SELF_A);
      expect(values(unitNamed(units, "Ban B"), "self")).toEqual(SELF_B);
    });
  });

  it("reports no score sheet at all", () => {
    const { units, issues } = readAll(criteriaSheet());
    expect(units).toEqual([]);
    expect(errorsAndWarnings(issues)).toEqual(["score-sheets-missing@"]);
  });
});
