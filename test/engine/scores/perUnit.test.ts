import type { CellValue } from "../../../src/engine/workbook";
import { grid, sheet } from "../../helpers/grid";
import {
  blocValues,
  byLeaf,
  codes,
  CRITERIA,
  criteriaSheet,
  readAll,
  rosterSheet,
  unitNamed,
  values,
  withColumns,
} from "./fixtures";

const SELF = { "I.1.1": 18, "I.1.2": 9, "II.1": 25 };
const self = byLeaf(SELF);

/** A per-unit form: what is above the header, then the criteria with self score and evidence columns. */
function form(above: Record<string, CellValue>, header = ["Điểm tự chấm", "Minh chứng", "Giải trình"]) {
  const evidence = byLeaf({ "I.1.1": "QĐ 12/QĐ-BTC" });
  const explanation = byLeaf({ "I.1.2": "Chậm 1 tháng" });
  return grid({ ...above, A4: withColumns(header, (r) => [self(r), evidence(r), explanation(r)]) });
}

const ROSTER = rosterSheet([
  [1, "Văn phòng Tỉnh ủy", "VPTU", "Trưởng khối"],
  [2, "Ban Tổ chức Tỉnh ủy", "BTC", "Phó khối"],
  [3, "Ban Tuyên giáo Tỉnh ủy", "BTG", "Thành viên"],
  [4, "Ban Dân vận Tỉnh ủy", "BDV", "Thành viên"],
]);

describe("readScores: per-unit forms", () => {
  it("names the unit in one cell, in a label and the next cell, or by the sheet's name", () => {
    const { units, issues } = readAll(
      criteriaSheet(),
      ROSTER,
      sheet("Phiếu 1", form({ A1: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", A2: "Đơn vị: Ban Tổ chức Tỉnh ủy" })),
      sheet("Phiếu 2", form({ A1: "Tên đơn vị", C1: "ban dân vận tỉnh ủy", A2: "Đơn vị tính: điểm" })),
      sheet("BTG", form({ A1: "PHIẾU TỰ CHẤM ĐIỂM" })),
      sheet("Phiếu 4", form({ B2: "Unit:", C2: "VPTU" })),
    );
    expect(issues).toEqual([]);
    expect(units.map((u) => u.name)).toEqual([
      "Văn phòng Tỉnh ủy",
      "Ban Tổ chức Tỉnh ủy",
      "Ban Tuyên giáo Tỉnh ủy",
      "Ban Dân vận Tỉnh ủy",
    ]);
    for (const unit of units) {
      expect(values(unit, "self")).toEqual(SELF);
      expect(unit.sources).toHaveLength(1);
      expect(unit.sources[0]?.layout).toBe("perUnit");
    }
    const btc = unitNamed(units, "Ban Tổ chức Tỉnh ủy");
    expect(btc.self.get("I.1.1")).toMatchObject({ sheet: "Phiếu 1", cell: "D7", value: 18 });
    expect(btc.evidence.get("I.1.1")).toEqual({ text: "QĐ 12/QĐ-BTC", sheet: "Phiếu 1", cell: "E7" });
    expect(btc.explanation.get("I.1.2")).toEqual({ text: "Chậm 1 tháng", sheet: "Phiếu 1", cell: "F8" });
    expect(unitNamed(units, "Ban Dân vận Tỉnh ủy").sources[0]?.sheet).toBe("Phiếu 2");
  });

  it("without a roster, keeps each unit as named, in the order first seen", () => {
    const { units, issues } = readAll(
      criteriaSheet(),
      sheet("Phiếu B", form({ A1: "Đơn vị: Cục Thuế tỉnh" })),
      sheet("Hải quan", form({})),
    );
    expect(issues).toEqual([]);
    expect(units.map((u) => u.name)).toEqual(["Cục Thuế tỉnh", "Hải quan"]);
  });

  it("reports a form for a unit missing from the roster, at the cell naming it", () => {
    const { units, issues } = readAll(
      criteriaSheet(),
      ROSTER,
      sheet("Phiếu X", form({ A2: "Đơn vị: Ban Nội chính Tỉnh ủy" })),
    );
    const notInRoster = issues.filter((i) => i.code === "unit-not-in-roster");
    expect(codes(notInRoster)).toEqual(["unit-not-in-roster@A2"]);
    expect(notInRoster[0]).toMatchObject({
      severity: "error",
      sheet: "Phiếu X",
      unit: "Ban Nội chính Tỉnh ủy",
    });
    // Roster units first, then the unknown one.
    expect(units.map((u) => u.name).at(-1)).toBe("Ban Nội chính Tỉnh ủy");
    expect(values(units.at(-1)!, "self")).toEqual(SELF);
  });

  it("takes a unit label right above the header, over the score column, for the form's own unit", () => {
    const { units, issues } = readAll(criteriaSheet(), sheet("P", form({ D3: "Đơn vị: Ban A" })));
    expect(issues).toEqual([]);
    expect(units.map((u) => [u.name, u.sources[0]?.layout])).toEqual([["Ban A", "perUnit"]]);
  });

  it("ignores an unfilled form, such as the criteria sheet with an empty self-score column", () => {
    const template = withColumns(["Điểm tự chấm"], () => [""]);
    const { units, issues } = readAll(sheet("Tiêu chí", grid({ A1: template })), sheet("Phiếu", form({})));
    expect(issues).toEqual([]);
    expect(units.map((u) => u.name)).toEqual(["Phiếu"]);
  });
});

describe("readScores: cross-scoring", () => {
  it("reads three numbered bloc-score columns under a unit as three scorers, in column order", () => {
    const matrix = grid({
      A1: [
        ["STT", "Nội dung", "Điểm chuẩn", "Ban A", "", "", "", "Ban B", "", "", ""],
        ["", "", "", "Tự chấm", "Khối chấm 1", "Khối chấm 2", "Khối chấm 3", "Tự chấm", "TĐ1", "TĐ2", "TĐ3"],
      ],
      A3: CRITERIA.slice(1).map((line, i) => {
        const s = self(i + 1);
        const scorers = s === "" ? ["", "", ""] : [s, Number(s) - 1, Number(s) - 2];
        return [...line.slice(0, 3), s, ...scorers, s, ...scorers];
      }),
    });
    const { units, issues } = readAll(criteriaSheet(), sheet("Chấm chéo", matrix));
    expect(issues).toEqual([]);
    for (const unit of units) {
      expect(values(unit, "self")).toEqual(SELF);
      expect(blocValues(unit)).toEqual({ "I.1.1": [18, 17, 16], "I.1.2": [9, 8, 7], "II.1": [25, 24, 23] });
      expect(unit.sources).toEqual([{ sheet: "Chấm chéo", layout: "cross" }]);
    }
    expect(
      unitNamed(units, "Ban B")
        .bloc.get("II.1")
        ?.map((read) => read.cell),
    ).toEqual(["I11", "J11", "K11"]);
  });

  it("reads English headers with numbered Review columns", () => {
    const matrix = grid({
      A1: [
        ["No.", "Criterion", "Max points", "Tax Office", "", ""],
        ["", "", "", "Self score", "Review 1", "Review 2"],
      ],
      A3: CRITERIA.slice(1).map((line, i) => [...line.slice(0, 3), self(i + 1), self(i + 1), self(i + 1)]),
    });
    const { units, issues } = readAll(criteriaSheet(), sheet("Cross", matrix));
    expect(issues).toEqual([]);
    expect(units.map((u) => u.name)).toEqual(["Tax Office"]);
    expect(blocValues(units[0]!)["II.1"]).toEqual([25, 25]);
  });

  it("reads a repeated Khối chấm header on a per-unit form as several scorers; an empty one is absent", () => {
    const scorer = (r: number): CellValue[] => (self(r) === "" ? ["", "", ""] : [7, "", 9]);
    const sheetValues = grid({
      A1: "Đơn vị: Ban A",
      A3: withColumns(["Tự chấm", "Khối chấm", "Khối chấm", "Khối chấm"], (r) => [self(r), ...scorer(r)]),
    });
    const { units, issues } = readAll(criteriaSheet(), sheet("Phiếu", sheetValues));
    expect(issues).toEqual([]);
    expect(blocValues(units[0]!)).toEqual({ "I.1.1": [7, 9], "I.1.2": [7, 9], "II.1": [7, 9] });
    expect(units[0]?.sources).toEqual([{ sheet: "Phiếu", layout: "cross" }]);
  });
});
