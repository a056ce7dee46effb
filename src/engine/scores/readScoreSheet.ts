import { compareCells } from "../address";
import type { Criterion } from "../criteria/criterion";
import { issue, type Issue } from "../issues";
import { cellAt, formulaCells, type SheetInput } from "../workbook";
import { findScoreHeader } from "./findScoreHeader";
import { readBlock, type FoundUnit } from "./readBlock";
import { hasScores, scoreBlocks, type UnitBlock } from "./scoreBlocks";
import { scoreRows, type ScoreRow } from "./scoreRows";
import { findSheetUnit } from "./sheetUnit";
import type { UnitNames } from "./unitNames";

// Only rows that carry points need a criterion: an extra heading or description row loses nothing.
function unknownRows(sheet: SheetInput, rows: readonly ScoreRow[], blocks: readonly UnitBlock[]): Issue[] {
  const cols = blocks.flatMap((block) => [
    ...block.columns.self,
    ...block.columns.bloc,
    ...block.columns.final,
  ]);
  return rows
    .filter((row) => row.criterion === null)
    .filter((row) => cols.some((col) => String(cellAt(sheet.values, row.row, col)).trim() !== ""))
    .map((row) =>
      issue({
        code: "score-criterion-unknown",
        sheet: sheet.name,
        cell: row.codeCell,
        criterion: row.key ?? row.code,
        value: row.code,
      }),
    );
}

/**
 * Reads every unit's scores on one sheet: a matrix (one block per unit), a per-unit form (the sheet's own
 * unit, named above the header or by the sheet's name) or both. Null when the sheet holds no score columns.
 */
export function readScoreSheet(
  sheet: SheetInput,
  criteria: ReadonlyMap<string, Criterion>,
  names: UnitNames,
): { found: FoundUnit[]; issues: Issue[] } | null {
  const header = findScoreHeader(sheet.values);
  if (!header) return null;
  const blocks = scoreBlocks(sheet.values, header, sheet.name, names).filter(hasScores);
  if (blocks.length === 0) return null;
  const rows = scoreRows(sheet.values, header, sheet.name, criteria);
  const issues = unknownRows(sheet, rows, blocks);
  const labelled = findSheetUnit(sheet.values, header.row);
  const found: FoundUnit[] = [];
  for (const block of blocks) {
    const own = block.name === null;
    const written = own ? (labelled?.name ?? sheet.name) : (block.name ?? "");
    const unit = names.resolve(written);
    const cross = block.columns.bloc.length > 1;
    const entry: FoundUnit = {
      name: unit.name,
      written,
      sheet: sheet.name,
      layout: cross ? "cross" : own ? "perUnit" : "matrix",
      cell: own ? (labelled?.cell ?? block.cell) : block.cell,
      filled: false,
      columns: block.columns,
      self: new Map(),
      bloc: new Map(),
      final: new Map(),
      evidence: new Map(),
      explanation: new Map(),
    };
    issues.push(...readBlock(sheet.values, rows, block, entry, formulaCells(sheet)));
    found.push(entry);
  }
  return { found, issues: issues.sort((a, b) => compareCells(a.cell, b.cell)) };
}
