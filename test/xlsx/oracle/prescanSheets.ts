import JSZip from "jszip";
import { columnIndex, columnName, contentBounds, MAX_CONTENT_CELLS, type Rect } from "../../../src/engine";
import { XlsxError } from "../../../src/xlsx/XlsxError";

/**
 * A merge larger than this many cells is cut to the sheet's content before ExcelJS sees it. ExcelJS makes a
 * cell object for every cell a merge covers, so a merge over A1:XFD1048576 (17 billion cells) never loads;
 * a real merge (a title across a table) is far smaller.
 */
export const MAX_MERGE_CELLS = 10_000;

// A cell element that is not self-closing, with its attributes and what it holds.
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const R_ATTRIBUTE = /\br="([^"]*)"/;
const ROW = /<row\b([^>]*?)>/g;
const MERGE = /<mergeCell\b[^>]*?\bref="([^"]*)"[^>]*?\/?>/g;
const REF = /^([A-Z]{1,3})(\d{1,7})$/i;

function parseRef(ref: string): { row: number; col: number } | null {
  const match = REF.exec(ref.replace(/\$/g, ""));
  return match ? { row: Number(match[2]) - 1, col: columnIndex(match[1]!) } : null;
}

function parseRange(ref: string): Rect | null {
  const [from, to = from] = ref.split(":");
  const a = parseRef(from ?? "");
  const b = parseRef(to ?? "");
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

const attribute = (attrs: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/**
 * The positions of the cells of a sheet part that hold a value or a formula, in document order. A cell
 * without `r` follows the one before it, and a row without `r` the row before it, as OOXML allows.
 */
export function contentCells(xml: string): { row: number; col: number }[] {
  const cells: { row: number; col: number }[] = [];
  // Row starts by position in the text, so each cell finds its row without parsing the rows as elements.
  const rows: { at: number; row: number }[] = [];
  let lastRow = -1;
  for (const match of xml.matchAll(ROW)) {
    const r = Number(attribute(match[1] ?? "", "r"));
    lastRow = Number.isInteger(r) && r > 0 ? r - 1 : lastRow + 1;
    rows.push({ at: match.index, row: lastRow });
  }
  let rowAt = -1;
  let row = -1;
  let col = -1;
  for (const match of xml.matchAll(CELL)) {
    while (rowAt + 1 < rows.length && rows[rowAt + 1]!.at < match.index) {
      rowAt++;
      row = rows[rowAt]!.row;
      col = -1;
    }
    const ref = parseRef(R_ATTRIBUTE.exec(match[1] ?? "")?.[1] ?? "");
    if (ref) ({ row, col } = ref);
    else col++;
    const inner = match[2] ?? "";
    if (/<(v|f|is)\b/.test(inner)) cells.push({ row, col });
  }
  return cells;
}

// The sheet parts by the sheet names the workbook gives them, so that a refusal can name the sheet.
async function sheetNames(zip: JSZip): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (!workbook || !rels) return names;
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b([^>]*)>/g)) {
    const id = attribute(match[1] ?? "", "Id");
    const target = attribute(match[1] ?? "", "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  for (const match of workbook.matchAll(/<sheet\b([^>]*)>/g)) {
    const name = attribute(match[1] ?? "", "name");
    const id = attribute(match[1] ?? "", "r:id");
    const part = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && part) names.set(part, decodeXml(name));
  }
  return names;
}

const decodeXml = (text: string): string =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

const area = (rect: Rect): number => (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);

const formatRange = (rect: Rect): string =>
  `${columnName(rect.left)}${rect.top + 1}:${columnName(rect.right)}${rect.bottom + 1}`;

/**
 * Reads every sheet part of an .xlsx before ExcelJS does, so that the cost of loading follows the content
 * (DESIGN §9): refuses a sheet holding more than `MAX_CONTENT_CELLS` non-empty cells, and cuts a merge
 * larger than `MAX_MERGE_CELLS` to the sheet's content (the bounds `contentGrid` gives the engine), since
 * ExcelJS would allocate every cell it covers. Returns the bytes to load: the same ones when nothing was cut,
 * or null when the zip cannot be read here (ExcelJS then says what is wrong with it).
 * @throws XlsxError `too-large`.
 */
export async function prescanSheets(bytes: Uint8Array): Promise<Uint8Array | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return null;
  }
  const parts = Object.keys(zip.files).filter((path) => /^xl\/worksheets\/[^/]+\.xml$/i.test(path));
  if (parts.length === 0) return bytes;
  const names = await sheetNames(zip);
  let changed = false;
  for (const part of parts) {
    const xml = await zip.file(part)!.async("string");
    const name = names.get(part) ?? part;
    const cells = contentCells(xml);
    if (cells.length > MAX_CONTENT_CELLS) {
      throw new XlsxError("too-large", { subject: name });
    }
    if (!xml.includes("<mergeCell")) continue;
    const { height, width } = contentBounds(cells);
    let covered = 0;
    const cut = xml.replace(MERGE, (element, ref: string) => {
      const rect = parseRange(ref);
      if (!rect) return element;
      let kept = rect;
      if (area(rect) > MAX_MERGE_CELLS) {
        kept = {
          ...rect,
          bottom: Math.max(rect.top, Math.min(rect.bottom, height - 1)),
          right: Math.max(rect.left, Math.min(rect.right, width - 1)),
        };
      }
      covered += area(kept);
      return kept === rect ? element : element.replace(ref, formatRange(kept));
    });
    if (covered > MAX_CONTENT_CELLS) {
      // Merged cells within the content count as cells.
      throw new XlsxError("too-large", { subject: name });
    }
    if (cut !== xml) {
      zip.file(part, cut);
      changed = true;
    }
  }
  return changed ? zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }) : bytes;
}
