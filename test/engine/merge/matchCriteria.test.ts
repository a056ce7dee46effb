import { readCriteria } from "../../../src/engine/criteria/readCriteria";
import { matchCriteria } from "../../../src/engine/merge/matchCriteria";
import type { CellValue } from "../../../src/engine/workbook";
import { grid, sheet, workbook } from "../../helpers/grid";

const table = (rows: CellValue[][]) =>
  readCriteria(workbook(sheet("T", grid({ A1: [["STT", "Nội dung tiêu chí", "Điểm tối đa"], ...rows] }))))
    .table!;

const MASTER = table([
  ["I", "Chuyên môn", 30],
  ["1", "Hoàn thành chỉ tiêu", 10],
  ["2", "Cải cách hành chính", 10],
  ["3", "Báo cáo đúng hạn", 10],
  ["II", "Điểm thưởng", 5],
]);

const keys = (items: { key: string }[]) => items.map((c) => c.key);

describe("matchCriteria", () => {
  it("matches every leaf of an identical table by key, with nothing to report", () => {
    const match = matchCriteria(MASTER, MASTER);
    expect([...match.toMaster]).toEqual([
      ["I.1", "I.1"],
      ["I.2", "I.2"],
      ["I.3", "I.3"],
      ["II", "II"],
    ]);
    expect(match.renumbered.length + match.added.length + match.removed.length).toBe(0);
    expect(match.maxChanged).toEqual([]);
  });

  it("compares texts like headers: case, diacritics and punctuation do not count", () => {
    const form = table([
      ["I", "CHUYÊN MÔN", 30],
      ["1", "hoan thanh chi tieu.", 10],
      ["2", "Cải cách  hành chính", 10],
      ["3", "Báo cáo đúng hạn", 10],
      ["II", "Điểm thưởng", 5],
    ]);
    const match = matchCriteria(form, MASTER);
    expect(match.toMaster.size).toBe(4);
    expect(match.added).toEqual([]);
  });

  it("maps the same text under another code to the master's key, and reports what was added or removed", () => {
    const form = table([
      ["I", "Chuyên môn", 30],
      ["1", "Báo cáo đúng hạn", 10], // was I.3
      ["2", "Cải cách hành chính", 10],
      ["3", "Ứng dụng công nghệ", 10], // new text at a known key
      ["II", "Điểm thưởng", 5],
    ]);
    const match = matchCriteria(form, MASTER);
    expect(match.renumbered.map((p) => [p.form.key, p.master.key])).toEqual([["I.1", "I.3"]]);
    expect(match.toMaster.get("I.1")).toBe("I.3");
    expect(match.toMaster.get("I.2")).toBe("I.2");
    expect(match.toMaster.has("I.3")).toBe(false);
    expect(keys(match.added)).toEqual(["I.3"]);
    expect(keys(match.removed)).toEqual(["I.1"]);
  });

  it("reports a master leaf the form lacks and a maximum the form changed", () => {
    const form = table([
      ["I", "Chuyên môn", 27.5],
      ["1", "Hoàn thành chỉ tiêu", 12.5],
      ["2", "Cải cách hành chính", 10],
      ["II", "Điểm thưởng", 5],
    ]);
    const match = matchCriteria(form, MASTER);
    expect(keys(match.removed)).toEqual(["I.3"]);
    expect(match.maxChanged.map((p) => [p.master.key, p.form.max, p.master.max])).toEqual([
      ["I.1", 12.5, 10],
    ]);
    expect(match.toMaster.get("I.1")).toBe("I.1");
    expect(match.added).toEqual([]);
  });

  it("never lets a renumbered text take a criterion that matched exactly", () => {
    const form = table([
      ["I", "Chuyên môn", 30],
      ["1", "Cải cách hành chính", 10],
      ["2", "Cải cách hành chính", 10],
      ["3", "Báo cáo đúng hạn", 10],
      ["II", "Điểm thưởng", 5],
    ]);
    const match = matchCriteria(form, MASTER);
    expect(match.toMaster.get("I.2")).toBe("I.2");
    expect(match.toMaster.has("I.1")).toBe(false);
    expect(keys(match.added)).toEqual(["I.1"]);
    expect(keys(match.removed)).toEqual(["I.1"]);
  });
});
