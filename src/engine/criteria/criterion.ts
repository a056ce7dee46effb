import type { HeaderInfo } from "../read/findHeader";

/** How a criterion's points count towards the total (DESIGN §2.1, §4). */
export type CriterionKind = "normal" | "bonus" | "penalty";

/** A row of the criteria table placed in the hierarchy. */
export interface Criterion {
  /**
   * Position in the hierarchy, the same on every sheet that copies the table: `II`, `II.1`, `II.1.2`,
   * `II.1.a`. Scores are matched to criteria by this key, never by row number.
   */
  key: string;
  /** The code as typed, trimmed (`1.2`, `a)`). */
  code: string;
  level: "group" | "criterion" | "item";
  name: string;
  /**
   * Maximum points; for a penalty, the most that can be deducted (always positive). A parent without a
   * typed maximum takes its children's sum. Null only for a leaf whose maximum is missing or unreadable.
   */
  max: number | null;
  /** Typed (or a cap written in words), the children's sum, the nearest capped parent's (a rate), none. */
  maxSource: "typed" | "children" | "parent" | "none";
  /**
   * Points per occurrence (`0,5đ/lần`, `trừ 1 điểm/lần`: DESIGN §2.1), or null. The score cell holds the
   * points, which should be a multiple of the rate, capped by the max.
   */
  rate: number | null;
  /** Relative weight of a top-level group in weighted mode; null when none is given. */
  weight: number | null;
  kind: CriterionKind;
  evidenceRequired: boolean;
  /** 0-based row in the criteria sheet. */
  row: number;
  parentKey: string | null;
  children: Criterion[];
}

/** The criteria table of a workbook. */
export interface CriteriaTable {
  sheet: string;
  header: HeaderInfo;
  /** Top-level criteria (groups, or criteria when the table has no groups), in table order. */
  roots: Criterion[];
  /** Every criterion in table order. */
  all: Criterion[];
  /** True when top-level normal groups carry weights (DESIGN §4). */
  weighted: boolean;
  /** Sum of the maxima of the top-level normal criteria: a perfect score in raw mode. */
  normalMax: number;
  bonusMax: number;
  penaltyMax: number;
}

/** Leaves are the criteria that receive scores. */
export function isLeaf(criterion: Criterion): boolean {
  return criterion.children.length === 0;
}

/** The topmost criteria of a kind: the bonus (or penalty) nodes whose maxima cap the items under them. */
export function topmost(nodes: readonly Criterion[], kind: CriterionKind): Criterion[] {
  return nodes.flatMap((node) => (node.kind === kind ? [node] : topmost(node.children, kind)));
}
