import { columnIndex, columnName } from "../../../src/engine/address";
import { FakeExcelError } from "./FakeExcelError";
import { MAX_COLUMNS, MAX_ROWS, type Rect } from "./SheetModel";

// Column letters and indexes as the engine spells them.
export const columnLetters = columnName;

/** `B7`, `A5:H14`, `A:C`, `5:5` (with or without `$`) to a rectangle; throws InvalidArgument otherwise. */
export function parseAddress(address: string): Rect {
  const parts = address.replace(/\$/g, "").trim().split(":");
  if (parts.length > 2) throw new FakeExcelError("InvalidArgument", `Bad address ${address}`);
  const ends = parts.map((part) => {
    let m = /^([A-Za-z]{1,3})(\d+)$/.exec(part);
    if (m) return { row: Number(m[2]) - 1, col: columnIndex(m[1]!), kind: "cell" };
    m = /^([A-Za-z]{1,3})$/.exec(part);
    if (m) return { row: -1, col: columnIndex(m[1]!), kind: "col" };
    m = /^(\d+)$/.exec(part);
    if (m) return { row: Number(m[1]) - 1, col: -1, kind: "row" };
    throw new FakeExcelError("InvalidArgument", `Bad address ${address}`);
  });
  const [a, b = a] = ends as [(typeof ends)[0], (typeof ends)[0]?];
  if (a.kind !== b!.kind) throw new FakeExcelError("InvalidArgument", `Bad address ${address}`);
  let rect: Rect;
  if (a.kind === "col") rect = { top: 0, bottom: MAX_ROWS - 1, left: a.col, right: b!.col };
  else if (a.kind === "row") rect = { top: a.row, bottom: b!.row, left: 0, right: MAX_COLUMNS - 1 };
  else rect = { top: a.row, left: a.col, bottom: b!.row, right: b!.col };
  const norm = {
    top: Math.min(rect.top, rect.bottom),
    bottom: Math.max(rect.top, rect.bottom),
    left: Math.min(rect.left, rect.right),
    right: Math.max(rect.left, rect.right),
  };
  if (norm.top < 0 || norm.left < 0 || norm.bottom >= MAX_ROWS || norm.right >= MAX_COLUMNS) {
    throw new FakeExcelError("InvalidArgument", `Bad address ${address}`);
  }
  return norm;
}

export function formatAddress(rect: Rect): string {
  const from = `${columnLetters(rect.left)}${rect.top + 1}`;
  const to = `${columnLetters(rect.right)}${rect.bottom + 1}`;
  return from === to ? from : `${from}:${to}`;
}
