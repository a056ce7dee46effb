// The workbooks the browser tests open, by name. Shared by the Office stub (bundled into the page, so no
// Node and no DOM here) and the Jest side, which evaluates the same workbook to know what to expect.
import { parseA1 } from "../../src/engine/address";
import { evaluateBloc } from "../../src/engine/evaluateBloc";
import type { OutputKind } from "../../src/engine/layout/sheetLayout";
import type { ScoreRead } from "../../src/engine/scores/unitScores";
import type { CellValue, WorkbookInput } from "../../src/engine/workbook";
import { SAMPLES } from "../../src/samples";
import { freshMaster } from "../excel/freshMaster";

export const FIXTURE_NAMES = [
  "empty",
  "sample",
  "perUnit",
  "cross",
  "errors",
  "celledit",
  "protected",
  "fresh",
] as const;
export type FixtureName = (typeof FIXTURE_NAMES)[number];

/** The output sheets a rank run writes (Vietnamese, the settings' default language), by kind. */
export const OUTPUT_SHEETS = {
  ranking: "Xếp hạng",
  details: "Chi tiết điểm",
  proposals: "Đề nghị khen thưởng",
  dataCheck: "Kiểm tra dữ liệu",
} as const;

/** A cell of the workbook, as issues name it. */
export interface CellRef {
  sheet: string;
  cell: string;
}

export interface Fixture {
  workbook: WorkbookInput;
  /** The Excel the add-in meets (FakeExcel options). */
  host: { cellEditMode?: boolean; excelApi?: string };
  /**
   * Outputs of an earlier rank run that the user then protected: the stub runs that rank and protects
   * these sheets before Office is ready, so the add-in meets them as it would in a real workbook.
   */
  protectedOutputs: OutputKind[];
}

function sample(id: string): WorkbookInput {
  const found = SAMPLES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no sample ${id}`);
  return found.build();
}

/** The sample bloc a fresh sample-based fixture starts from (also the pane's default choice). */
export const SAMPLE_ID = "khoi-co-quan-dang";

function setCell(workbook: WorkbookInput, at: CellRef, value: CellValue): WorkbookInput {
  const position = parseA1(at.cell);
  if (!position) throw new Error(`not an A1 cell: ${at.cell}`);
  return {
    sheets: workbook.sheets.map((sheet) => {
      if (sheet.name !== at.sheet) return sheet;
      const values = sheet.values.map((row) => [...row]);
      const row = values[position.row];
      if (!row) throw new Error(`${at.sheet}!${at.cell} is outside the sheet`);
      row[position.col] = value;
      return { ...sheet, values };
    }),
  };
}

/** A unit's score for the first criterion without sub-criteria: changing it cannot hide behind a parent sum. */
function firstLeaf(reads: Map<string, ScoreRead | ScoreRead[]>): ScoreRead | undefined {
  const keys = [...reads.keys()];
  const leaf = keys.find((key) => !keys.some((other) => other.startsWith(`${key}.`)));
  const found = leaf === undefined ? undefined : reads.get(leaf);
  return Array.isArray(found) ? found[0] : found;
}

/**
 * The two score cells the `errors` fixture spoils, found by running the engine on the clean sample rather than
 * by hard-coded addresses: the top unit's bloc score for a leaf criterion becomes text (an error), and the
 * last unit's self score for a leaf is emptied (its parents no longer add up: errors; self and bloc scores
 * now differ: a warning), so the issue list holds more than one severity.
 */
export function spoiledCells(): { text: CellRef; emptied: CellRef } {
  const result = evaluateBloc(sample(SAMPLE_ID), { year: new Date().getFullYear() });
  const unitNamed = (name: string | undefined) => result.units.find((unit) => unit.name === name);
  const text = firstLeaf(unitNamed(result.ranking[0]?.result.unit)?.bloc ?? new Map());
  const emptied = firstLeaf(unitNamed(result.ranking.at(-1)?.result.unit)?.self ?? new Map());
  if (!text || !emptied) throw new Error("the sample has no leaf scores for its first and last units");
  return {
    text: { sheet: text.sheet, cell: text.cell },
    emptied: { sheet: emptied.sheet, cell: emptied.cell },
  };
}

function errorsWorkbook(): WorkbookInput {
  const { text, emptied } = spoiledCells();
  return setCell(setCell(sample(SAMPLE_ID), text, "tám"), emptied, "");
}

export function fixture(name: string): Fixture {
  const plain = (workbook: WorkbookInput): Fixture => ({ workbook, host: {}, protectedOutputs: [] });
  switch (name as FixtureName) {
    case "empty":
      // A new Excel workbook is never sheetless: it opens on one blank Sheet1.
      return plain({ sheets: [{ name: "Sheet1", values: [] }] });
    case "sample":
      return plain(sample(SAMPLE_ID));
    case "perUnit":
      return plain(sample("khoi-hoi-dac-thu"));
    case "cross":
      return plain(sample("khoi-co-quan-trung-uong"));
    case "errors":
      return plain(errorsWorkbook());
    case "celledit":
      return { ...plain(sample(SAMPLE_ID)), host: { cellEditMode: true } };
    case "protected":
      return { ...plain(sample(SAMPLE_ID)), protectedOutputs: ["ranking"] };
    case "fresh":
      // A new year's master (criteria, roster, settings, no scores) in an Excel with data validation.
      return { ...plain(freshMaster()), host: { excelApi: "1.8" } };
    default:
      throw new Error(`unknown fixture "${name}"; known: ${FIXTURE_NAMES.join(", ")}`);
  }
}

/** The workbook a fixture opens with. */
export function fixtureWorkbook(name: string): WorkbookInput {
  return fixture(name).workbook;
}
