import { a1 } from "../address";
import type { HeaderInfo } from "../read/findHeader";
import type { ColumnRole } from "../read/headerRoles";
import { normalizeLabel } from "../read/normalizeLabel";
import { readNumber } from "../read/readNumber";
import { cellAt, type CellValue } from "../workbook";
import { SCORE_ROLES } from "./findScoreHeader";
import type { UnitNames } from "./unitNames";

/** What a unit's column on a score sheet holds. */
export type BlockField = "self" | "bloc" | "final" | "evidence" | "explanation" | "count";

/** The columns of one unit on a score sheet. */
export interface UnitBlock {
  /** The unit's name as written over its columns; null for the sheet's own unit (a per-unit form). */
  name: string | null;
  /** Where the name is written, or the header of the block's first column. */
  cell: string;
  columns: Record<BlockField, number[]>;
}

const FIELDS: ReadonlySet<ColumnRole> = new Set([
  "self",
  "bloc",
  "final",
  "evidence",
  "explanation",
  "count",
]);

// Group labels such as "Kết quả chấm điểm" over `Tự chấm | Khối chấm` describe the columns; they name no unit.
const GENERIC = /\b(diem|cham|ket qua|danh gia|tong hop|score|scores|points|results?)\b/;

/**
 * A plain unit column (a unit name over numbers, no sub-header) holds the bloc's review scores when the
 * title above the header or the sheet's name says khối chấm / thẩm định / review, the agreed final scores
 * when it says điểm chốt / final, and else the unit's self scores: a matrix of plain unit columns is what a
 * secretary compiles from the returned self-assessment forms.
 */
export function plainRole(values: CellValue[][], header: HeaderInfo, sheetName: string): BlockField {
  const title = [
    sheetName,
    ...values
      .slice(0, header.row)
      .flat()
      .filter((v) => typeof v === "string"),
  ]
    .map((v) => normalizeLabel(String(v)))
    .join(" | ");
  if (/\b(diem chot|diem cuoi|final)\b/.test(title)) return "final";
  if (/\b(khoi cham|cum cham|tham dinh|cham cheo|bloc score|review|reviewed)\b/.test(title)) return "bloc";
  return "self";
}

/**
 * Groups a score header's columns by unit: a unit name merged over `Tự chấm | Khối chấm`, unit names
 * under a merged `Tự chấm`, plain unit columns over numbers, and the sheet's own score columns. A unit's
 * repeated self or final column starts a new block (reported as a duplicate); repeated bloc columns are
 * the scorers of cross-scoring.
 */
export function scoreBlocks(
  values: CellValue[][],
  header: HeaderInfo,
  sheetName: string,
  names: UnitNames,
): UnitBlock[] {
  const blocks: UnitBlock[] = [];
  const labelRow = (col: number): number =>
    header.rows === 2 && String(cellAt(values, header.row + 1, col)).trim() !== ""
      ? header.row + 1
      : header.row;
  const groupCell = (col: number): string => {
    for (let c = col; c >= 0; c--) if (String(cellAt(values, header.row, c)).trim()) return a1(header.row, c);
    return a1(header.row, col);
  };
  const isUnitName = (label: string): boolean =>
    names.find(label) !== null || !GENERIC.test(normalizeLabel(label));
  const holdsNumbers = (col: number): boolean =>
    values.slice(header.dataRow).some((row) => readNumber(row[col] ?? "").kind === "number");
  // The latest block of each unit ("" for the sheet's own) takes the unit's next column.
  const latest = new Map<string, UnitBlock>();
  const add = (name: string | null, field: BlockField, col: number, cell: string): void => {
    const id = name === null ? "" : `=${normalizeLabel(name)}`;
    const open = latest.get(id);
    if (open && (field === "bloc" || open.columns[field].length === 0)) open.columns[field].push(col);
    else {
      const columns = { self: [], bloc: [], final: [], evidence: [], explanation: [], count: [] };
      const block: UnitBlock = { name, cell, columns: { ...columns, [field]: [col] } };
      blocks.push(block);
      latest.set(id, block);
    }
  };
  const plain = plainRole(values, header, sheetName);
  for (const column of header.columns) {
    const role = column.match?.role;
    if (role && FIELDS.has(role)) {
      const grouped = column.group !== "" && !column.groupMatch && isUnitName(column.group);
      const cell = grouped ? groupCell(column.col) : a1(labelRow(column.col), column.col);
      add(grouped ? column.group : null, role as BlockField, column.col, cell);
    } else if (!column.match && column.text !== "") {
      const cell = a1(labelRow(column.col), column.col);
      const over = column.groupMatch?.role;
      if (over && SCORE_ROLES.has(over)) add(column.text, over as BlockField, column.col, cell);
      else if (names.find(column.text) || (isUnitName(column.text) && holdsNumbers(column.col)))
        add(column.text, plain, column.col, cell);
    }
  }
  return blocks;
}

/** True when a block has a column of points (not only evidence or explanations). */
export function hasScores(block: UnitBlock): boolean {
  return block.columns.self.length + block.columns.bloc.length + block.columns.final.length > 0;
}
