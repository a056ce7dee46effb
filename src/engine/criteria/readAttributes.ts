import { issue, type Issue } from "../issues";
import { normalizeLabel } from "../read/normalizeLabel";
import { readNumber } from "../read/readNumber";
import type { CellValue } from "../workbook";
import type { CriterionKind } from "./criterion";
import { rateInMax, rateInText, type RateRead } from "./parseRate";
import type { Placed } from "./placeRows";

const KIND_WORDS: Record<string, CriterionKind> = {
  "": "normal",
  "binh thuong": "normal",
  "co ban": "normal",
  chuan: "normal",
  "diem chuan": "normal",
  normal: "normal",
  thuong: "bonus",
  "diem thuong": "bonus",
  cong: "bonus",
  "diem cong": "bonus",
  bonus: "bonus",
  plus: "bonus",
  tru: "penalty",
  "diem tru": "penalty",
  penalty: "penalty",
  deduction: "penalty",
  minus: "penalty",
};

const YES = new Set(["x", "co", "yes", "y", "true", "1", "bat buoc", "required"]);
const NO = new Set(["khong", "no", "n", "false", "0"]);

function readFlag(value: CellValue): boolean | null {
  if (typeof value === "boolean") return value;
  const raw = String(value).trim();
  if (raw === "" || raw === "-") return false;
  if (/^[✓✔☑]$/u.test(raw)) return true;
  const folded = normalizeLabel(raw);
  return YES.has(folded) ? true : NO.has(folded) ? false : null;
}

/** Explicit kinds from the kind column; null where the column is blank or absent. */
export type ExplicitKinds = Map<Placed, CriterionKind>;

/**
 * Reads each placed row's own cells: typed maximum (raw, sign kept for the kind rules), weight, evidence
 * flag and explicit kind. Unreadable cells are reported where they are.
 */
export function readAttributes(
  placed: readonly Placed[],
  sheet: string,
): { rawMax: Map<Placed, number>; kinds: ExplicitKinds; issues: Issue[] } {
  const issues: Issue[] = [];
  const rawMax = new Map<Placed, number>();
  const kinds: ExplicitKinds = new Map();
  for (const entry of placed) {
    const { node, source } = entry;
    const at = { sheet, criterion: node.key };
    const max = readNumber(source.max);
    // A rate typed in the max cell ("0,5đ/lần") or written in the text ("trừ 1 điểm/lần, tối đa 3 điểm"):
    // the cap is the typed max, else the one in words, else (resolveMaxima) the nearest capped parent's.
    let rate: RateRead | null = max.kind === "invalid" ? rateInMax(String(source.max)) : null;
    rate ??= rateInText(node.name);
    if (rate) {
      node.rate = rate.rate;
      if (max.kind !== "number" && rate.cap !== null) rawMax.set(entry, rate.cap);
    }
    if (max.kind === "number") {
      rawMax.set(entry, max.value);
      if (max.fromText)
        issues.push(
          issue({
            code: "number-as-text",
            ...at,
            cell: source.cells.max,
            value: String(source.max),
            details: { read: max.value },
          }),
        );
    } else if (max.kind === "invalid" && !rate) {
      issues.push(issue({ code: "criteria-max-invalid", ...at, cell: source.cells.max, value: max.text }));
    }

    const weightText = String(source.weight).trim();
    const weight = readNumber(weightText.endsWith("%") ? weightText.slice(0, -1) : source.weight);
    if (weight.kind === "number" && weight.value >= 0) node.weight = weight.value;
    else if (weight.kind !== "empty")
      issues.push(
        issue({ code: "criteria-weight-invalid", ...at, cell: source.cells.weight, value: weightText }),
      );

    const flag = readFlag(source.evidenceRequired);
    node.evidenceRequired = flag ?? true;
    if (flag === null)
      issues.push(
        issue({
          code: "criteria-evidence-flag-unknown",
          ...at,
          cell: source.cells.evidenceRequired,
          value: String(source.evidenceRequired),
        }),
      );

    const kindText = String(source.kind).trim();
    if (kindText === "") continue;
    const kind =
      kindText === "+" ? "bonus" : kindText === "-" ? "penalty" : KIND_WORDS[normalizeLabel(kindText)];
    if (kind) kinds.set(entry, kind);
    else
      issues.push(issue({ code: "criteria-kind-unknown", ...at, cell: source.cells.kind, value: kindText }));
  }
  // A rate written on a parent ("III. Điểm trừ: 1 điểm/lần") applies to its leaves that state none.
  const byKey = new Map(placed.map(({ node }) => [node.key, node]));
  for (const { node } of placed) {
    const parent = node.parentKey === null ? undefined : byKey.get(node.parentKey);
    if (node.rate === null && node.children.length === 0 && parent?.rate != null) node.rate = parent.rate;
  }
  return { rawMax, kinds, issues };
}
