import { issue, type Issue } from "../issues";
import type { Criterion } from "./criterion";
import { parseCode } from "./parseCode";
import type { CriteriaRow } from "./readRows";

/**
 * The deepest level a criterion is placed at (DESIGN §9), a group being level 1: no template goes past four or
 * five, and every walk over the tree (sums, kinds, layouts, forms) may then recurse without a care for the stack.
 */
export const MAX_CRITERIA_DEPTH = 10;

/** A placed criterion with the row it came from, for the checks that follow. */
export interface Placed {
  node: Criterion;
  source: CriteriaRow;
}

function newNode(
  source: CriteriaRow,
  key: string,
  level: Criterion["level"],
  parent: Criterion | null,
): Criterion {
  return {
    key,
    code: source.code,
    level,
    name: source.name,
    max: null,
    maxSource: "none",
    rate: null,
    weight: null,
    kind: "normal",
    evidenceRequired: false,
    row: source.row,
    parentKey: parent?.key ?? null,
    children: [],
  };
}

// Excel turns a code typed as 1.10 into the number 1.1. After 1.9 (or 1.19), a numeric 1.1 (or 1.2) is
// taken as 1.10 (1.20), with a note suggesting the code column be formatted as text.
function widenNumericCode(path: number[], previous: Criterion | undefined): number[] | null {
  const last = path[path.length - 1] ?? 0;
  const prevLast = Number(previous?.key.split(".").pop());
  return Number.isInteger(prevLast) && prevLast + 1 === last * 10 ? [...path.slice(0, -1), last * 10] : null;
}

/**
 * Places rows in the hierarchy their codes describe: Roman numerals (or A, B, …) are groups, `1`, `1.2`,
 * `1.2.3` criteria under the current group, letters sub-items of the last criterion. Numbering restarts
 * under each group. Rows that fit nowhere are reported and attached where they least distort the sums.
 */
export function placeRows(
  rows: readonly CriteriaRow[],
  sheet: string,
): { placed: Placed[]; roots: Criterion[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const roots: Criterion[] = [];
  const placed: Placed[] = [];
  const byKey = new Map<string, Criterion>();
  let group: Criterion | null = null;
  let lastCriterion: Criterion | null = null;
  // The level of the last numbered criterion (placed or too deep), or of the group: where a sub-item goes.
  let lastDepth = 0;
  const tooDeep = (source: CriteriaRow, depth: number): void => {
    issues.push(
      issue({
        code: "criteria-too-deep",
        sheet,
        cell: source.cells.code,
        value: source.code,
        details: { depth, limit: MAX_CRITERIA_DEPTH },
      }),
    );
  };
  const report = (code: Issue["code"], source: CriteriaRow): void => {
    issues.push(
      issue({
        code,
        sheet,
        cell: source.cells.code,
        criterion: source.code || undefined,
        value: source.code || source.name,
      }),
    );
  };
  const attach = (node: Criterion, parent: Criterion | null, source: CriteriaRow): void => {
    if (byKey.has(node.key)) {
      report("criteria-code-duplicate", source);
      node.key = `${node.key}@${source.row + 1}`;
    }
    node.parentKey = parent?.key ?? null;
    (parent ? parent.children : roots).push(node);
    byKey.set(node.key, node);
    placed.push({ node, source });
  };

  for (const source of rows) {
    if (source.code === "") {
      report("criteria-code-missing", source);
      continue;
    }
    const shape = parseCode(source.code);
    // Bulleted lines ("- …", "+ …") describe the criterion above; with points they cannot be placed.
    if (shape.level === "bullet" && String(source.max).trim() === "") continue;
    if (shape.level === "unrecognized" || shape.level === "bullet") {
      report("criteria-code-unrecognized", source);
      continue;
    }
    if (shape.level === "group") {
      group = newNode(source, shape.label, "group", null);
      lastCriterion = null;
      lastDepth = 1;
      attach(group, null, source);
      continue;
    }
    const prefix = group ? `${group.key}.` : "";
    if (shape.level === "criterion") {
      let path = shape.path;
      // Not placed, and neither is anything under it: the tree never grows past the limit.
      const depth = (group ? 1 : 0) + path.length;
      if (depth > MAX_CRITERIA_DEPTH) {
        tooDeep(source, depth);
        lastCriterion = null;
        lastDepth = depth;
        continue;
      }
      if (source.numericCode && byKey.has(prefix + path.join("."))) {
        const widened = widenNumericCode(path, lastCriterion ?? undefined);
        if (widened && !byKey.has(prefix + widened.join("."))) {
          issues.push(
            issue({
              code: "criteria-code-numeric",
              sheet,
              cell: source.cells.code,
              criterion: widened.join("."),
              value: source.code,
            }),
          );
          path = widened;
          source.code = widened.join(".");
        }
      }
      const parentKey = path.length > 1 ? prefix + path.slice(0, -1).join(".") : null;
      let parent = parentKey ? (byKey.get(parentKey) ?? null) : group;
      if (parentKey && !parent) {
        report("criteria-code-orphan", source);
        parent = group;
      }
      const node = newNode(source, prefix + path.join("."), "criterion", parent);
      node.code = source.code;
      attach(node, parent, source);
      lastCriterion = node;
      lastDepth = depth;
      continue;
    }
    if (lastDepth + 1 > MAX_CRITERIA_DEPTH) {
      tooDeep(source, lastDepth + 1);
      continue;
    }
    // A sub-item belongs to the last numbered criterion; without one it is reported and kept in the group.
    if (!lastCriterion) report("criteria-code-orphan", source);
    const parent = lastCriterion ?? group;
    attach(
      newNode(source, parent ? `${parent.key}.${shape.letter}` : shape.letter, "item", parent),
      parent,
      source,
    );
  }
  return { placed, roots, issues };
}
