import { parseAddress } from "./parseAddress";
import type { CellState, Rect, SheetModel } from "./SheetModel";
import type { WorkbookModel } from "./WorkbookModel";

// The little of Excel's calculation the fake needs for the formulas the layouts and the template-like samples
// write: numbers, references (same sheet or `'Other sheet'!D5`, ranges inside functions), + − * / and
// parentheses, SUM, MIN, MAX and ROUND. As in Excel, SUM, MIN and MAX skip text and booleans in the ranges
// they are given; arithmetic on text that is not a number is #VALUE!; a reference to a sheet that is gone
// (`#REF!D5`) or to another workbook (`'[Book]Sheet'!D5`, which is how Excel keeps a formula written before
// its sheet existed, see enter.ts) is #REF!, and an error spreads to every formula using it. Any other
// formula reads as the value it was given (0 when the add-in wrote it), the fake's old answer.

class CellError {
  constructor(readonly code: string) {}
}

/** Something the fake does not calculate: the cell keeps the value it was given. */
class Unknown extends Error {}

type Scalar = number | string | boolean | CellError;
/** A reference's cells, read lazily so that a function can skip text in a range. */
interface Area {
  sheet: SheetModel | null;
  rect: Rect;
}
type Operand = Scalar | Area;

const isArea = (value: Operand): value is Area => typeof value === "object" && !(value instanceof CellError);

const TOKEN =
  /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)|('(?:[^']|'')+'!|[A-Za-z_][\w.]*!|#REF!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w(])|([A-Za-z_][\w.]*)\s*\(|(#[A-Z/0]+[!?A-Z]*)|("(?:[^"]|"")*")|([-+*/(),^&<>=]))/y;

interface Token {
  kind: "number" | "ref" | "func" | "error" | "string" | "op";
  text: string;
  sheet?: string;
}

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    if (/^\s*$/.test(formula.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(formula);
    if (!m) throw new Unknown();
    if (m[1] !== undefined) tokens.push({ kind: "number", text: m[1] });
    else if (m[3] !== undefined) tokens.push({ kind: "ref", text: m[3], ...(m[2] ? { sheet: m[2] } : {}) });
    else if (m[4] !== undefined) tokens.push({ kind: "func", text: m[4].toUpperCase() });
    else if (m[5] !== undefined) tokens.push({ kind: "error", text: m[5] });
    else if (m[6] !== undefined) tokens.push({ kind: "string", text: m[6].slice(1, -1).replace(/""/g, '"') });
    else tokens.push({ kind: "op", text: m[7]! });
  }
  return tokens;
}

/** The sheet a reference's prefix names: null for `#REF!` or another workbook's sheet. */
function sheetOf(
  prefix: string | undefined,
  own: SheetModel,
  workbook: WorkbookModel | null,
): SheetModel | null {
  if (prefix === undefined) return own;
  if (prefix === "#REF!") return null;
  const quoted = /^'((?:[^']|'')+)'!$/.exec(prefix);
  const name = quoted ? quoted[1]!.replace(/''/g, "'") : prefix.slice(0, -1);
  if (name.startsWith("[")) return null;
  if (!workbook) throw new Unknown();
  return workbook.find(name) ?? null;
}

class Evaluator {
  private at = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly sheet: SheetModel,
    private readonly workbook: WorkbookModel | null,
    private readonly depth: number,
  ) {}

  run(): Scalar {
    const value = this.scalar(this.expression());
    if (this.at < this.tokens.length) throw new Unknown();
    return value;
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private take(op?: string): Token {
    const token = this.tokens[this.at++];
    if (!token || (op !== undefined && (token.kind !== "op" || token.text !== op))) throw new Unknown();
    return token;
  }

  private isOp(...ops: string[]): boolean {
    const token = this.peek();
    return token?.kind === "op" && ops.includes(token.text);
  }

  private expression(): Operand {
    let left = this.term();
    while (this.isOp("+", "-")) {
      const op = this.take().text;
      left = arithmetic(this.scalar(left), this.scalar(this.term()), op);
    }
    return left;
  }

  private term(): Operand {
    let left = this.unary();
    while (this.isOp("*", "/")) {
      const op = this.take().text;
      left = arithmetic(this.scalar(left), this.scalar(this.unary()), op);
    }
    return left;
  }

  private unary(): Operand {
    if (this.isOp("-", "+")) {
      const op = this.take().text;
      return arithmetic(0, this.scalar(this.unary()), op);
    }
    return this.primary();
  }

  private primary(): Operand {
    const token = this.take();
    switch (token.kind) {
      case "number":
        return Number(token.text);
      case "string":
        return token.text;
      case "error":
        return new CellError(token.text);
      case "ref":
        return { sheet: sheetOf(token.sheet, this.sheet, this.workbook), rect: parseAddress(token.text) };
      case "func":
        return this.call(token.text);
      case "op":
        if (token.text !== "(") throw new Unknown();
        {
          const value = this.expression();
          this.take(")");
          return value;
        }
    }
  }

  private call(name: string): Scalar {
    const args: Operand[] = [];
    if (!this.isOp(")")) {
      args.push(this.expression());
      while (this.isOp(",")) {
        this.take();
        args.push(this.expression());
      }
    }
    this.take(")");
    if (name === "ROUND") {
      if (args.length !== 2) throw new Unknown();
      const [x, digits] = args.map((a) => toNumber(this.scalar(a)));
      if (x instanceof CellError) return x;
      if (digits instanceof CellError) return digits;
      const factor = 10 ** Math.trunc(digits!);
      return (Math.sign(x!) * Math.round(Math.abs(x!) * factor * (1 + Number.EPSILON))) / factor;
    }
    if (name !== "SUM" && name !== "MIN" && name !== "MAX") throw new Unknown();
    const numbers: number[] = [];
    for (const arg of args) {
      if (isArea(arg)) {
        for (const value of this.cells(arg)) {
          if (value instanceof CellError) return value;
          if (typeof value === "number") numbers.push(value);
        }
      } else {
        const n = toNumber(arg);
        if (n instanceof CellError) return n;
        numbers.push(n);
      }
    }
    if (name === "SUM") return numbers.reduce((sum, n) => sum + n, 0);
    if (numbers.length === 0) return 0;
    return name === "MIN" ? Math.min(...numbers) : Math.max(...numbers);
  }

  private *cells({ sheet, rect }: Area): Generator<Scalar> {
    if (!sheet || sheet.deleted) {
      yield new CellError("#REF!");
      return;
    }
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) {
        const value = evaluate(sheet, sheet.peek(r, c), this.workbook, this.depth + 1);
        if (value !== "") yield value;
      }
  }

  /** An operand as one value: a one-cell reference reads its cell (a blank reads as 0 in arithmetic). */
  private scalar(operand: Operand): Scalar {
    if (!isArea(operand)) return operand;
    const { sheet, rect } = operand;
    if (!sheet || sheet.deleted) return new CellError("#REF!");
    if (rect.top !== rect.bottom || rect.left !== rect.right) return new CellError("#VALUE!");
    const value = evaluate(sheet, sheet.peek(rect.top, rect.left), this.workbook, this.depth + 1);
    return value === "" ? 0 : value;
  }
}

function toNumber(value: Scalar): number | CellError {
  if (value instanceof CellError || typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  const n = value.trim() === "" ? NaN : Number(value);
  return Number.isFinite(n) ? n : new CellError("#VALUE!");
}

function arithmetic(a: Scalar, b: Scalar, op: string): Scalar {
  const x = toNumber(a);
  const y = toNumber(b);
  if (x instanceof CellError) return x;
  if (y instanceof CellError) return y;
  if (op === "+") return x + y;
  if (op === "-") return x - y;
  if (op === "*") return x * y;
  if (y === 0) return new CellError("#DIV/0!");
  return x / y;
}

function evaluate(
  sheet: SheetModel,
  cell: CellState | undefined,
  workbook: WorkbookModel | null,
  depth: number,
): Scalar {
  if (!cell) return "";
  if (cell.formula === null) return cell.value;
  if (depth > 50) return new CellError("#REF!");
  try {
    const value = new Evaluator(tokenize(cell.formula.slice(1)), sheet, workbook, depth).run();
    return typeof value === "number" ? Math.round(value * 1e9) / 1e9 : value;
  } catch (error) {
    if (error instanceof Unknown) return cell.value;
    throw error;
  }
}

/**
 * What `Range.values` gives for a cell: the constant, or the formula's result as far as the fake knows it.
 * `workbook` resolves references to other sheets; without it such a formula reads as the value it was given.
 */
export function calculatedValue(
  sheet: SheetModel,
  cell: CellState | undefined,
  workbook: WorkbookModel | null = null,
): unknown {
  const value = evaluate(sheet, cell, workbook, 0);
  return value instanceof CellError ? value.code : value;
}
