// The shapes Office.js accepts for a data validation rule, alert and prompt (ExcelApi 1.8), checked as strictly
// as Excel does: an unknown key, operator or style, a missing bound or a text over Excel's limits is refused.
import { FakeExcelError } from "./FakeExcelError";
import type { ValidationState } from "./SheetModel";

const RULE_TYPES: Record<string, string> = {
  decimal: "Decimal",
  wholeNumber: "WholeNumber",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  list: "List",
  custom: "Custom",
};
/** The rules the fake can hold: the basic ones (a number or a length against bounds). */
const BASIC = new Set(["decimal", "wholeNumber", "textLength"]);
const BINARY = [
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];
const TERNARY = ["Between", "NotBetween"];
const STYLES = ["Stop", "Warning", "Information"];
// Excel's own limits in its Data Validation dialog: a title of 32 characters, an error message of 225 and an
// input message of 255.
const TITLE_MAX = 32;
const ERROR_MAX = 225;
const PROMPT_MAX = 255;

const refuse = (why: string): never => {
  throw new FakeExcelError("InvalidArgument", why);
};

function plain(value: unknown, what: string, keys: string[]): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    refuse(`${what} must be an object.`);
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!keys.includes(key)) refuse(`${what} has no property ${key}.`);
  return record;
}

/** A bound: a finite number, or a string formula (a number as text, or `=…`); its numeric value when constant. */
function bound(value: unknown, what: string): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : refuse(`${what} is not finite.`);
  if (typeof value !== "string" || value.trim() === "")
    return refuse(`${what} must be a number or a formula.`);
  const constant = Number(value.replace(/^=/, ""));
  if (Number.isFinite(constant)) return constant;
  return value.startsWith("=") ? null : refuse(`${what} "${value}" is not a number or a formula.`);
}

export function checkRule(rule: unknown): Record<string, unknown> {
  const record = plain(rule, "DataValidationRule", Object.keys(RULE_TYPES));
  const kinds = Object.keys(record);
  if (kinds.length !== 1) refuse("A data validation rule holds exactly one kind of criteria.");
  const kind = kinds[0]!;
  if (!BASIC.has(kind)) refuse(`The fake does not hold ${kind} rules.`);
  const basic = plain(record[kind], kind, ["formula1", "formula2", "operator"]);
  const operator = basic.operator;
  if (typeof operator !== "string" || ![...BINARY, ...TERNARY].includes(operator)) {
    refuse(`Unknown operator ${String(operator)}.`);
  }
  const low = bound(basic.formula1, "formula1");
  if (TERNARY.includes(operator as string)) {
    const high = bound(basic.formula2, "formula2");
    if (low !== null && high !== null && low > high) refuse("The maximum must be at least the minimum.");
  }
  return structuredClone(record);
}

export function checkAlert(alert: unknown): Partial<ValidationState["errorAlert"]> {
  const record = plain(alert, "DataValidationErrorAlert", ["message", "title", "style", "showAlert"]);
  if (record.style !== undefined && !STYLES.includes(record.style as string))
    refuse(`Bad style ${String(record.style)}.`);
  if (record.showAlert !== undefined && typeof record.showAlert !== "boolean")
    refuse("showAlert is a boolean.");
  text(record.title, "title", TITLE_MAX);
  text(record.message, "message", ERROR_MAX);
  return record as Partial<ValidationState["errorAlert"]>;
}

export function checkPrompt(prompt: unknown): Partial<ValidationState["prompt"]> {
  const record = plain(prompt, "DataValidationPrompt", ["message", "title", "showPrompt"]);
  if (record.showPrompt !== undefined && typeof record.showPrompt !== "boolean")
    refuse("showPrompt is a boolean.");
  text(record.title, "title", TITLE_MAX);
  text(record.message, "message", PROMPT_MAX);
  return record as Partial<ValidationState["prompt"]>;
}

function text(value: unknown, what: string, max: number): void {
  if (value === undefined) return;
  if (typeof value !== "string") refuse(`${what} is a string.`);
  if ((value as string).length > max) refuse(`${what} is longer than Excel's ${max} characters.`);
}

export const ruleType = (rule: Record<string, unknown> | null): string =>
  rule ? (RULE_TYPES[Object.keys(rule)[0]!] ?? "None") : "None";

/** A rule as Excel gives it back: every bound as a string formula (`=10`). */
export function shownRule(rule: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!rule) return null;
  const [kind, criteria] = Object.entries(rule)[0]! as [string, Record<string, unknown>];
  const shown = (value: unknown) =>
    value === undefined
      ? undefined
      : typeof value === "number"
        ? `=${value}`
        : String(value).startsWith("=")
          ? value
          : `=${String(value)}`;
  const formula2 = shown(criteria.formula2);
  return {
    [kind]: {
      formula1: shown(criteria.formula1),
      ...(formula2 === undefined ? {} : { formula2 }),
      operator: criteria.operator,
    },
  };
}

/** Whether a value typed by a user passes a cell's rule (a formula bound, which the fake cannot compute, passes). */
export function passes(state: ValidationState, value: string | number): boolean {
  if (!state.rule) return true;
  if (value === "" && state.ignoreBlanks) return true;
  const [kind, criteria] = Object.entries(state.rule)[0]! as [string, Record<string, unknown>];
  const n = kind === "textLength" ? String(value).length : typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n) || (kind === "wholeNumber" && !Number.isInteger(n))) return false;
  const low = bound(criteria.formula1, "formula1");
  const high = criteria.formula2 === undefined ? null : bound(criteria.formula2, "formula2");
  if (low === null) return true;
  const compare: Record<string, () => boolean> = {
    Between: () => n >= low && (high === null || n <= high),
    NotBetween: () => n < low || (high !== null && n > high),
    EqualTo: () => n === low,
    NotEqualTo: () => n !== low,
    GreaterThan: () => n > low,
    LessThan: () => n < low,
    GreaterThanOrEqualTo: () => n >= low,
    LessThanOrEqualTo: () => n <= low,
  };
  return compare[criteria.operator as string]!();
}
