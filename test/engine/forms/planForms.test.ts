import { evaluateBloc } from "../../../src/engine/evaluateBloc";
import { planForms, type FormsPlan, type PlannedForm } from "../../../src/engine/forms/planForms";
import type { WorkbookInput } from "../../../src/engine/workbook";
import { centralAgenciesBloc } from "../../../src/samples/centralAgenciesBloc";
import { grid, sheet, workbook } from "../../helpers/grid";
import { layoutSheet } from "../../helpers/layoutSheet";

const YEAR = 2024;
const master = centralAgenciesBloc(YEAR);
const result = evaluateBloc(master, { year: YEAR });
const roster = result.roster!.units.map((unit) => unit.name);
const names = (book: WorkbookInput) => book.sheets.map((s) => s.name);

const formsOf = (plan: FormsPlan): PlannedForm[] => (plan.status === "planned" ? plan.forms : []);
const actions = (plan: FormsPlan) =>
  formsOf(plan).map((form) => [
    form.unit,
    form.action,
    form.sheet,
    form.action === "create" ? form.file : null,
  ]);
const created = (plan: FormsPlan) =>
  formsOf(plan).flatMap((form) => (form.action === "create" ? [form] : []));

describe("planForms", () => {
  it("creates one form per roster unit, in roster order, under its sheet and file names", () => {
    const plan = planForms(result, { lang: "vi", into: { workbook: master, sheets: names(master) } });
    expect(plan.status).toBe("planned");
    expect(formsOf(plan).map((form) => [form.unit, form.action])).toEqual(
      roster.map((unit) => [unit, "create"]),
    );
    const forms = created(plan);
    expect(forms[1]!.sheet).toBe("Phiếu - CTK");
    expect(forms[1]!.file).toBe("Phieu tu cham - Cuc Thong ke tinh.xlsx");
    expect(forms.every((form) => form.layout.kind === "form" && form.layout.name === form.sheet)).toBe(true);
    expect(new Set(forms.map((form) => form.file.toLowerCase())).size).toBe(forms.length);
  });

  it("names sheets and files in the form's language", () => {
    const form = created(planForms(result, { lang: "en" }))[1]!;
    expect([form.sheet, form.file]).toEqual(["Form - CTK", "Self-assessment form - Cuc Thong ke tinh.xlsx"]);
  });

  it("skips a unit whose per-unit sheet is in the workbook the forms go into, and avoids its sheets' names", () => {
    const first = created(
      planForms(result, { lang: "vi", into: { workbook: master, sheets: names(master) } }),
    );
    // The first unit's form came back and is in the workbook; a note of the user's is named as the third's would be.
    const note = sheet(first[2]!.sheet, grid({ A1: "ghi chú" }));
    const book: WorkbookInput = { sheets: [...master.sheets, layoutSheet(first[0]!.layout), note] };
    const plan = planForms(result, { lang: "vi", into: { workbook: book, sheets: names(book) } });
    expect(actions(plan).slice(0, 3)).toEqual([
      [roster[0], "skip", first[0]!.sheet, null],
      [roster[1], "create", first[1]!.sheet, first[1]!.file],
      [roster[2], "create", `${first[2]!.sheet} (2)`, first[2]!.file],
    ]);
    expect(formsOf(plan)).toHaveLength(roster.length);
  });

  it("skips nothing when each form is a workbook of its own", () => {
    const book: WorkbookInput = {
      sheets: [...master.sheets, layoutSheet(created(planForms(result, { lang: "vi" }))[0]!.layout)],
    };
    const again = evaluateBloc(book, { year: YEAR });
    expect(formsOf(planForms(again, { lang: "vi" })).map((form) => form.action)).toEqual(
      roster.map(() => "create"),
    );
  });

  it("plans only the units asked for, under the roster's spelling, and is blocked when none is left", () => {
    const plan = planForms(result, { lang: "vi", units: [`  ${roster[3]!.toUpperCase()} `] });
    expect(formsOf(plan).map((form) => [form.unit, form.action])).toEqual([[roster[3], "create"]]);
    expect(planForms(result, { lang: "vi", units: ["Không có đơn vị này"] })).toMatchObject({
      status: "blocked",
      reason: "no-units",
    });
  });

  it("is blocked without a criteria table, or without a unit, reporting the criteria's and roster's issues only", () => {
    const none = evaluateBloc(workbook(sheet("Trống", [["x"]])), { year: YEAR });
    const noCriteria = planForms(none, { lang: "vi" });
    expect(noCriteria).toMatchObject({ status: "blocked", reason: "no-criteria" });
    expect(noCriteria.issues.map((found) => found.code)).toContain("criteria-table-missing");

    const criteriaOnly = workbook(
      sheet("Tiêu chí", [
        ["STT", "Nội dung tiêu chí", "Điểm chuẩn"],
        ["1", "Chấp hành chủ trương", 10],
        ["", "Tổng cộng", 10],
      ]),
    );
    const noUnits = evaluateBloc(criteriaOnly, { year: YEAR });
    const plan = planForms(noUnits, { lang: "vi" });
    expect(plan).toMatchObject({ status: "blocked", reason: "no-units" });
    expect(noUnits.issues.map((found) => found.code)).toContain("score-sheets-missing");
    expect(plan.issues.every((found) => /^(criteria|roster)-/.test(found.code))).toBe(true);
  });
});
