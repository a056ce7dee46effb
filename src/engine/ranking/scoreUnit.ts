import { topmost, type Criterion, type CriteriaTable } from "../criteria/criterion";
import { hasNormalPoints } from "../criteria/resolveMaxima";
import { issue, type Issue } from "../issues";
import type { UnitScores } from "../scores/unitScores";
import type { Settings } from "../settings/settings";
import { dec, roundHalfUp, sum, toNumber, ZERO, type Decimal } from "../decimal";
import { leafScore, selfLeafScore } from "./leafScore";

/** A unit's scores after the rules of DESIGN §4. Totals are rounded half-up to the Decimals setting. */
export interface UnitResult {
  unit: string;
  /** Every criterion's final score, clamped to its maximum, by key. */
  scores: Map<string, Decimal>;
  /** Top-level groups with normal points, in table order. */
  groups: { key: string; score: Decimal }[];
  /** The normal part: raw sum, or the weighted sum scaled to the Scale setting. */
  normal: Decimal;
  bonus: Decimal;
  /** Points deducted (positive). */
  penalty: Decimal;
  total: Decimal;
  /** The same computation on self scores only; null when the unit scored nothing itself. */
  selfTotal: Decimal | null;
}

type Pick = (leaf: Criterion) => Decimal | null;
type Report = (node: Criterion, score: Decimal) => void;

// The parts of a table that totals are made of, worked out once per table: every unit needs them twice.
const partsCache = new WeakMap<
  CriteriaTable,
  { scored: Criterion[]; bonus: Criterion[]; penalty: Criterion[] }
>();
function partsOf(table: CriteriaTable) {
  let parts = partsCache.get(table);
  if (!parts) {
    parts = {
      scored: table.roots.filter(hasNormalPoints),
      bonus: topmost(table.roots, "bonus"),
      penalty: topmost(table.roots, "penalty"),
    };
    partsCache.set(table, parts);
  }
  return parts;
}

// Scores every node bottom-up; a parent is the sum of its children of its own kind, never above its max.
function scoreTree(table: CriteriaTable, pick: Pick, onClamp: Report | null): Map<string, Decimal> {
  const scores = new Map<string, Decimal>();
  const visit = (node: Criterion): Decimal => {
    let score = node.children.length === 0 ? (pick(node) ?? ZERO) : ZERO;
    for (const child of node.children) {
      const childScore = visit(child);
      if (node.kind !== "normal" || child.kind === "normal") score = score.plus(childScore);
    }
    if (node.max !== null && score.gt(dec(node.max))) {
      if (node.children.length > 0) onClamp?.(node, score);
      score = dec(node.max);
    }
    scores.set(node.key, score);
    return score;
  };
  table.roots.forEach(visit);
  return scores;
}

function totals(table: CriteriaTable, scores: Map<string, Decimal>, settings: Settings) {
  const scoreOf = (node: Criterion): Decimal => scores.get(node.key) ?? ZERO;
  const { scored, bonus: bonusNodes, penalty: penaltyNodes } = partsOf(table);
  let normal = sum(scored.map(scoreOf));
  if (table.weighted) {
    const terms = scored.filter((root) => (root.max ?? 0) > 0 && root.weight !== null);
    const weights = sum(terms.map((root) => dec(root.weight ?? 0)));
    const weightedSum = sum(
      terms.map((root) =>
        dec(root.weight ?? 0)
          .times(scoreOf(root))
          .div(root.max ?? 1),
      ),
    );
    normal = weights.gt(0) ? weightedSum.times(settings.scale).div(weights) : ZERO;
  }
  const bonus = sum(bonusNodes.map(scoreOf));
  const penalty = sum(penaltyNodes.map(scoreOf));
  const total = roundHalfUp(normal.plus(bonus).minus(penalty), settings.decimals);
  return {
    groups: scored.map((root) => ({ key: root.key, score: scoreOf(root) })),
    normal,
    bonus,
    penalty,
    total,
  };
}

/**
 * Scores one unit against the criteria table: leaf scores by the score source and cross-score settings,
 * sums up the hierarchy with clamping, the raw or weighted total, bonus and deductions, and the self total.
 * Missing scores, clamps and a large self-versus-final gap come back as issues.
 */
export function scoreUnit(
  table: CriteriaTable,
  unit: UnitScores,
  settings: Settings,
): { result: UnitResult; issues: Issue[] } {
  const issues: Issue[] = [];
  const home = unit.sources[0]?.sheet ?? table.sheet;
  const pick: Pick = (leaf) => {
    const { value, at } = leafScore(leaf, unit, settings);
    if (value !== null) return value;
    // A blank bonus or deduction cell means nothing added or deducted: that is how secretaries leave it
    // (DESIGN §2.1). Unreadable text there is already an error of its own.
    if (leaf.kind !== "normal") return ZERO;
    const severity = settings.missingScore === "zero" ? "warning" : "error";
    issues.push(
      issue({
        code: "score-missing",
        severity,
        sheet: at?.sheet ?? home,
        cell: at?.cell ?? "",
        unit: unit.name,
        criterion: leaf.key,
      }),
    );
    return ZERO;
  };
  const onClamp: Report = (node, score) => {
    const code =
      node.kind === "bonus"
        ? "score-bonus-over-cap"
        : node.kind === "penalty"
          ? "score-penalty-over-cap"
          : "score-group-clamped";
    issues.push(
      issue({
        code,
        sheet: home,
        cell: "",
        unit: unit.name,
        criterion: node.key,
        details: { score: toNumber(score), max: node.max ?? 0 },
      }),
    );
  };
  const scores = scoreTree(table, pick, onClamp);
  const final = totals(table, scores, settings);

  const hasSelf = [...unit.self.values()].some((read) => read.value !== null);
  const selfTotal = hasSelf
    ? totals(
        table,
        scoreTree(table, (leaf) => selfLeafScore(leaf, unit), null),
        settings,
      ).total
    : null;
  if (selfTotal !== null && selfTotal.minus(final.total).abs().gt(settings.reviewGap)) {
    const details = {
      self: toNumber(selfTotal),
      final: toNumber(final.total),
      gap: toNumber(selfTotal.minus(final.total).abs()),
      threshold: settings.reviewGap,
    };
    issues.push(issue({ code: "score-review-gap", sheet: home, cell: "", unit: unit.name, details }));
  }
  return { result: { unit: unit.name, scores, ...final, selfTotal }, issues };
}
