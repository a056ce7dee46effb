import { parseA1 } from "../../src/engine/address";
import { evaluateBloc } from "../../src/engine/evaluateBloc";
import { ExcelHostError } from "../../src/excel/ExcelHostError";
import { SAMPLES } from "../../src/samples";
import { hostErrorMessage } from "../../src/strings/hostMessages";
import { ui } from "../../src/strings/ui";
import { detection } from "../../src/taskpane/model/detection";
import { failureMessage } from "../../src/taskpane/model/failureMessage";
import { countBySeverity, filterIssues, issueUnits, NO_FILTER } from "../../src/taskpane/model/issueFilter";
import { rankingRows } from "../../src/taskpane/model/rankingRows";
import { SAMPLE_IDS, sampleLabelKey } from "../../src/taskpane/model/sampleChoices";

const YEAR = 2024;
const sample = (id: string) => SAMPLES.find((s) => s.id === id)!.build(YEAR);

describe("what the pane reports as detected", () => {
  test("each sample: its criteria sheet, leaf count, units and the way scores are entered", () => {
    const expected = {
      "khoi-co-quan-dang": 9,
      "khoi-hoi-dac-thu": 13,
      "khoi-co-quan-trung-uong": 7,
      "cum-xa-phia-nam": 7,
    };
    for (const s of SAMPLES) {
      const result = evaluateBloc(s.build(YEAR), { year: YEAR });
      const found = detection(result);
      expect(found.criteria?.sheet).toBe(result.criteria!.sheet);
      expect(found.criteria?.count).toBe(result.criteria!.all.filter((c) => c.children.length === 0).length);
      expect(found.unitCount).toBe(expected[s.id as keyof typeof expected]);
      expect(found.layouts).toEqual([s.layout]);
      expect(found.empty).toBe(false);
    }
  });

  test("a fresh workbook is empty, so the pane offers the samples", () => {
    const found = detection(evaluateBloc({ sheets: [{ name: "Sheet1", values: [] }] }, { year: YEAR }));
    expect(found).toMatchObject({ criteria: null, roster: null, unitCount: 0, layouts: [], empty: true });
  });
});

describe("the issue list's filters", () => {
  const workbook = sample("khoi-co-quan-dang");
  // Two units' bloc scores typed as words.
  const scores = workbook.sheets.find(
    (s) => s.name === evaluateBloc(workbook, { year: YEAR }).units[0]!.sources[0]!.sheet,
  )!;
  const result = evaluateBloc(workbook, { year: YEAR });
  // The bloc's scores are the ones that count (Nguồn điểm defaults to the bloc's score when present).
  const firstCell = [...result.units[0]!.bloc.values()][0]![0]!;
  const secondCell = [...result.units[1]!.bloc.values()][0]![0]!;
  const broken = {
    sheets: workbook.sheets.map((s) =>
      s === scores ? { ...s, values: s.values.map((row) => [...row]) } : s,
    ),
  };
  const grid = broken.sheets.find((s) => s.name === scores.name)!.values;
  const a = parseA1(firstCell.cell)!;
  const b = parseA1(secondCell.cell)!;
  grid[a.row]![a.col] = "tám";
  grid[b.row]![b.col] = "x";
  const issues = evaluateBloc(broken, { year: YEAR }).issues;

  test("no filter keeps every issue; severity and unit narrow it", () => {
    expect(filterIssues(issues, NO_FILTER)).toEqual(issues);
    const errors = filterIssues(issues, { severity: "error", unit: null });
    expect(errors.length).toBe(countBySeverity(issues).error);
    expect(errors.every((i) => i.severity === "error")).toBe(true);
    expect(errors.map((i) => i.cell)).toEqual(expect.arrayContaining([firstCell.cell, secondCell.cell]));
    const unit = result.units[0]!.name;
    expect(issueUnits(issues)).toContain(unit);
    const forUnit = filterIssues(issues, { severity: "error", unit });
    expect(forUnit.map((i) => i.cell)).toContain(firstCell.cell);
    expect(forUnit.map((i) => i.cell)).not.toContain(secondCell.cell);
  });
});

describe("the pane's ranking table", () => {
  test("shows the first units in rank order with the engine's totals, and never cuts a tie", () => {
    const result = evaluateBloc(sample("khoi-hoi-dac-thu"), { year: YEAR });
    const rows = rankingRows(result, "en", 3);
    expect(rows.map((r) => r.unit)).toEqual(result.ranking.slice(0, rows.length).map((u) => u.result.unit));
    expect(rows[0]!.score).toBe(String(Number(result.ranking[0]!.result.total.toString())));
    const tied = {
      ...result,
      ranking: result.ranking.map((u, i) => ({ ...u, rank: i < 2 ? i + 1 : 3 })),
    };
    expect(rankingRows(tied, "en", 3)).toHaveLength(result.ranking.length);
    expect(rankingRows(result, "vi", 100)).toHaveLength(result.ranking.length);
  });
});

describe("words and choices of the pane", () => {
  test("the pane's sample list is the bundled samples, each with a label in both languages", () => {
    expect([...SAMPLE_IDS]).toEqual(SAMPLES.map((s) => s.id));
    for (const id of SAMPLE_IDS) {
      expect(ui.vi[sampleLabelKey(id)]).toBeTruthy();
      expect(ui.en[sampleLabelKey(id)]).toBeTruthy();
    }
  });

  test("a host failure reads as the host message of its kind; anything else keeps its own text", () => {
    const error = new ExcelHostError("name-clash", { subject: "Tiêu chí" });
    expect(failureMessage(error, "rank", "en")).toBe(
      hostErrorMessage("name-clash", "rank", "en", "Tiêu chí"),
    );
    expect(failureMessage(new Error("boom-42"), "rank", "vi")).toContain("boom-42");
    // Office's raw error, as Excel.run's closing sync rejects with it, reads as its kind too.
    const raw = Object.assign(new Error("The operation is not allowed."), {
      code: "InvalidOperationInCellEditMode",
    });
    expect(failureMessage(raw, "rank", "vi")).toBe(hostErrorMessage("cell-edit", "rank", "vi"));
  });
});
