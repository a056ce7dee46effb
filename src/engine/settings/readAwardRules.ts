import { a1 } from "../address";
import { issue, type Issue } from "../issues";
import { readNumber, type NumberRead } from "../read/readNumber";
import { cellAt, isBlank, type CellValue } from "../workbook";
import { AWARD_RULE_COLUMNS, matchAwardRuleColumn, type AwardRuleColumn } from "./awardRuleColumns";
import { matchClassification } from "./classificationNames";
import type { AwardRule } from "./settings";

/** The header row of the award-rules table and the column of each field it names (0-based). */
export interface RulesHeader {
  row: number;
  columns: Partial<Record<AwardRuleColumn, number>>;
}

/** Finds the rules table's header: a row naming the award column and at least one condition column. */
export function findRulesHeader(values: CellValue[][]): RulesHeader | null {
  for (let r = 0; r < values.length; r++) {
    const columns: Partial<Record<AwardRuleColumn, number>> = {};
    (values[r] ?? []).forEach((value, c) => {
      const column = typeof value === "string" ? matchAwardRuleColumn(value) : null;
      if (column && columns[column] === undefined) columns[column] = c;
    });
    if (columns.award !== undefined && Object.keys(columns).length >= 2) return { row: r, columns };
  }
  return null;
}

// A percentage cell: `70`, `70%` typed as text, or a percent-formatted cell that Excel hands over as 0.7.
// A plain number up to 1 is a fraction; a rule asking for at most 1% is not a thing blocs write.
function readPercent(value: CellValue): NumberRead {
  const text = typeof value === "string" ? value.trim() : "";
  const explicit = text.endsWith("%");
  const read = readNumber(explicit ? text.slice(0, -1) : value);
  if (read.kind !== "number" || explicit || read.value <= 0 || read.value > 1) return read;
  return { ...read, value: Number((read.value * 100).toPrecision(12)) };
}

type CellRead = { ok: true; value: AwardRule[AwardRuleColumn]; fromText: boolean } | { ok: false };

function readCell(column: Exclude<AwardRuleColumn, "award">, value: CellValue): CellRead {
  if (column === "minClassification") {
    const classification = typeof value === "string" ? matchClassification(value) : null;
    return classification ? { ok: true, value: classification, fromText: false } : { ok: false };
  }
  const read = column === "count" || column === "minScore" ? readNumber(value) : readPercent(value);
  if (read.kind !== "number" || read.value < 0) return { ok: false };
  if (column === "count" && !Number.isInteger(read.value)) return { ok: false };
  if (column !== "count" && column !== "minScore" && read.value > 100) return { ok: false };
  return { ok: true, value: read.value, fromText: read.fromText };
}

const typed = (value: CellValue): CellValue => (typeof value === "string" ? value.trim() : value);

/**
 * Reads the rows under the rules header, in table order, up to the first blank row. A blank cell or a
 * missing column is no condition (null); an unreadable cell is reported and counts as no condition.
 */
export function readAwardRules(
  values: CellValue[][],
  header: RulesHeader,
  sheet: string,
): { rules: AwardRule[]; issues: Issue[] } {
  const rules: AwardRule[] = [];
  const issues: Issue[] = [];
  const awardCol = header.columns.award ?? 0;
  let started = false;
  for (let r = header.row + 1; r < values.length; r++) {
    if ((values[r] ?? []).every(isBlank)) {
      if (started) break;
      continue;
    }
    started = true;
    const award = String(typed(cellAt(values, r, awardCol)));
    const rule: AwardRule = {
      award,
      count: null,
      maxSharePercent: null,
      minScore: null,
      minClassification: null,
      minVoteSharePercent: null,
      sheet,
      row: r,
    };
    let filled = false;
    for (const column of AWARD_RULE_COLUMNS) {
      const col = header.columns[column];
      if (column === "award" || col === undefined) continue;
      const value = cellAt(values, r, col);
      if (isBlank(value)) continue;
      filled = true;
      const read = readCell(column, value);
      const at = { sheet, cell: a1(r, col), value: typed(value) };
      if (!read.ok) {
        issues.push(issue({ code: "settings-rule-invalid", ...at, details: { column, award } }));
        continue;
      }
      Object.assign(rule, { [column]: read.value });
      if (read.fromText)
        issues.push(issue({ code: "number-as-text", ...at, details: { read: Number(read.value) } }));
    }
    if (award !== "") rules.push(rule);
    else if (filled)
      issues.push(
        issue({
          code: "settings-rule-invalid",
          sheet,
          cell: a1(r, awardCol),
          value: "",
          details: { column: "award" },
        }),
      );
  }
  return { rules, issues };
}
