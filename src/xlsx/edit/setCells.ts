import { a1, parseRange, type Rect } from "../../engine";
import { XlsxError } from "../XlsxError";
import { attribute, escapeXml } from "../xml";
import { setAttribute, withoutValueAttributes } from "./attributes";
import { cellKey, columnOf, MAX_COL } from "./cellRef";
import { cellXml } from "./cellXml";
import { columnStyles } from "./columnStyles";
import { blockedCells, blocks } from "./coveredCells";
import { elementEnd, endTagAt, readTag, skipNonElement, type Tag } from "./scanTag";

/** A value to write into one cell of a sheet. */
export interface CellEdit {
  /** A1 reference, no `$`. */
  cell: string;
  value: string | number;
}

/** An edit not made, by its index in the edits given. */
export interface KeptEdit {
  index: number;
  /** `locked`: the cell's style locks it, on a sheet the caller said is protected (see `setCells`). */
  reason: "formula" | "merged" | "locked";
}

// One cell to write: the edits that name it (the last one's value wins) and, once known, why it is refused.
interface Target {
  row: number;
  col: number;
  indices: number[];
  value: string | number;
  kept: KeptEdit["reason"] | null;
}

// What the pass over the rows shares: the refusals, the written cells' extent and the column styles.
interface Pass {
  kept: KeptEdit[];
  extent: Rect | null;
  columnStyle: (col: number) => string | undefined;
  locked: ((style: string) => boolean) | undefined;
}

const SHEET_DATA = /<((?:[\w.-]+:)?)sheetData(?=[\s/>])/;
const DIMENSION = /<(?:[\w.-]+:)?dimension(?=[\s/>])/;
const FORMULA_CHILD = /<(?:[\w.-]+:)?f[\s/>]/;

function targetsOf(edits: readonly CellEdit[]): Target[] {
  const keys = edits.map(({ cell }) => {
    const key = cellKey(cell);
    if (key < 0) throw new RangeError(`not a cell: ${cell}`);
    return key;
  });
  // Indices sorted by cell, then by index, so that the last edit of a cell is its last.
  const order = edits.map((_, index) => index).sort((a, b) => keys[a]! - keys[b]! || a - b);
  const targets: Target[] = [];
  let lastKey = -1;
  for (const index of order) {
    const key = keys[index]!;
    const value = edits[index]!.value;
    const last = targets[targets.length - 1];
    if (last && key === lastKey) {
      last.indices.push(index);
      last.value = value;
    } else {
      const row = Math.floor(key / MAX_COL);
      targets.push({ row, col: key - row * MAX_COL, indices: [index], value, kept: null });
    }
    lastKey = key;
  }
  return targets;
}

function keep(pass: Pass, target: Target, reason: KeptEdit["reason"]): void {
  for (const index of target.indices) pass.kept.push({ index, reason });
}

function wrote(pass: Pass, { row, col }: Target): void {
  const e = pass.extent;
  pass.extent = e
    ? {
        top: Math.min(e.top, row),
        left: Math.min(e.left, col),
        bottom: Math.max(e.bottom, row),
        right: Math.max(e.right, col),
      }
    : { top: row, left: col, bottom: row, right: col };
}

// A cell the sheet has no element for takes the style Excel shows there: its row's, when the row is formatted,
// else its column's.
function newCell(pass: Pass, prefix: string, target: Target, rowStyle: string | undefined): string {
  const style = rowStyle ?? pass.columnStyle(target.col);
  if (pass.locked?.(style ?? "0")) {
    target.kept = "locked";
    keep(pass, target, "locked");
    return "";
  }
  wrote(pass, target);
  const s = style !== undefined && style !== "0" ? ` s="${escapeXml(style)}"` : "";
  return cellXml(`${prefix}c`, prefix, ` r="${a1(target.row, target.col)}"${s}`, target.value);
}

function newRow(pass: Pass, prefix: string, group: readonly Target[]): string {
  const cells = group
    .filter((target) => target.kept === null)
    .map((target) => newCell(pass, prefix, target, undefined))
    .filter((cell) => cell !== "");
  return cells.length === 0 ? "" : `<${prefix}row r="${group[0]!.row + 1}">${cells.join("")}</${prefix}row>`;
}

// `spans` (`1:5`, or several) is only a hint for readers, but a cell outside it may puzzle one: widened.
function widenedSpans(attributes: string, cols: readonly number[]): string {
  const spans = attribute(attributes, "spans");
  if (spans === undefined || cols.length === 0) return attributes;
  const bounds = spans
    .trim()
    .split(/\s+/)
    .map((span) => span.split(":").map(Number))
    .filter((pair): pair is [number, number] => pair.length === 2 && pair.every(Number.isInteger));
  const inside = (col: number) => bounds.some(([from, to]) => col + 1 >= from && col + 1 <= to);
  if (bounds.length === 0 || cols.every(inside)) return attributes;
  const all = [...bounds.flat(), ...cols.map((col) => col + 1)];
  return setAttribute(attributes, "spans", `${Math.min(...all)}:${Math.max(...all)}`);
}

// The row `tag` (ending at `end`) with the group's cells set: existing cells replaced, missing ones inserted in
// column order before the first later cell (or before the row's extLst, or at its end).
function editRow(pass: Pass, xml: string, tag: Tag, end: number, group: readonly Target[]): string {
  const customFormat = attribute(tag.attributes, "customFormat");
  const rowStyle =
    customFormat === "1" || customFormat === "true" ? (attribute(tag.attributes, "s") ?? "0") : undefined;
  const out: string[] = [];
  const inserted: number[] = [];
  let cellPrefix = tag.prefix;
  let i = 0;
  let copied = tag.end;
  let insertAt = tag.end;
  const insert = (target: Target) => {
    if (target.kept !== null) return;
    const cell = newCell(pass, cellPrefix, target, rowStyle);
    if (cell === "") return;
    out.push(cell);
    inserted.push(target.col);
  };
  if (!tag.selfClosing) {
    const close = end - tag.name.length - 3;
    insertAt = close;
    let previousCol = -1;
    let firstCell = true;
    for (let pos = tag.end; i < group.length;) {
      const lt = xml.indexOf("<", pos);
      if (lt < 0 || lt >= close) break;
      const skipped = skipNonElement(xml, lt);
      if (skipped >= 0) {
        pos = skipped;
        continue;
      }
      const child = readTag(xml, lt);
      const childEnd = elementEnd(xml, child, close);
      pos = childEnd;
      if (child.local !== "c") {
        insertAt = lt;
        break;
      }
      if (firstCell) cellPrefix = child.prefix;
      firstCell = false;
      // A cell without `r` follows the previous one (OOXML allows it); a cell inserted before a later cell
      // never moves it, since that later cell then has a gap before it, so an `r` of its own.
      const ref = attribute(child.attributes, "r");
      const named = ref === undefined ? -1 : columnOf(ref);
      const col = named < 0 ? previousCol + 1 : named;
      previousCol = col;
      for (; i < group.length && group[i]!.col < col; i++) {
        out.push(xml.slice(copied, lt));
        copied = lt;
        insert(group[i]!);
      }
      if (i < group.length && group[i]!.col === col) {
        const target = group[i++]!;
        if (target.kept !== null) continue;
        if (!child.selfClosing && FORMULA_CHILD.test(xml.slice(child.end, childEnd))) {
          target.kept = "formula";
          keep(pass, target, "formula");
          continue;
        }
        if (pass.locked?.(attribute(child.attributes, "s") ?? "0")) {
          target.kept = "locked";
          keep(pass, target, "locked");
          continue;
        }
        // Its style and other attributes stay; `t` goes with the old value, and so do `vm` and `cm` (metadata of
        // a rich value or a dynamic array that the new value does not have).
        let attributes = withoutValueAttributes(child.attributes);
        if (ref === undefined) attributes = ` r="${a1(target.row, target.col)}"${attributes}`;
        out.push(xml.slice(copied, lt), cellXml(child.name, child.prefix, attributes, target.value));
        copied = childEnd;
        wrote(pass, target);
      }
    }
  }
  if (i < group.length) {
    out.push(xml.slice(copied, insertAt));
    copied = insertAt;
    for (; i < group.length; i++) insert(group[i]!);
  }
  const attributes = widenedSpans(tag.attributes, inserted);
  if (tag.selfClosing) {
    if (inserted.length === 0) return xml.slice(tag.start, tag.end);
    return `<${tag.name}${attributes}>${out.join("")}</${tag.name}>`;
  }
  const start = attributes === tag.attributes ? xml.slice(tag.start, tag.end) : `<${tag.name}${attributes}>`;
  return start + out.join("") + xml.slice(copied, end);
}

// The text before <sheetData> with <dimension ref> grown to hold what was written; as it was when it already does.
function withDimension(head: string, extent: Rect | null): string {
  const found = extent && DIMENSION.exec(head);
  if (!extent || !found) return head;
  const tag = readTag(head, found.index);
  const rect = parseRange(attribute(tag.attributes, "ref") ?? "");
  if (!rect) return head;
  const grown = {
    top: Math.min(rect.top, extent.top),
    left: Math.min(rect.left, extent.left),
    bottom: Math.max(rect.bottom, extent.bottom),
    right: Math.max(rect.right, extent.right),
  };
  if (Object.entries(grown).every(([side, value]) => rect[side as keyof Rect] === value)) return head;
  const ref = `${a1(grown.top, grown.left)}:${a1(grown.bottom, grown.right)}`;
  const attributes = setAttribute(tag.attributes, "ref", ref);
  return `${head.slice(0, tag.start)}<${tag.name}${attributes}${tag.selfClosing ? "/>" : ">"}${head.slice(tag.end)}`;
}

/**
 * The sheet XML with these cells set, and the edits refused because the file's cell holds a formula (`<f>`,
 * or it lies in an array formula's or data table's range) or lies inside a merged range other than its
 * top-left cell. A number is written as a number, text as an inline string (text starting with `=` too); a
 * replaced cell keeps its style, a new one takes its row's or column's. Every byte outside the rows written
 * to stays as it was, but for `<dimension ref>` when a written cell lies outside it. One pass over the rows.
 * When several edits name one cell, the last one's value is written. `options.locked`, given for a protected
 * sheet, says which cell styles (`s`, an index into `<cellXfs>`) are locked: such a cell is refused as `locked`.
 * @throws RangeError for an edit's cell that is not an A1 reference; XlsxError `corrupt` for a sheet without
 *   `<sheetData>` or with an element that does not end.
 */
export function setCells(
  xml: string,
  edits: readonly CellEdit[],
  options: { locked?: (style: string) => boolean } = {},
): { xml: string; kept: KeptEdit[] } {
  if (edits.length === 0) return { xml, kept: [] };
  const targets = targetsOf(edits);
  const opened = SHEET_DATA.exec(xml);
  if (!opened) throw new XlsxError("corrupt");
  const data = readTag(xml, opened.index);
  const dataEnd = data.selfClosing ? data.end : endTagAt(xml, data.name, data.end);
  if (dataEnd < 0) throw new XlsxError("corrupt");
  const afterData = data.selfClosing ? data.end : dataEnd + data.name.length + 3;
  const head = xml.slice(0, data.start);
  const pass: Pass = { kept: [], extent: null, columnStyle: columnStyles(head), locked: options.locked };
  const reasons = blockedCells(targets, blocks(xml.slice(data.end, dataEnd), xml.slice(afterData)));
  targets.forEach((target, n) => {
    const reason = reasons[n] ?? null;
    if (reason !== null) {
      target.kept = reason;
      keep(pass, target, reason);
    }
  });

  const prefix = data.prefix;
  const body: string[] = [];
  let copied = data.start;
  let t = 0;
  const groupEnd = () => {
    let next = t + 1;
    while (next < targets.length && targets[next]!.row === targets[t]!.row) next++;
    return next;
  };
  if (data.selfClosing) {
    const rows: string[] = [];
    for (; t < targets.length; t = groupEnd()) rows.push(newRow(pass, prefix, targets.slice(t, groupEnd())));
    const joined = rows.join("");
    if (joined !== "") {
      body.push(`<${data.name}${data.attributes}>`, joined, `</${data.name}>`);
      copied = data.end;
    }
  } else {
    let previousRow = -1;
    for (let pos = data.end; t < targets.length;) {
      const lt = xml.indexOf("<", pos);
      if (lt < 0 || lt >= dataEnd) break;
      const skipped = skipNonElement(xml, lt);
      if (skipped >= 0) {
        pos = skipped;
        continue;
      }
      const tag = readTag(xml, lt);
      const end = elementEnd(xml, tag, dataEnd);
      pos = end;
      if (tag.local !== "row") continue;
      // A row without `r` follows the previous one; a row inserted before a later row never moves it (see editRow).
      const r = Number(attribute(tag.attributes, "r"));
      const row = Number.isInteger(r) && r >= 1 ? r - 1 : previousRow + 1;
      previousRow = row;
      for (; t < targets.length && targets[t]!.row < row;) {
        const next = groupEnd();
        body.push(xml.slice(copied, lt), newRow(pass, prefix, targets.slice(t, next)));
        copied = lt;
        t = next;
      }
      if (t < targets.length && targets[t]!.row === row) {
        const next = groupEnd();
        body.push(xml.slice(copied, lt), editRow(pass, xml, tag, end, targets.slice(t, next)));
        copied = end;
        t = next;
      }
    }
    if (t < targets.length) {
      body.push(xml.slice(copied, dataEnd));
      copied = dataEnd;
      for (; t < targets.length; t = groupEnd())
        body.push(newRow(pass, prefix, targets.slice(t, groupEnd())));
    }
  }
  body.push(xml.slice(copied));
  const kept = pass.kept.sort((a, b) => a.index - b.index);
  return { xml: withDimension(head, pass.extent) + body.join(""), kept };
}
