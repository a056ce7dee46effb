import { readCriteria } from "../../../src/engine/criteria/readCriteria";
import type { CriteriaTable } from "../../../src/engine/criteria/criterion";
import { layoutUnitForm, type FormFill } from "../../../src/engine/forms/layoutUnitForm";
import type { MergePlan, ReturnedWorkbook } from "../../../src/engine/merge/planMerge";
import { parseA1 } from "../../../src/engine/address";
import type { Lang } from "../../../src/engine/lang";
import type { CellValue, SheetInput, WorkbookInput } from "../../../src/engine/workbook";
import { partyBloc } from "../../../src/samples/partyBloc";
import { SAMPLE_KEYS, SAMPLE_LEAVES } from "../../../src/samples/sampleCriteria";
import { layoutSheet } from "../../helpers/layoutSheet";

export const YEAR = 2024;
export const MATRIX = "Tổng hợp";
/** The sample matrix: the header row (unit names) is row 4, the criteria rows start at row 6 (1-based). */
const FIRST_ROW = 5;

const sample = partyBloc(YEAR);
const matrix = sample.sheets.find((s) => s.name === MATRIX)!.values;

/** The nine units as the sample's roster spells them, in roster order. */
export const UNITS: string[] = sample.sheets
  .find((s) => s.name === "Đơn vị")!
  .values.slice(2)
  .map((row) => String(row[1]));

/** A unit's self-score column in the sample matrix (0-based): a name merged over Tự chấm | Khối chấm. */
export const selfCol = (unit: string): number => 2 + 2 * UNITS.indexOf(unit);

/** The sample's self scores of a unit's leaves, read straight from the sample's matrix. */
export function knownSelf(unit: string): Map<string, number> {
  const col = selfCol(unit);
  return new Map(
    SAMPLE_LEAVES.map((key) => [key, matrix[FIRST_ROW + SAMPLE_KEYS.indexOf(key)]![col] as number]),
  );
}

/** The master's matrix row (0-based) of a criterion key. */
export const rowOf = (key: string): number => FIRST_ROW + SAMPLE_KEYS.indexOf(key);

/** The sample as a fresh year's master: every score cell of the matrix emptied, everything else kept. */
export function freshMaster(): WorkbookInput {
  return {
    sheets: sample.sheets.map((s) => ({
      name: s.name,
      values:
        s.name === MATRIX
          ? s.values.map((row, r) => row.map((v, c) => (r >= FIRST_ROW && c >= 2 ? "" : v)))
          : s.values.map((row) => [...row]),
    })),
  };
}

export const masterCriteria = (): CriteriaTable => readCriteria(freshMaster()).table!;

/** A unit's form as it comes back: laid out by the forms feature, filled, read as a host reads a sheet. */
export function formOf(
  unit: string,
  fill?: Partial<FormFill>,
  name = "Phiếu",
  lang: Lang = "vi",
): SheetInput {
  const full: FormFill = {
    self: fill?.self ?? new Map(),
    evidence: fill?.evidence ?? new Map(),
    explanation: fill?.explanation ?? new Map(),
  };
  const input = { criteria: masterCriteria(), unit, blocName: "Khối", year: YEAR, fill: full };
  return layoutSheet(layoutUnitForm(input, lang, name));
}

/** A unit's form filled with its sample self scores. */
export const filled = (unit: string, name = "Phiếu", lang: Lang = "vi"): SheetInput =>
  formOf(unit, { self: knownSelf(unit) as Map<string, CellValue> }, name, lang);

export const returned = (file: string, ...sheets: SheetInput[]): ReturnedWorkbook => ({
  file,
  workbook: { sheets },
});

/** Sets a cell of a sheet's values (0-based), growing the grid as needed. */
export function put(values: CellValue[][], row: number, col: number, value: CellValue): void {
  while (values.length <= row) values.push([]);
  const line = values[row]!;
  while (line.length <= col) line.push("");
  line[col] = value;
}

/** A form's header row (0-based): the row starting with STT (No. in English). */
const headerRowOf = (form: SheetInput): number =>
  form.values.findIndex((row) => row[0] === "STT" || row[0] === "No.");

/** The form's row (0-based) of a criterion key: the form lists every criterion in table order. */
export const formRow = (form: SheetInput, key: string): number =>
  headerRowOf(form) + 1 + SAMPLE_KEYS.indexOf(key);

/** The form's column (0-based) headed `label` (`Điểm tự chấm`, `Điểm tối đa`, `Minh chứng`…). */
export const formCol = (form: SheetInput, label: string): number =>
  form.values[headerRowOf(form)]!.indexOf(label);

/** Types a value into a form's cell of a criterion, as a unit would. */
export function typeInto(form: SheetInput, key: string, label: string, value: CellValue): void {
  put(form.values, formRow(form, key), formCol(form, label), value);
}

/** The master after a plan, as a host would read it back: cells written, new sheets appended. */
export function applied(master: WorkbookInput, plan: MergePlan): WorkbookInput {
  const sheets = master.sheets.map((s) => ({ name: s.name, values: s.values.map((row) => [...row]) }));
  for (const write of plan.writes) {
    const { row, col } = parseA1(write.cell)!;
    put(sheets.find((s) => s.name === write.sheet)!.values, row, col, write.value);
  }
  return { sheets: [...sheets, ...plan.sheets.map(layoutSheet)] };
}
