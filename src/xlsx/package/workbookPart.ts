import { attribute, escapeXml } from "../xml";
import { parseDefinedNames, type StoredName } from "./definedNames";
import {
  findElement,
  findElements,
  maskMarkup,
  rootElement,
  setAttribute,
  splice,
  tagEnd,
  type ElementSpan,
} from "./xmlText";

// xl/workbook.xml read and edited as text. Only the <sheets> children, <definedNames>, the first
// workbookView's activeTab/firstSheet and <calcPr> are ever rewritten; every other byte stays.

export type SheetState = "visible" | "hidden" | "veryHidden";

/** A `<sheet>` of the workbook part, with its element as stored. */
export interface StoredSheet {
  name: string;
  sheetId: number;
  /** The workbook relationship to its part. */
  rId: string;
  state: SheetState;
  raw: string;
}

/** What the package layer needs of the workbook part. */
export interface WorkbookPart {
  /** The main namespace's prefix on the root element (`x:`), or "". */
  prefix: string;
  /** The prefix bound to the relationships namespace on the root (`r`), or null. */
  relPrefix: string | null;
  sheets: StoredSheet[];
  names: StoredName[];
  date1904: boolean;
  activeTab: number;
  firstSheet: number;
}

export const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_NS =
  /xmlns:([\w.-]+)\s*=\s*["'](?:http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships|http:\/\/purl\.oclc\.org\/ooxml\/officeDocument\/relationships)["']/;
const REL_ID = /(?:^|\s)[\w.-]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/;

// CT_Workbook's children before and after the ones we write, in schema order.
const BEFORE_BOOK_VIEWS = ["fileVersion", "fileSharing", "workbookPr", "workbookProtection"];
const BEFORE_SHEETS = [...BEFORE_BOOK_VIEWS, "bookViews"];
const BEFORE_NAMES = ["sheets", "functionGroups", "externalReferences"];
const BEFORE_CALC = [...BEFORE_NAMES, "definedNames"];

interface Scan {
  masked: string;
  prefix: string;
  root: ElementSpan;
  /** Where top-level children may be found: up to <extLst>, whose extensions are not ours. */
  limit: number;
  find(local: string): ElementSpan | null;
  /** Where an element goes that follows these siblings: after the last present, else after the root tag. */
  after(locals: readonly string[]): number;
}

function scan(xml: string): Scan | null {
  const masked = maskMarkup(xml);
  const root = rootElement(masked);
  if (!root || root.local !== "workbook") return null;
  const span = findElement(masked, `${root.prefix}workbook`);
  if (!span) return null;
  const ext = findElement(masked, `${root.prefix}extLst`, span.innerStart, span.innerEnd);
  const limit = ext ? ext.start : span.innerEnd;
  const find = (local: string): ElementSpan | null =>
    findElement(masked, `${root.prefix}${local}`, span.innerStart, limit);
  const after = (locals: readonly string[]): number =>
    locals.reduce((at, local) => Math.max(at, find(local)?.end ?? at), span.openEnd);
  return { masked, prefix: root.prefix, root: span, limit, find, after };
}

/** Whether the text's root element is a workbook (null when it holds no element at all). */
export function isWorkbookXml(xml: string): boolean | null {
  const root = rootElement(maskMarkup(xml));
  return root ? root.local === "workbook" : null;
}

const STATES = new Set<string>(["visible", "hidden", "veryHidden"]);

/** The workbook part's model, or null when the text is not a workbook part. */
export function parseWorkbook(xml: string): WorkbookPart | null {
  const s = scan(xml);
  if (!s) return null;
  const sheets: StoredSheet[] = [];
  const sheetsSpan = s.find("sheets");
  if (sheetsSpan) {
    for (const el of findElements(s.masked, `${s.prefix}sheet`, sheetsSpan.innerStart, sheetsSpan.innerEnd)) {
      const rel = REL_ID.exec(el.attrs);
      const state = attribute(el.attrs, "state") ?? "visible";
      sheets.push({
        name: attribute(el.attrs, "name") ?? "",
        sheetId: Number(attribute(el.attrs, "sheetId")) || 0,
        rId: rel ? (rel[1] ?? rel[2] ?? "") : "",
        state: STATES.has(state) ? (state as SheetState) : "visible",
        raw: xml.slice(el.start, el.end),
      });
    }
  }
  const namesSpan = s.find("definedNames");
  const view = firstView(s);
  const int = (value: string | undefined): number => {
    const n = Number(value);
    return Number.isInteger(n) && n >= 0 ? n : 0;
  };
  const date1904 = attribute(s.find("workbookPr")?.attrs ?? "", "date1904");
  const rootTag = xml.slice(s.root.start, s.root.openEnd);
  return {
    prefix: s.prefix,
    relPrefix: REL_NS.exec(rootTag)?.[1] ?? null,
    sheets,
    names: namesSpan ? parseDefinedNames(xml, s.masked, s.prefix, namesSpan) : [],
    date1904: date1904 === "1" || date1904 === "true",
    activeTab: int(attribute(view?.attrs ?? "", "activeTab")),
    firstSheet: int(attribute(view?.attrs ?? "", "firstSheet")),
  };
}

function firstView(s: Scan): ElementSpan | null {
  const views = s.find("bookViews");
  return views ? findElement(s.masked, `${s.prefix}workbookView`, views.innerStart, views.innerEnd) : null;
}

/** The text with a self-closing root (`<workbook/>`) opened, so that children can go inside it. */
function openRoot(xml: string): string {
  const s = scan(xml);
  if (!s || !s.root.selfClosing) return xml;
  const open = `${xml.slice(s.root.start, s.root.openEnd - 2).trimEnd()}>`;
  return splice(xml, s.root.start, s.root.end, `${open}</${s.prefix}workbook>`);
}

/** Replaces a top-level element's content, or inserts the element after `siblings` when absent. */
function writeElement(xml: string, local: string, siblings: readonly string[], inner: string | null): string {
  const s = scan(openRoot(xml));
  if (!s) return xml;
  xml = openRoot(xml);
  const qname = `${s.prefix}${local}`;
  const span = s.find(local);
  if (inner === null) return span ? splice(xml, span.start, span.end, "") : xml;
  if (!span) {
    const at = s.after(siblings);
    return splice(xml, at, at, `<${qname}>${inner}</${qname}>`);
  }
  if (span.selfClosing) {
    const open = `${xml.slice(span.start, span.openEnd - 2).trimEnd()}>`;
    return splice(xml, span.start, span.end, `${open}${inner}</${qname}>`);
  }
  return splice(xml, span.innerStart, span.innerEnd, inner);
}

/** The workbook text with these `<sheet>` elements as the children of `<sheets>`. */
export const writeSheets = (xml: string, raws: readonly string[]): string =>
  writeElement(xml, "sheets", BEFORE_SHEETS, raws.join(""));

/** The workbook text with these `<definedName>` elements; none drops `<definedNames>`. */
export const writeNames = (xml: string, raws: readonly string[]): string =>
  writeElement(xml, "definedNames", BEFORE_NAMES, raws.length ? raws.join("") : null);

/** The element for a sheet we add. */
export function sheetElement(part: WorkbookPart, name: string, sheetId: number, rId: string): string {
  const rel = part.relPrefix
    ? `${part.relPrefix}:id="${escapeXml(rId)}"`
    : `r:id="${escapeXml(rId)}" xmlns:r="${RELATIONSHIPS_NS}"`;
  return `<${part.prefix}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${rel}/>`;
}

/** The workbook text with the first workbookView's attributes set (a bookViews made when there is none). */
export function writeView(xml: string, values: { activeTab?: number; firstSheet?: number }): string {
  const s = scan(xml);
  if (!s) return xml;
  const view = firstView(s);
  if (!view) {
    const attrs = Object.entries(values)
      .map(([name, value]) => ` ${name}="${value}"`)
      .join("");
    const withView = writeElement(xml, "bookViews", BEFORE_BOOK_VIEWS, `<${s.prefix}workbookView${attrs}/>`);
    return withView;
  }
  let tag = xml.slice(view.start, view.openEnd);
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) tag = setAttribute(tag, name, String(value));
  }
  return splice(xml, view.start, view.openEnd, tag);
}

/** The workbook text with fullCalcOnLoad="1" on `<calcPr>`, its other attributes kept; made when absent. */
export function writeCalcOnLoad(xml: string): string {
  xml = openRoot(xml);
  const s = scan(xml);
  if (!s) return xml;
  const calc = s.find("calcPr");
  if (!calc) {
    const at = s.after(BEFORE_CALC);
    return splice(xml, at, at, `<${s.prefix}calcPr fullCalcOnLoad="1"/>`);
  }
  const end = tagEnd(s.masked, calc.start + 1);
  return splice(xml, calc.start, end, setAttribute(xml.slice(calc.start, end), "fullCalcOnLoad", "1"));
}
