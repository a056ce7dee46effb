// Excel's limits: a reference beyond them is a name (XFE1, A1048577), not a cell.
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d{1,7})$/;

// What a name, a function, a number or a reference is made of: Excel names may hold letters of any script.
function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    code === 36 || // $
    code === 46 || // .
    code === 92 || // \
    code === 95 || // _
    code === 63 || // ?
    code > 127
  );
}

function letters(col: number): string {
  let name = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function columnNumber(text: string): number {
  let col = 0;
  for (let i = 0; i < text.length; i++) col = col * 26 + ((text.charCodeAt(i) | 32) - 96);
  return col;
}

/** A 1-based column, moved unless anchored; null when it leaves the sheet. */
function moveColumn(dollar: string, col: number, by: number): string | null {
  const moved = dollar ? col : col + by;
  return moved >= 1 && moved <= MAX_COL ? dollar + letters(moved) : null;
}

function moveRow(dollar: string, row: number, by: number): string | null {
  const moved = dollar ? row : row + by;
  return moved >= 1 && moved <= MAX_ROW ? dollar + String(moved) : null;
}

/** A cell reference token moved, "#REF!" when it leaves the sheet, or null when the token is no cell reference. */
function moveCell(token: string, rows: number, columns: number): string | null {
  const match = CELL.exec(token);
  if (!match) return null;
  const col = columnNumber(match[2]!);
  const row = Number(match[4]);
  if (col > MAX_COL || row < 1 || row > MAX_ROW) return null;
  const movedCol = moveColumn(match[1]!, col, columns);
  const movedRow = moveRow(match[3]!, row, rows);
  return movedCol && movedRow ? movedCol + movedRow : "#REF!";
}

/**
 * A formula's text as it reads `rows` rows down and `columns` columns right of where it was written, as Excel
 * fills a shared formula: every relative reference (`B2`, the `B` of `B$2`, whole columns `B:C`, whole rows
 * `2:3`, sheet-qualified ones like `'Phiếu - BTC'!D12`) moves, anchored parts (`$B$2`) stay, and what is no
 * reference stays as written: string literals, function names (a word followed by `(`: `LOG10(`, `ATAN2(`),
 * defined names (`HeSo`), structured and external references in brackets. A reference moved off the sheet
 * becomes `#REF!`, as in Excel.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  const out: string[] = [];
  const n = formula.length;
  let copied = 0;
  let i = 0;
  // Replaces formula[from, to) by `text` in the output.
  const replace = (from: number, to: number, text: string): void => {
    if (from > copied) out.push(formula.slice(copied, from));
    out.push(text);
    copied = to;
  };
  const wordEnd = (from: number): number => {
    let end = from;
    while (end < n && isWordChar(formula.charCodeAt(end))) end++;
    return end;
  };
  while (i < n) {
    const ch = formula.charCodeAt(i);
    if (ch === 34 || ch === 39) {
      // "a string" or a 'quoted sheet'!: up to the closing quote, a doubled quote being one inside.
      let j = i + 1;
      while (j < n) {
        if (formula.charCodeAt(j) === ch) {
          if (formula.charCodeAt(j + 1) === ch) j += 2;
          else break;
        } else j++;
      }
      i = j + 1;
      continue;
    }
    if (ch === 91) {
      // [brackets]: a structured reference's columns, an external workbook's index; they may nest.
      let depth = 0;
      let j = i;
      for (; j < n; j++) {
        const c = formula.charCodeAt(j);
        if (c === 91) depth++;
        else if (c === 93 && --depth === 0) break;
      }
      i = j + 1;
      continue;
    }
    if (!isWordChar(ch)) {
      i++;
      continue;
    }
    const end = wordEnd(i);
    const token = formula.slice(i, end);
    const next = formula.charCodeAt(end);
    // A function (`SUM(`), a sheet (`Sheet1!`), a table (`Table1[`): not a reference.
    if (next === 40 || next === 33 || next === 91) {
      i = end;
      continue;
    }
    if (next === 58) {
      // A range: a whole column (B:C) or row (2:3) moves on its one axis; cells move each on their own.
      const secondEnd = wordEnd(end + 1);
      const second = formula.slice(end + 1, secondEnd);
      const axisColumn = COLUMN.exec(token);
      const secondColumn = axisColumn && COLUMN.exec(second);
      if (axisColumn && secondColumn) {
        const a = moveColumn(axisColumn[1]!, columnNumber(axisColumn[2]!), columns);
        const b = moveColumn(secondColumn[1]!, columnNumber(secondColumn[2]!), columns);
        if (columnNumber(axisColumn[2]!) <= MAX_COL && columnNumber(secondColumn[2]!) <= MAX_COL) {
          replace(i, secondEnd, a && b ? `${a}:${b}` : "#REF!");
        }
        i = secondEnd;
        continue;
      }
      const axisRow = ROW.exec(token);
      const secondRow = axisRow && ROW.exec(second);
      if (axisRow && secondRow) {
        const a = moveRow(axisRow[1]!, Number(axisRow[2]), rows);
        const b = moveRow(secondRow[1]!, Number(secondRow[2]), rows);
        if (Number(axisRow[2]) <= MAX_ROW && Number(secondRow[2]) <= MAX_ROW) {
          replace(i, secondEnd, a && b ? `${a}:${b}` : "#REF!");
        }
        i = secondEnd;
        continue;
      }
    }
    const moved = moveCell(token, rows, columns);
    if (moved !== null) replace(i, end, moved);
    i = end;
  }
  if (copied === 0) return formula;
  if (copied < n) out.push(formula.slice(copied));
  return out.join("");
}
