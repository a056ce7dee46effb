import JSZip from "jszip";
import { XlsxError } from "../XlsxError";
import { blankParts, CONTENT_TYPE, REL_TYPE } from "./blankPackage";
import { addOverride, EMPTY_CONTENT_TYPES, ensureDefault, removeOverrides } from "./contentTypes";
import { nameElement, renumbered, type DefinedName, type StoredName } from "./definedNames";
import type { NewPart, NewSheet } from "./newPart";
import { reachable, type PartLookup } from "./partGraph";
import { relativeTarget, relsPathOf, resolveTarget } from "./partPaths";
import {
  appendRelationships,
  freshRelationshipId,
  isType,
  parseRelationships,
  removeRelationships,
  type NewRelationship,
} from "./relationships";
import { classifyCfb, isCfb, isZip } from "./sniff";
import {
  isWorkbookXml,
  parseWorkbook,
  sheetElement,
  writeCalcOnLoad,
  writeNames,
  writeSheets,
  writeView,
  type SheetState,
  type WorkbookPart,
} from "./workbookPart";

export type { DefinedName } from "./definedNames";

/** A sheet of the workbook, in `<sheets>` order. */
export interface SheetEntry {
  name: string;
  /** Its part, resolved from the workbook's relationships ("xl/worksheets/sheet1.xml"); "" when it has none. */
  part: string;
  state: SheetState;
  /** What the relationship says it is: chartsheets and dialog sheets hold no cells. */
  kind: "worksheet" | "chartsheet" | "other";
  sheetId: number;
}

const CONTENT_TYPES = "[Content_Types].xml";

/** Excel's rule: 1 to 31 characters, none of : \\ / ? * [ ], not starting or ending with an apostrophe. */
const isSheetName = (name: string): boolean =>
  name.length >= 1 &&
  name.length <= 31 &&
  !/[:\\/?*[\]]/.test(name) &&
  !name.startsWith("'") &&
  !name.endsWith("'");
const ROOT_RELS = "_rels/.rels";
// JSZip writes DOS dates, which start in 1980: the date of an entry we add when nothing better is known.
const EPOCH = new Date(Date.UTC(1980, 0, 1));

async function readText(zip: JSZip, name: string): Promise<string> {
  try {
    return await zip.file(name)!.async("string");
  } catch (error) {
    throw new XlsxError("corrupt", { cause: error, subject: name });
  }
}

// JSZip passes a loaded entry's compressed bytes through on generate when the entry's compression is the
// one generate uses; an entry stored uncompressed would be deflated. Pin those to STORE so they too pass.
function keepStoredEntries(zip: JSZip): void {
  zip.forEach((_path, file) => {
    const data = (file as unknown as { _data?: { compression?: { magic?: string } } })._data;
    if (data?.compression?.magic === "\x00\x00") file.options.compression = "STORE";
  });
}

/**
 * A workbook package kept as the file has it: parts are read on demand, and only the parts edited here are
 * rewritten on output; every other zip entry passes through with its compressed bytes.
 */
export class XlsxPackage {
  /** The current text of the parts read at opening (workbook, rels, content types) and of those written. */
  private readonly texts = new Map<string, string>();
  private readonly originals: ReadonlyMap<string, string>;
  private readonly removed = new Set<string>();
  /** Lower-cased part name → zip entry name, of the parts the package has now. */
  private readonly entries = new Map<string, string>();
  private model: WorkbookPart;
  private sheetList: SheetEntry[] | null = null;
  private readonly lookup: PartLookup = {
    relsText: (rels) => {
      const entry = this.entry(rels);
      return entry === null ? undefined : this.texts.get(entry);
    },
    entry: (part) => this.entry(part),
  };

  private constructor(
    private readonly zip: JSZip,
    private readonly workbookPath: string,
    private readonly date: Date,
    texts: Map<string, string>,
    fresh = false,
  ) {
    zip.forEach((path, file) => {
      if (!file.dir) this.entries.set(path.toLowerCase(), path);
    });
    // A blank package has no entries yet: every part is written.
    this.originals = fresh ? new Map() : new Map(texts);
    for (const [path, text] of texts) this.put(path, text);
    const model = parseWorkbook(texts.get(workbookPath) ?? "");
    if (!model) throw new XlsxError("corrupt", { subject: workbookPath });
    this.model = model;
  }

  /**
   * Opens an .xlsx from memory.
   * @throws XlsxError `not-xlsx` (not a zip, a zip without a workbook such as a .docx, an old .xls),
   * `corrupt` (the zip or its workbook part unreadable), `encrypted` (a password-protected workbook).
   */
  static async open(data: Uint8Array): Promise<XlsxPackage> {
    if (isCfb(data)) throw classifyCfb(data);
    if (!isZip(data)) throw new XlsxError("not-xlsx");
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(data);
    } catch (error) {
      throw new XlsxError("corrupt", { cause: error });
    }
    keepStoredEntries(zip);
    const texts = new Map<string, string>();
    const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
    for (const name of names) {
      if (name === CONTENT_TYPES || /(^|\/)_rels\/[^/]*\.rels$/i.test(name)) {
        texts.set(name, await readText(zip, name));
      }
    }
    const byLower = new Map(names.map((name) => [name.toLowerCase(), name]));
    const office = parseRelationships(texts.get(byLower.get(ROOT_RELS) ?? "") ?? "").find(
      (rel) => isType(rel, "officeDocument") && !rel.external,
    );
    const workbookPath =
      (office && byLower.get(resolveTarget("", office.target).toLowerCase())) ??
      byLower.get("xl/workbook.xml");
    // An .xlsb names a binary workbook part: not a workbook this layer reads.
    if (workbookPath === undefined || !/\.xml$/i.test(workbookPath)) throw new XlsxError("not-xlsx");
    const workbook = await readText(zip, workbookPath);
    const isWorkbook = isWorkbookXml(workbook);
    if (isWorkbook === false) throw new XlsxError("not-xlsx");
    if (isWorkbook === null || !parseWorkbook(workbook))
      throw new XlsxError("corrupt", { subject: workbookPath });
    texts.set(workbookPath, workbook);
    return new XlsxPackage(zip, workbookPath, zip.file(workbookPath)?.date ?? EPOCH, texts);
  }

  /** A new workbook without sheets (see blankPackage), its core properties dated `created` if given. */
  static blank(options: { created?: Date } = {}): XlsxPackage {
    const texts = new Map(Object.entries(blankParts(options.created)));
    return new XlsxPackage(new JSZip(), "xl/workbook.xml", options.created ?? EPOCH, texts, true);
  }

  get sheets(): readonly SheetEntry[] {
    if (this.sheetList) return this.sheetList;
    const rels = this.relsOf(this.workbookPath);
    this.sheetList = this.model.sheets.map((sheet) => {
      const rel = rels.find((r) => r.id === sheet.rId && !r.external);
      const target = rel ? resolveTarget(this.workbookPath, rel.target) : "";
      const kind = !rel
        ? "other"
        : isType(rel, "worksheet")
          ? "worksheet"
          : isType(rel, "chartsheet")
            ? "chartsheet"
            : "other";
      return {
        name: sheet.name,
        part: rel ? (this.entry(target) ?? target) : "",
        state: sheet.state,
        kind,
        sheetId: sheet.sheetId,
      };
    });
    return this.sheetList;
  }

  get names(): readonly DefinedName[] {
    return this.model.names.map(({ raw: _raw, ...name }) => name);
  }

  get date1904(): boolean {
    return this.model.date1904;
  }

  /** The sheet shown on opening (the first workbookView's activeTab), by name, or null. */
  get activeSheet(): string | null {
    return this.model.sheets[this.model.activeTab]?.name ?? this.model.sheets[0]?.name ?? null;
  }

  /** The zip entry name of the workbook part (xl/workbook.xml in files Excel writes). */
  get workbookPart(): string {
    return this.workbookPath;
  }

  /** A part's text (UTF-8), or null when the package has no such part. */
  async text(path: string): Promise<string | null> {
    const entry = this.entry(path.replace(/^\//, ""));
    if (entry === null) return null;
    const text = this.texts.get(entry);
    if (text !== undefined) return text;
    return this.zip.file(entry) ? readText(this.zip, entry) : null;
  }

  /** The sheet's part text; sheet names compare case-insensitively, as in Excel. */
  async sheetXml(name: string): Promise<string> {
    const sheet = this.sheetNamed(name);
    if (!sheet) throw new RangeError(`No sheet named ${name}`);
    const text = sheet.part ? await this.text(sheet.part) : null;
    if (text === null) throw new XlsxError("corrupt", { subject: name });
    return text;
  }

  /** The shared strings part found through the workbook's relationships, or null when there is none. */
  sharedStrings(): Promise<string | null> {
    const part = this.workbookTarget("sharedStrings");
    return part === null ? Promise.resolve(null) : this.text(part);
  }

  /** The styles part found through the workbook's relationships, or null when there is none. */
  styles(): Promise<string | null> {
    const part = this.workbookTarget("styles");
    return part === null ? Promise.resolve(null) : this.text(part);
  }

  /** Replaces the styles part, or creates it with its relationship and content type. */
  setStyles(xml: string): void {
    this.setWorkbookChild("styles", "xl/styles", REL_TYPE.styles, CONTENT_TYPE.styles, xml);
  }

  /** Replaces the shared strings part, or creates it with its relationship and content type. */
  setSharedStrings(xml: string): void {
    this.setWorkbookChild(
      "sharedStrings",
      "xl/sharedStrings",
      REL_TYPE.sharedStrings,
      CONTENT_TYPE.sharedStrings,
      xml,
    );
  }

  /** Replaces an existing part's text (the merge edits a user's sheet). */
  setPart(path: string, xml: string): void {
    const entry = this.entry(path.replace(/^\//, ""));
    if (entry === null) throw new RangeError(`No part ${path}`);
    if (entry === this.workbookPath) this.setWorkbook(xml);
    else this.put(entry, xml);
    this.sheetList = null;
  }

  /**
   * Removes these sheets: each one's part, its relationships, and every part reachable from it that no
   * remaining part refers to; their relationships, content types and sheet-scoped names (the other names'
   * localSheetId renumbered). Drops the calculation chain, which Excel rebuilds.
   */
  removeSheets(names: readonly string[]): void {
    const wanted = new Set(names.map((name) => name.toLowerCase()));
    const sheets = this.model.sheets;
    const gone = sheets.map((sheet) => wanted.has(sheet.name.toLowerCase()));
    if (!gone.includes(true)) return;
    const active = this.activeSheet;
    const parts = this.sheets.filter((_sheet, i) => gone[i] && _sheet.part).map((sheet) => sheet.part);
    const ids = new Set(sheets.filter((_sheet, i) => gone[i]).map((sheet) => sheet.rId));
    this.setRels(this.workbookPath, removeRelationships(this.relsText(this.workbookPath) ?? "", ids));

    const doomed = new Set(parts.filter((part) => this.entry(part) !== null));
    const kept = reachable(this.lookup, [""], doomed);
    for (const part of reachable(this.lookup, [...doomed])) if (!kept.has(part)) doomed.add(part);
    this.dropParts([...doomed]);

    const shift = (index: number): number => index - gone.slice(0, index).filter(Boolean).length;
    const names2 = this.model.names
      .filter((name) => name.localSheetId === undefined || !gone[name.localSheetId])
      .map((name) => {
        const local = name.localSheetId;
        return local === undefined || shift(local) === local ? name : renumbered(name, shift(local));
      });
    let xml = writeSheets(
      this.workbookXml,
      sheets.filter((_sheet, i) => !gone[i]).map((sheet) => sheet.raw),
    );
    xml = this.withNames(xml, names2);
    this.setWorkbook(xml);
    this.dropCalcChain();
    this.keepActive(active);
  }

  /** Drops xl/calcChain.xml (the part, its relationship and content type): Excel rebuilds it on opening. */
  dropCalcChain(): void {
    const rels = this.relsOf(this.workbookPath).filter((rel) => isType(rel, "calcChain"));
    if (rels.length === 0) return;
    const parts = rels
      .filter((rel) => !rel.external)
      .map((rel) => this.entry(resolveTarget(this.workbookPath, rel.target)))
      .filter((part): part is string => part !== null);
    this.setRels(
      this.workbookPath,
      removeRelationships(this.relsText(this.workbookPath) ?? "", new Set(rels.map((r) => r.id))),
    );
    this.dropParts(parts);
  }

  /**
   * Appends a sheet at the end of `<sheets>`: the next sheetId, a fresh relationship id, the part
   * xl/worksheets/sheetN.xml with N unused, and its children (see NewPart).
   * @throws XlsxError `name-clash` when a sheet of that name (compared case-insensitively) exists.
   */
  addSheet(sheet: NewSheet): void {
    if (!isSheetName(sheet.name)) throw new RangeError(`Not a sheet name Excel accepts: ${sheet.name}`);
    if (this.sheetNamed(sheet.name)) throw new XlsxError("name-clash", { subject: sheet.name });
    const sheetId = this.model.sheets.reduce((max, s) => Math.max(max, s.sheetId), 0) + 1;
    const part = this.freePart("xl/worksheets/sheet");
    this.put(part, sheet.xml);
    this.setContentTypes(addOverride(this.contentTypes, part, CONTENT_TYPE.worksheet));
    const rId = freshRelationshipId(this.relsOf(this.workbookPath));
    this.addRels(this.workbookPath, [
      { id: rId, type: REL_TYPE.worksheet, target: relativeTarget(this.workbookPath, part) },
    ]);
    this.writeChildren(part, sheet.children);
    const raws = [...this.model.sheets.map((s) => s.raw), sheetElement(this.model, sheet.name, sheetId, rId)];
    this.setWorkbook(writeSheets(this.workbookXml, raws));
  }

  /** Removes the defined names `drop` chooses; the others stay exactly as stored. */
  removeNames(drop: (name: DefinedName) => boolean): void {
    const kept = this.model.names.filter(({ raw: _raw, ...name }) => !drop(name));
    if (kept.length === this.model.names.length) return;
    this.setWorkbook(this.withNames(this.workbookXml, kept));
  }

  /** Adds a defined name (escaped; hidden → hidden="1"), replacing one of the same name and scope. */
  addName(name: DefinedName): void {
    const stored: StoredName = { ...name, raw: nameElement(name, this.model.prefix) };
    const same = (other: DefinedName): boolean =>
      other.name.toLowerCase() === name.name.toLowerCase() && other.localSheetId === name.localSheetId;
    const names = this.model.names;
    const at = names.findIndex(same);
    const next = at < 0 ? [...names, stored] : names.map((other, i) => (i === at ? stored : other));
    this.setWorkbook(this.withNames(this.workbookXml, next));
  }

  /** Makes the sheet the one shown on opening (activeTab), keeping firstSheet so that its tab shows. */
  activate(name: string): void {
    const index = this.model.sheets.findIndex((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
    if (index < 0) throw new RangeError(`No sheet named ${name}`);
    this.setActiveTab(index);
  }

  /** Sets fullCalcOnLoad="1" on `<calcPr>`, keeping its other attributes; creates `<calcPr/>` when absent. */
  recalcOnOpen(): void {
    this.setWorkbook(writeCalcOnLoad(this.workbookXml));
  }

  /** The package as a zip: changed and new parts deflated, every other entry passed through as it was. */
  async toBytes(): Promise<Uint8Array> {
    for (const name of this.removed) this.zip.remove(name);
    for (const [name, text] of this.texts) {
      if (this.originals.get(name) === text) continue;
      const date = this.zip.file(name)?.date ?? this.date;
      this.zip.file(name, text, { compression: "DEFLATE", date, createFolders: false });
    }
    return this.zip.generateAsync({
      type: "uint8array",
      compression: "DEFLATE",
      compressionOptions: { level: 6 },
    });
  }

  // --- parts and their names

  private entry(part: string): string | null {
    return this.entries.get(part.toLowerCase()) ?? null;
  }

  private put(part: string, text: string): void {
    const existing = this.entry(part) ?? part;
    this.texts.set(existing, text);
    this.removed.delete(existing);
    this.entries.set(existing.toLowerCase(), existing);
  }

  private drop(part: string): void {
    const entry = this.entry(part);
    if (entry === null) return;
    this.texts.delete(entry);
    this.entries.delete(entry.toLowerCase());
    if (this.zip.file(entry)) this.removed.add(entry);
  }

  /** Drops parts with their relationships parts and content type overrides. */
  private dropParts(parts: readonly string[]): void {
    if (parts.length === 0) return;
    for (const part of parts) {
      this.drop(part);
      this.drop(relsPathOf(part));
    }
    this.setContentTypes(removeOverrides(this.contentTypes, parts));
    this.sheetList = null;
  }

  /** `${stem}N.xml` with the least N no part of the package has. */
  private freePart(stem: string): string {
    let n = 1;
    while (this.entry(`${stem}${n}.xml`) !== null) n++;
    return `${stem}${n}.xml`;
  }

  private writeChildren(parent: string, children: readonly NewPart[] | undefined): void {
    if (!children || children.length === 0) return;
    const rels: NewRelationship[] = [];
    for (const child of children) {
      const part = this.freePart(child.stem);
      this.put(part, child.xml);
      this.setContentTypes(addOverride(this.contentTypes, part, child.contentType));
      rels.push({ id: child.id, type: child.relType, target: relativeTarget(parent, part) });
      this.writeChildren(part, child.children);
    }
    this.addRels(parent, rels);
  }

  private workbookTarget(type: string): string | null {
    const rel = this.relsOf(this.workbookPath).find((r) => isType(r, type) && !r.external);
    return rel ? this.entry(resolveTarget(this.workbookPath, rel.target)) : null;
  }

  private setWorkbookChild(
    type: string,
    stem: string,
    relType: string,
    contentType: string,
    xml: string,
  ): void {
    const existing = this.workbookTarget(type);
    if (existing !== null) return this.put(existing, xml);
    const part = this.entry(`${stem}.xml`) === null ? `${stem}.xml` : this.freePart(stem);
    this.put(part, xml);
    this.setContentTypes(addOverride(this.contentTypes, part, contentType));
    const id = freshRelationshipId(this.relsOf(this.workbookPath));
    this.addRels(this.workbookPath, [{ id, type: relType, target: relativeTarget(this.workbookPath, part) }]);
  }

  // --- relationships and content types, kept as text

  private relsText(source: string): string | null {
    const entry = this.entry(relsPathOf(source));
    return entry === null ? null : (this.texts.get(entry) ?? null);
  }

  private relsOf(source: string) {
    return parseRelationships(this.relsText(source) ?? "");
  }

  private setRels(source: string, xml: string): void {
    if (xml === (this.relsText(source) ?? "")) return;
    this.put(relsPathOf(source), xml);
    this.sheetList = null;
  }

  private addRels(source: string, rels: readonly NewRelationship[]): void {
    this.setRels(source, appendRelationships(this.relsText(source), rels));
    this.setContentTypes(ensureDefault(this.contentTypes, "rels", CONTENT_TYPE.rels));
  }

  private get contentTypes(): string {
    const entry = this.entry(CONTENT_TYPES);
    return (entry === null ? undefined : this.texts.get(entry)) ?? EMPTY_CONTENT_TYPES;
  }

  private setContentTypes(xml: string): void {
    if (xml !== this.contentTypes || this.entry(CONTENT_TYPES) === null) this.put(CONTENT_TYPES, xml);
  }

  // --- the workbook part

  private get workbookXml(): string {
    return this.texts.get(this.workbookPath) ?? "";
  }

  private setWorkbook(xml: string): void {
    if (xml === this.workbookXml) return;
    const model = parseWorkbook(xml);
    if (!model) throw new RangeError("The workbook part must stay a workbook");
    this.put(this.workbookPath, xml);
    this.model = model;
    this.sheetList = null;
  }

  private withNames(xml: string, names: readonly StoredName[]): string {
    const raws = names.map((name) => name.raw);
    if (raws.join("") === this.model.names.map((name) => name.raw).join("")) return xml;
    return writeNames(xml, raws);
  }

  private sheetNamed(name: string): SheetEntry | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  /** After the sheets changed: the same sheet active, by name; when it is gone, the first visible one. */
  private keepActive(name: string | null): void {
    const sheets = this.model.sheets;
    const index = sheets.findIndex((sheet) => sheet.name === name);
    const visible = sheets.findIndex((sheet) => sheet.state === "visible");
    this.setActiveTab(index >= 0 ? index : Math.max(visible, 0));
  }

  private setActiveTab(index: number): void {
    const values: { activeTab?: number; firstSheet?: number } = {};
    if (index !== this.model.activeTab) values.activeTab = index;
    if (this.model.firstSheet > index) values.firstSheet = index;
    if (Object.keys(values).length > 0) this.setWorkbook(writeView(this.workbookXml, values));
  }
}
