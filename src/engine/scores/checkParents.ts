import { isLeaf, type Criterion } from "../criteria/criterion";
import { issue, type Issue } from "../issues";
import { isBlankRead, round6 } from "./readScoreCell";
import type { ScoreRead } from "./unitScores";

function leavesOf(node: Criterion): Criterion[] {
  return isLeaf(node) ? [node] : node.children.flatMap(leavesOf);
}

// A deduction lowers a normal parent's sum whatever its typed sign; within a penalty parent, the points
// deducted add up (signs ignored on both sides).
function childrenSum(parent: Criterion, column: ReadonlyMap<string, ScoreRead>): number | null {
  let sum = 0;
  for (const leaf of leavesOf(parent)) {
    const read = column.get(leaf.key);
    if (!read || isBlankRead(read)) continue;
    if (read.value === null) return null;
    const deduction = leaf.kind === "penalty" && parent.kind !== "penalty";
    sum += parent.kind === "penalty" ? Math.abs(read.value) : deduction ? -Math.abs(read.value) : read.value;
  }
  return round6(sum);
}

// Excel's SUM skips a number typed as text (`9,5`), which the engine reads as a number: those are the cells
// a subtotal formula left out.
function textLeaves(parent: Criterion, column: ReadonlyMap<string, ScoreRead>): string[] {
  return leavesOf(parent)
    .map((leaf) => column.get(leaf.key))
    .filter((read): read is ScoreRead => read?.value != null && typeof read.raw === "string")
    .map((read) => read.cell);
}

/**
 * Checks scores on parent rows of one column against the sum of their leaves' scores in the same column
 * (empty leaves count 0). A parent's own score is otherwise ignored: parents are summed, not read. A parent
 * typed by hand that disagrees is an error; one whose cell holds a formula (`isFormula`, by A1 address) is a
 * subtotal Excel computed, and disagreeing is a warning naming the leaves typed as text, which its SUM skipped.
 */
export function checkParents(
  parents: ReadonlyMap<Criterion, ScoreRead>,
  column: ReadonlyMap<string, ScoreRead>,
  unit: string,
  isFormula: (cell: string) => boolean = () => false,
): Issue[] {
  const issues: Issue[] = [];
  for (const [parent, typed] of parents) {
    if (typed.value === null) continue;
    const sum = childrenSum(parent, column);
    const value = parent.kind === "penalty" ? Math.abs(typed.value) : typed.value;
    if (sum === null || round6(value) === sum) continue;
    const at = { sheet: typed.sheet, cell: typed.cell, unit, criterion: parent.key, value: typed.value };
    if (isFormula(typed.cell)) {
      const skipped = textLeaves(parent, column);
      const details = skipped.length > 0 ? { sum, textCells: skipped.join(", ") } : { sum };
      issues.push(issue({ code: "score-subtotal-formula", ...at, details }));
    } else {
      issues.push(issue({ code: "score-parent-mismatch", ...at, details: { sum } }));
    }
  }
  return issues;
}
