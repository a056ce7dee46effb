import type { CellFormat } from "../../engine";
import { attribute } from "../xml";
import { XlsxError } from "../XlsxError";
import { styleKey } from "./styleKey";
import { childElements, rootElement, type XmlElement, XmlScanError } from "./xmlElements";
import { xmlAttribute } from "./xmlText";

/** A border edge's line. */
export type EdgeStyle = NonNullable<CellFormat["border"]>;

/**
 * A cell's format once every format range over it is folded in: what one `<xf>` of styles.xml says. Colours
 * are hex `RRGGBB`. An unset font name or size is the workbook's default font's.
 */
export interface ResolvedStyle extends Omit<CellFormat, "border" | "bottomBorder"> {
  /** A link's underline (CellFormat has none: links are the writer's). */
  underline?: boolean;
  /** Each edge on its own: a range's border and the rule under a heading fold into one cell's edges. */
  border?: { top?: EdgeStyle; left?: EdgeStyle; bottom?: EdgeStyle; right?: EdgeStyle };
  /** False for a cell left editable on a protected sheet; locked otherwise (Excel's default). */
  locked?: boolean;
}

// The lists of CT_Stylesheet in schema order: a list we must create goes after the ones before it.
const LISTS = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;
type ListName = (typeof LISTS)[number];
// The lists that can hold no element of their own name (extLst can: a dxf has one).
const FLAT_LISTS: ReadonlySet<string> = new Set(LISTS.filter((name) => name !== "extLst"));
type EntryList = "numFmts" | "fonts" | "fills" | "borders" | "cellStyleXfs" | "cellXfs";

// What a list we create must hold first, so that index 0 (and fill 1) keep the meaning readers give them.
const REQUIRED: Record<EntryList, string[]> = {
  numFmts: [],
  fonts: ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'],
  fills: [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ],
  borders: ["<border><left/><right/><top/><bottom/><diagonal/></border>"],
  cellStyleXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
};

const MINIMAL =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  `<fonts count="1">${REQUIRED.fonts.join("")}</fonts>` +
  `<fills count="2">${REQUIRED.fills.join("")}</fills>` +
  `<borders count="1">${REQUIRED.borders.join("")}</borders>` +
  `<cellStyleXfs count="1">${REQUIRED.cellStyleXfs.join("")}</cellStyleXfs>` +
  `<cellXfs count="1">${REQUIRED.cellXfs.join("")}</cellXfs>` +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0"/></styleSheet>';

/** Excel's built-in number formats we may need, by code: no numFmt entry is written for these. */
const BUILT_IN: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};
const FIRST_CUSTOM_FORMAT = 164;

interface List {
  element: XmlElement | null;
  /** Entries already in the text. */
  count: number;
  /** Each entry's index by its text (unprefixed): finds what an earlier run appended, however many entries. */
  texts: Map<string, number>;
  /** By its meaning (styleKey), for a list small enough to read entry by entry; null for a huge one. */
  keys: Map<string, number> | null;
  added: string[];
}

// Past this many entries in a list (files bloated by copy-paste hold tens of thousands of xfs), the user's
// entries are matched by their text only, keeping the read linear and fast.
const MEANING_LIMIT = 5000;

const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;
const VERTICAL = { top: "top", middle: "center", bottom: "bottom" } as const;

/**
 * The workbook's styles part, with the cell formats our sheets need appended to it: the user's entries keep
 * their indices and every byte, and an entry that is already there (the user's own, or one a previous run
 * appended) is used again rather than added, so a rerun adds nothing.
 */
export class StyleSheet {
  private readonly original: string | null;
  private readonly text: string;
  private readonly prefix: string;
  private readonly root: XmlElement;
  private readonly lists = new Map<ListName, List>();
  private readonly formatIds = new Map<string, number>();
  private readonly declaredFormats = new Map<number, string>();
  private nextFormatId: number;
  private readonly defaultFont: { name: string; size: number };
  private readonly cache = new Map<string, number>();

  /** The package's styles.xml text, or null for a workbook without one (then a minimal valid one is made). */
  constructor(xml: string | null) {
    this.original = xml;
    this.text = xml ?? MINIMAL;
    try {
      const root = rootElement(this.text);
      if (!root || root.name !== "styleSheet" || root.selfClosing) throw new XmlScanError("no styleSheet");
      this.root = root;
      this.prefix = root.prefix;
      for (const child of childElements(this.text, root.openEnd, root.closeStart, FLAT_LISTS)) {
        const name = child.name as ListName;
        if (LISTS.includes(name) && !this.lists.has(name)) this.lists.set(name, this.readList(child));
      }
    } catch (error) {
      if (error instanceof XmlScanError)
        throw new XlsxError("corrupt", { subject: "xl/styles.xml", cause: error });
      throw error;
    }
    for (const name of LISTS) if (!this.lists.has(name)) this.lists.set(name, this.emptyList());
    let highest = FIRST_CUSTOM_FORMAT - 1;
    for (const match of this.text.matchAll(/numFmtId\s*=\s*["'](\d+)["']/g)) {
      highest = Math.max(highest, Number(match[1]));
    }
    this.nextFormatId = highest + 1;
    this.defaultFont = this.readDefaultFont();
  }

  /**
   * The index in `<cellXfs>` of a cell format. Unset font name and size come from the workbook's default font
   * (fonts[0]), so our sheets look like the user's; identical fonts, fills, borders, number formats and cell
   * formats are reused.
   */
  cellXf(style: ResolvedStyle): number {
    const quick = JSON.stringify([
      style.bold,
      style.italic,
      style.underline,
      style.fontName,
      style.fontSize,
      style.fontColor,
      style.fill,
      style.horizontal,
      style.vertical,
      style.wrap,
      style.numberFormat,
      style.border?.top,
      style.border?.left,
      style.border?.bottom,
      style.border?.right,
      style.locked,
    ]);
    const cached = this.cache.get(quick);
    if (cached !== undefined) return cached;
    const numFmtId = this.numFmt(style.numberFormat);
    const fontId = this.font(style);
    const fillId = style.fill === undefined ? 0 : this.entry("fills", fillXml(style.fill));
    const borderId = this.border(style.border);
    const align: string[] = [];
    if (style.horizontal) align.push(` horizontal="${style.horizontal}"`);
    if (style.vertical) align.push(` vertical="${VERTICAL[style.vertical]}"`);
    if (style.wrap) align.push(' wrapText="1"');
    const unlocked = style.locked === false;
    const flags = [
      numFmtId ? ' applyNumberFormat="1"' : "",
      fontId ? ' applyFont="1"' : "",
      fillId ? ' applyFill="1"' : "",
      borderId ? ' applyBorder="1"' : "",
      align.length ? ' applyAlignment="1"' : "",
      unlocked ? ' applyProtection="1"' : "",
    ].join("");
    const children =
      (align.length ? `<alignment${align.join("")}/>` : "") + (unlocked ? '<protection locked="0"/>' : "");
    const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${flags}`;
    this.ensure("cellStyleXfs");
    const index = this.entry("cellXfs", children ? `${open}>${children}</xf>` : `${open}/>`);
    this.cache.set(quick, index);
    return index;
  }

  /**
   * The styles part: the input text unchanged when nothing was added; otherwise the same text with our entries
   * appended inside their lists and the counts updated (a missing list created in schema order).
   */
  toXml(): string {
    const edits: { at: number; end: number; order: number; text: string }[] = [];
    LISTS.forEach((name, order) => {
      const list = this.lists.get(name)!;
      if (list.added.length === 0) return;
      const p = this.prefix;
      const entries = list.added.map((entry) => this.prefixed(entry)).join("");
      const count = list.count + list.added.length;
      const { element } = list;
      if (!element) {
        edits.push({
          at: this.insertionPoint(order),
          end: -1,
          order,
          text: `<${p}${name} count="${count}">${entries}</${p}${name}>`,
        });
      } else if (element.selfClosing) {
        const open = withCount(this.text.slice(element.start, element.end - 2).replace(/\s+$/, ""), count);
        edits.push({ at: element.start, end: element.end, order, text: `${open}>${entries}</${p}${name}>` });
      } else {
        const open = withCount(this.text.slice(element.start, element.openEnd - 1), count);
        edits.push({ at: element.start, end: element.openEnd, order, text: `${open}>` });
        edits.push({ at: element.closeStart, end: -1, order, text: entries });
      }
    });
    if (edits.length === 0) return this.original ?? this.text;
    edits.sort((a, b) => a.at - b.at || a.order - b.order);
    const parts: string[] = [];
    let at = 0;
    for (const edit of edits) {
      parts.push(this.text.slice(at, edit.at), edit.text);
      at = edit.end < 0 ? edit.at : edit.end;
    }
    parts.push(this.text.slice(at));
    return parts.join("");
  }

  private readList(element: XmlElement): List {
    const list: List = { element, count: 0, texts: new Map(), keys: new Map(), added: [] };
    if (element.selfClosing) return list;
    const entries = childElements(this.text, element.openEnd, element.closeStart);
    list.count = entries.length;
    if (entries.length > MEANING_LIMIT) list.keys = null;
    if (element.name === "numFmts") {
      for (const entry of entries) {
        const id = Number(attribute(entry.attributes, "numFmtId"));
        const code = attribute(entry.attributes, "formatCode");
        if (!Number.isInteger(id) || code === undefined) continue;
        this.declaredFormats.set(id, code);
        if (!this.formatIds.has(code)) this.formatIds.set(code, id);
      }
      return list;
    }
    const prefix = element.prefix;
    entries.forEach((entry, index) => {
      let text = this.text.slice(entry.start, entry.end);
      if (prefix) text = text.split(`<${prefix}`).join("<").split(`</${prefix}`).join("</");
      if (!list.texts.has(text)) list.texts.set(text, index);
      const key = list.keys && styleKey(this.text, entry);
      if (key && !list.keys!.has(key)) list.keys!.set(key, index);
    });
    return list;
  }

  private emptyList(): List {
    return { element: null, count: 0, texts: new Map(), keys: new Map(), added: [] };
  }

  private readDefaultFont(): { name: string; size: number } {
    const fonts = this.lists.get("fonts")!.element;
    const first =
      fonts && !fonts.selfClosing ? childElements(this.text, fonts.openEnd, fonts.closeStart)[0] : undefined;
    const font = { name: "Calibri", size: 11 };
    if (!first || first.selfClosing) return font;
    for (const child of childElements(this.text, first.openEnd, first.closeStart)) {
      const value = attribute(child.attributes, "val");
      if (value === undefined) continue;
      if (child.name === "name" && value) font.name = value;
      if (child.name === "sz" && Number(value) > 0) font.size = Number(value);
    }
    return font;
  }

  /** A list we create starts with the entries readers expect at its first indices. */
  private ensure(name: EntryList): void {
    const list = this.lists.get(name)!;
    if (list.count > 0 || list.added.length > 0) return;
    for (const xml of REQUIRED[name]) this.append(list, xml);
  }

  private entry(name: EntryList, xml: string): number {
    this.ensure(name);
    const list = this.lists.get(name)!;
    const found = list.texts.get(xml) ?? (list.keys && list.keys.get(styleKey(xml, rootElement(xml)!)!));
    return found ?? this.append(list, xml);
  }

  private append(list: List, xml: string): number {
    const index = list.count + list.added.length;
    list.added.push(xml);
    if (!list.texts.has(xml)) list.texts.set(xml, index);
    const key = list.keys && styleKey(xml, rootElement(xml)!);
    if (key && !list.keys!.has(key)) list.keys!.set(key, index);
    return index;
  }

  private numFmt(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtIn = BUILT_IN[code];
    // A file may redefine a built-in id; then that id is not the built-in format any more.
    if (builtIn !== undefined && (this.declaredFormats.get(builtIn) ?? code) === code) return builtIn;
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.lists.get("numFmts")!.added.push(`<numFmt numFmtId="${id}" formatCode="${xmlAttribute(code)}"/>`);
    this.formatIds.set(code, id);
    this.declaredFormats.set(id, code);
    return id;
  }

  private font(style: ResolvedStyle): number {
    const name = style.fontName ?? this.defaultFont.name;
    const size = style.fontSize ?? this.defaultFont.size;
    const plain = !style.bold && !style.italic && !style.underline && style.fontColor === undefined;
    if (plain && name === this.defaultFont.name && size === this.defaultFont.size) return 0;
    const xml = [
      "<font>",
      style.bold ? "<b/>" : "",
      style.italic ? "<i/>" : "",
      style.underline ? "<u/>" : "",
      `<sz val="${size}"/>`,
      style.fontColor !== undefined ? `<color rgb="${xmlAttribute(argb(style.fontColor))}"/>` : "",
      `<name val="${xmlAttribute(name)}"/>`,
      "</font>",
    ].join("");
    return this.entry("fonts", xml);
  }

  private border(border: ResolvedStyle["border"]): number {
    if (!border || (!border.left && !border.right && !border.top && !border.bottom)) return 0;
    const edge = (name: string, style: EdgeStyle | undefined): string =>
      style ? `<${name} style="${style}"/>` : `<${name}/>`;
    const xml = `<border>${edge("left", border.left)}${edge("right", border.right)}${edge("top", border.top)}${edge("bottom", border.bottom)}<diagonal/></border>`;
    return this.entry("borders", xml);
  }

  /** Where a missing list goes: after the last list before it in schema order, else first in the root. */
  private insertionPoint(order: number): number {
    for (let i = order - 1; i >= 0; i--) {
      const element = this.lists.get(LISTS[i]!)!.element;
      if (element) return element.end;
    }
    return this.root.openEnd;
  }

  /** Our entry in the file's own prefix (`x:font`), for a styles part written by the OpenXML SDK. */
  private prefixed(xml: string): string {
    return this.prefix ? xml.replace(/<(\/?)(?=[A-Za-z])/g, `<$1${this.prefix}`) : xml;
  }
}

function fillXml(hex: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${xmlAttribute(argb(hex))}"/><bgColor indexed="64"/></patternFill></fill>`;
}

/** An open tag (without its `>`) with its count attribute set, added when it has none. */
function withCount(open: string, count: number): string {
  const replaced = open.replace(/(\scount\s*=\s*)(["'])[^"']*\2/, `$1$2${count}$2`);
  if (replaced !== open) return replaced;
  const name = /^<[^\s/>]+/.exec(open)![0];
  return `${name} count="${count}"${open.slice(name.length)}`;
}
