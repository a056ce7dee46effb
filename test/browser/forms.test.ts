// The forms tab of the production pane in Chromium over a fresh year's master: create the units' forms, open
// one as a workbook of its own, import returned .xlsx files through the pane's own file picker, then choose a
// corrected form over the values already there, with what landed checked in the fake workbook's cells, an axe
// check and the 360 px reflow check of each state, and screenshots.
import { parseA1 } from "../../src/engine/address";
import { formFileName } from "../../src/engine/forms/formFileName";
import { planMerge, type ReturnedWorkbook } from "../../src/engine/merge/planMerge";
import { readReturnedForm } from "../../src/engine/merge/readReturnedForm";
import type { Issue } from "../../src/engine/issues";
import type { CellValue, SheetInput, WorkbookInput } from "../../src/engine/workbook";
import { formLabel } from "../../src/strings/formLabels";
import { formsUi, formsUiCount } from "../../src/strings/formsUi";
import { summaryText } from "../../src/taskpane/model/importSummary";
import { ui } from "../../src/strings/ui";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { workbookToXlsx } from "../../src/xlsx/workbookToXlsx";
import type { FakeExcel } from "../excel/fakeExcel/fakeExcel";
import { freshMaster, freshUnits, FRESH_YEAR } from "../excel/freshMaster";
import { filledForm, sampleSelf } from "../excel/returnedForms";
import { partOf } from "../xlsx/xlsxFixtures";
import { PanePage, WAIT_MS } from "./PanePage";
import { axeViolations } from "./axeViolations";
import { startBrowser, type BrowserSession } from "./startBrowser";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowser();
});
afterAll(async () => {
  await session?.close();
});

type Hooked = Window & { __fake: FakeExcel; __createdWorkbooks: string[] };

/** The files the pane asked Excel to open as new workbooks, as .xlsx bytes. */
const createdWorkbooks = async (pane: PanePage): Promise<Buffer[]> =>
  (await pane.page.evaluate(() => (window as unknown as Hooked).__createdWorkbooks)).map((base64) =>
    Buffer.from(base64, "base64"),
  );

/** Every sheet of the fake workbook as the engine reads it. */
const workbookOf = (pane: PanePage): Promise<WorkbookInput> =>
  pane.page.evaluate(() => {
    const fake = (window as unknown as Hooked).__fake;
    return {
      sheets: fake.sheetNames().map((name) => ({ name, values: fake.formulas(name) as CellValue[][] })),
    };
  });

/** What the fake holds of each form sheet: protected, and how many cells carry a data validation rule. */
const formState = (pane: PanePage, sheets: string[]) =>
  pane.page.evaluate((names) => {
    const fake = (window as unknown as Hooked).__fake;
    return names.map((name) => {
      const sheet = fake.sheet(name);
      const rules = [...sheet.cells.values()].filter((cell) => cell.validation !== undefined).length;
      return { name, protected: sheet.protected, rules };
    });
  }, sheets);

/** Returned forms as the units mail them: an .xlsx holding their filled form sheet. */
async function files(forms: ReturnedWorkbook[]) {
  return Promise.all(
    forms.map(async ({ file, workbook }) => ({
      name: file,
      mimeType: XLSX,
      buffer: Buffer.from(await workbookToXlsx(workbook)),
    })),
  );
}

/** Chooses files through the pane's import button, as the secretary does, and waits for the result. */
async function importThrough(pane: PanePage, chosen: Awaited<ReturnType<typeof files>>): Promise<void> {
  const button = await pane.usable(pane.button(formsUi(pane.lang, "importButton")));
  const [chooser] = await Promise.all([
    pane.page.waitForEvent("filechooser", { timeout: WAIT_MS }),
    button.click(),
  ]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(chosen);
  await pane.page
    .getByRole("list", { name: formsUi(pane.lang, "resultsHeading") })
    .waitFor({ timeout: WAIT_MS });
  await pane.usable(button);
}

/** The self-score cells of a sent form (the number cells of its `Điểm tự chấm` column) as [row, col, value]. */
function sentScores(form: SheetInput): [number, number, number][] {
  const header = form.values.findIndex((row) => row.includes("Điểm tự chấm"));
  const col = form.values[header]!.indexOf("Điểm tự chấm");
  // The form's total row (a formula the unit does not type) ends the scores.
  const total = form.values.findIndex((row, r) => r > header && row.includes(formLabel.vi.total));
  return form.values.flatMap((row, r) =>
    r > header && (total < 0 || r < total) && typeof row[col] === "number" ? [[r, col, row[col]]] : [],
  );
}

async function checkState(pane: PanePage, screenshot: string): Promise<void> {
  await pane.screenshot(screenshot);
  expect(await pane.overflow()).toBe(0);
  expect(await axeViolations(pane.page)).toEqual([]);
  expect(pane.opened.pageErrors).toEqual([]);
  expect(pane.opened.consoleErrors).toEqual([]);
  expect(pane.opened.external).toEqual([]);
}

describe("the forms tab", () => {
  test("create a form per unit, import two returned files, then a conflicting and an unreadable one", async () => {
    const pane = new PanePage(await session.open("taskpane.html", { fixture: "fresh", lang: "vi" }), "vi");
    const units = freshUnits();
    const before = (await pane.stateWhen(() => true)).sheets;
    await pane.tab(ui("vi", "tabForms")).click({ timeout: WAIT_MS });
    await (await pane.usable(pane.button(formsUi("vi", "createButton")))).click();
    await pane.page
      .getByRole("status")
      .filter({ hasText: formsUi("vi", "created", { count: units.length }) })
      .waitFor({ timeout: WAIT_MS });
    const forms = (await pane.state()).sheets.filter((name) => !before.includes(name));
    expect(forms).toHaveLength(units.length);
    for (const form of await formState(pane, forms))
      expect(form).toMatchObject({ protected: true, rules: expect.any(Number) });
    expect((await formState(pane, forms)).every((form) => form.rules > 0)).toBe(true);
    for (const [i, unit] of units.entries()) {
      await pane.button(formsUi("vi", "openSheet", { unit, sheet: forms[i]! })).waitFor({ timeout: WAIT_MS });
    }
    await checkState(pane, "pane-forms-created.png");

    // The second unit's form, opened as a workbook of its own to send: a blank form naming the unit, with its
    // score rules, and the master unchanged.
    const sheetsBefore = await workbookOf(pane);
    const file = pane.button(formsUi("vi", "openFileLabel", { unit: units[1]! }));
    await (await pane.usable(file)).click();
    const saveAs = formFileName(units[1]!, "vi", new Set());
    await pane.page
      .getByRole("status")
      .filter({ hasText: formsUi("vi", "opened", { unit: units[1]!, file: saveAs }) })
      .waitFor({ timeout: WAIT_MS });
    const [bytes, ...more] = await createdWorkbooks(pane);
    expect(more).toHaveLength(0);
    const { workbook: sentBook, existing } = await readXlsx(new Uint8Array(bytes!));
    expect(existing.map((sheet) => sheet.name)).toEqual([forms[1]]);
    const [sentForm] = readReturnedForm("sent.xlsx", sentBook);
    expect([sentForm?.label?.name, sentForm?.self.size]).toEqual([units[1], 0]);
    const xml = await partOf(bytes!, "xl/worksheets/sheet1.xml");
    expect(xml).toMatch(/<dataValidation [^>]*type="decimal"[^>]*errorStyle="stop"/);
    expect(xml).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(await workbookOf(pane)).toEqual(sheetsBefore);
    await checkState(pane, "pane-forms-opened.png");

    // Two units send their forms back filled.
    const sent = [0, 1].map((i) => filledForm(units[i]!, sampleSelf(i), forms[i]!));
    await importThrough(
      pane,
      await files(sent.map((form, i) => ({ file: `phieu-${i + 1}.xlsx`, workbook: { sheets: [form] } }))),
    );
    for (const [i, form] of sent.entries()) {
      const cells = await pane.page.evaluate(
        (name) => (window as unknown as Hooked).__fake.formulas(name),
        forms[i]!,
      );
      const scores = sentScores(form);
      expect(scores).toHaveLength(sampleSelf(i).size);
      for (const [r, c, value] of scores) expect([r, c, cells[r]?.[c]]).toEqual([r, c, value]);
    }
    // One item per file (its conflicts are a list of their own inside it).
    const results = pane.page
      .getByRole("list", { name: formsUi("vi", "resultsHeading") })
      .locator(":scope > li");
    expect(await results.count()).toBe(2);
    for (const i of [0, 1]) {
      const text = await results.nth(i).textContent();
      expect(text).toContain(`phieu-${i + 1}.xlsx`);
      expect(text).toContain(formsUi("vi", "status_imported"));
      expect(text).toContain(units[i]);
    }
    await checkState(pane, "pane-forms-imported.png");

    // Unit 1 sends a second, different form, and someone attaches a file that is no workbook.
    const master = await workbookOf(pane);
    const again: ReturnedWorkbook = {
      file: "phieu-1-sua.xlsx",
      workbook: { sheets: [filledForm(units[0]!, sampleSelf(1), forms[0]!)] },
    };
    const expected = planMerge(master, [again], {
      lang: "vi",
      year: FRESH_YEAR,
      existing: master.sheets.map((s) => s.name),
    });
    const conflicts = expected.issues.filter((found: Issue) => found.code === "form-score-conflict");
    expect(conflicts.length).toBeGreaterThan(0);
    const chosen = [
      ...(await files([again])),
      { name: "ghi-chu.xlsx", mimeType: XLSX, buffer: Buffer.from("not a workbook") },
    ];
    await importThrough(pane, chosen);
    // The conflicts are one line under their file, with their count; opened, each one's cell is a link.
    const folded = pane.page.getByText(
      formsUiCount("vi", "conflicts", conflicts.length, { file: again.file }),
      { exact: true },
    );
    await folded.click({ timeout: WAIT_MS });
    for (const conflict of conflicts) {
      const name = ui("vi", "goToCell", { sheet: conflict.sheet, cell: conflict.cell });
      expect(await pane.button(name).count()).toBeGreaterThan(0);
    }
    expect(await results.count()).toBe(2);
    expect(await results.nth(1).textContent()).toContain("ghi-chu.xlsx");
    expect(await workbookOf(pane)).toEqual(master);
    await checkState(pane, "pane-forms-conflict.png");
    expect(freshMaster().sheets.every((sheet) => master.sheets.some((s) => s.name === sheet.name))).toBe(
      true,
    );
    // The unit's second form was the corrected one: the secretary chooses it over the first, and confirms.
    expect(await pane.button(formsUi("vi", "chooseFormLabel", { file: "ghi-chu.xlsx" })).count()).toBe(0);
    await pane.button(formsUi("vi", "chooseFormLabel", { file: again.file })).click({ timeout: WAIT_MS });
    const dialog = pane.page.getByRole("dialog", {
      name: formsUi("vi", "confirmTitle", { file: again.file }),
    });
    await dialog.waitFor({ timeout: WAIT_MS });
    // The dialog fades in: checked once its animations are over, as the secretary sees it.
    await pane.page.waitForFunction(
      () => document.getAnimations().every((animation) => animation.playState !== "running"),
      undefined,
      { timeout: WAIT_MS },
    );
    expect(await workbookOf(pane)).toEqual(master);
    expect(await axeViolations(pane.page, '[role="dialog"]')).toEqual([]);
    // The modal hides the page's scroll bar, so the page may measure narrower than the pane, never wider.
    expect(await pane.overflow()).toBeLessThanOrEqual(0);
    await pane.screenshot("pane-forms-confirm.png");
    await dialog.getByRole("button", { name: formsUi("vi", "confirmButton"), exact: true }).click();
    await dialog.waitFor({ state: "hidden", timeout: WAIT_MS });
    await pane.page
      .getByRole("status")
      .filter({
        hasText: summaryText("vi", formsUi("vi", "replaced", { file: again.file }), [
          { key: "written", count: conflicts.length },
          { key: "replaced", count: conflicts.length },
        ]),
      })
      .waitFor({ timeout: WAIT_MS });
    const now = await pane.page.evaluate(
      (name) => (window as unknown as Hooked).__fake.formulas(name),
      forms[0]!,
    );
    // The replacements are one line under the file too, opened to show each cell.
    await pane.page
      .getByText(formsUiCount("vi", "replacements", conflicts.length, { file: again.file }), { exact: true })
      .click({ timeout: WAIT_MS });
    for (const conflict of conflicts) {
      const { row, col } = parseA1(conflict.cell)!;
      expect([conflict.cell, now[row]?.[col]]).toEqual([conflict.cell, conflict.value]);
      const name = ui("vi", "goToCell", { sheet: conflict.sheet, cell: conflict.cell });
      expect(await pane.button(name).count()).toBeGreaterThan(0);
    }
    expect(await results.count()).toBe(2);
    expect(await results.nth(0).textContent()).toContain(formsUi("vi", "status_imported"));
    expect(await results.nth(1).textContent()).toContain("ghi-chu.xlsx");
    await checkState(pane, "pane-forms-replaced.png");
  });

  test("an Excel without ExcelApi 1.8 offers no file button and says how to copy a form out by hand", async () => {
    const pane = new PanePage(await session.open("taskpane.html", { fixture: "sample", lang: "en" }), "en");
    await pane.tab(ui("en", "tabForms")).click({ timeout: WAIT_MS });
    await (await pane.usable(pane.button(formsUi("en", "createButton")))).click();
    await pane.page.getByText(formsUi("en", "sendHint")).waitFor({ timeout: WAIT_MS });
    expect(await pane.page.getByRole("button", { name: formsUi("en", "openFile") }).count()).toBe(0);
    expect(await pane.page.getByText(formsUi("en", "sendHintFile")).count()).toBe(0);
    expect(pane.opened.pageErrors).toEqual([]);
  });
});
