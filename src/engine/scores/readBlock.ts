import { a1 } from "../address";
import { isLeaf, type Criterion } from "../criteria/criterion";
import { issue, type Issue } from "../issues";
import { cellAt, type CellValue } from "../workbook";
import { countedPoints } from "./countedPoints";
import { checkParents } from "./checkParents";
import { readScoreCell } from "./readScoreCell";
import type { BlockField, UnitBlock } from "./scoreBlocks";
import type { ScoreRow } from "./scoreRows";
import type { ScoreLayout, ScoreRead, TextRead, UnitScores } from "./unitScores";

/** One unit's scores as found in one block of one sheet, before units are merged. */
export interface FoundUnit extends Omit<UnitScores, "sources"> {
  /** The name as written on the sheet (`name` is the roster's spelling). */
  written: string;
  sheet: string;
  layout: ScoreLayout;
  /** Where the unit is named, for unit issues. */
  cell: string;
  /** False when every cell of the block is empty: an unfilled form names no unit. */
  filled: boolean;
  /** The block's columns (0-based), so that a merge can write into the unit's empty cells. */
  columns: Record<BlockField, number[]>;
}

type Leaves = Map<string, ScoreRead>;

/**
 * Reads one unit's block of columns over the rows that match criteria; `isFormula` says which cells (by A1
 * address) hold a formula, so that a subtotal Excel computed is told from one typed by hand.
 */
export function readBlock(
  values: CellValue[][],
  rows: readonly ScoreRow[],
  block: UnitBlock,
  found: FoundUnit,
  isFormula: (cell: string) => boolean = () => false,
): Issue[] {
  const issues: Issue[] = [];
  const { sheet, name: unit } = found;
  const known = rows.filter((row): row is ScoreRow & { criterion: Criterion } => row.criterion !== null);
  const readColumn = (col: number, store: (key: string, read: ScoreRead) => void): Leaves => {
    const leaves: Leaves = new Map();
    const parents = new Map<Criterion, ScoreRead>();
    for (const { row, criterion } of known) {
      const at = { sheet, cell: a1(row, col), unit, criterion };
      const read = readScoreCell(cellAt(values, row, col), at, issues);
      if (!read) {
        // An empty leaf cell is kept (value null) so that a missing score points at its cell.
        if (isLeaf(criterion) && !leaves.has(criterion.key)) {
          const blank = { value: null, raw: "", sheet, cell: at.cell };
          leaves.set(criterion.key, blank);
          store(criterion.key, blank);
        }
        continue;
      }
      found.filled = true;
      if (!isLeaf(criterion)) parents.set(criterion, read);
      else if (!leaves.has(criterion.key)) {
        leaves.set(criterion.key, read);
        store(criterion.key, read);
      }
    }
    issues.push(...checkParents(parents, leaves, unit, isFormula));
    return leaves;
  };
  const { columns } = block;
  for (const col of columns.self.slice(0, 1)) readColumn(col, (key, read) => found.self.set(key, read));
  for (const col of columns.count.slice(0, 1)) {
    for (const { row, criterion } of known) {
      const at = { sheet, cell: a1(row, col), unit, criterion };
      const read = countedPoints(cellAt(values, row, col), at, found.self.get(criterion.key), issues);
      if (!read) continue;
      found.filled = true;
      found.self.set(criterion.key, read);
    }
  }
  for (const col of columns.final.slice(0, 1)) readColumn(col, (key, read) => found.final.set(key, read));
  for (const col of columns.bloc) {
    readColumn(col, (key, read) => found.bloc.set(key, [...(found.bloc.get(key) ?? []), read]));
  }
  const readText = (cols: number[], into: Map<string, TextRead>): void => {
    for (const col of cols.slice(0, 1)) {
      for (const { row, criterion } of known) {
        const text = String(cellAt(values, row, col)).trim();
        if (!text || into.has(criterion.key)) continue;
        found.filled = true;
        into.set(criterion.key, { text, sheet, cell: a1(row, col) });
      }
    }
  };
  readText(columns.evidence, found.evidence);
  readText(columns.explanation, found.explanation);
  const evidenceCol = columns.evidence[0];
  if (evidenceCol !== undefined) {
    for (const { row, criterion } of known) {
      const self = found.self.get(criterion.key);
      if (!criterion.evidenceRequired || !self || (self.value ?? 0) <= 0 || found.evidence.has(criterion.key))
        continue;
      const cell = a1(row, evidenceCol);
      issues.push(issue({ code: "score-evidence-missing", sheet, cell, unit, criterion: criterion.key }));
    }
  }
  return issues;
}
