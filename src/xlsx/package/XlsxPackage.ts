import { XlsxError } from "../XlsxError";
import { blankParts, CONTENT_TYPE, REL_TYPE } from "./blankPackage";
import { nameElement, renumbered, type DefinedName, type StoredName } from "./definedNames";
import type { NewPart, NewSheet } from "./newPart";
import { reachable } from "./partGraph";
import { relativeTarget, relsPathOf, resolveTarget } from "./partPaths";
import { PartStore } from "./PartStore";
import { freshRelationshipId, isType, removeRelationships, type NewRelationship } from "./relationships";
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

/** Excel's rule: 1 to 31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe. */
const isSheetName = (name: string): boolean =>
  name.length >= 1 &&
  name.length <= 31 &&
  !/[:\\/?*[\]]/.test(name) &&
  !name.startsWith("'") &&
  !name.endsWith("'");

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function kindOf(rel: { type: string } | undefined): SheetEntry["kind"] {
  if (rel && isType(rel, "worksheet")) return "worksheet";
  return rel && isType(rel, "chartsheet") ? "chartsheet" : "other";
}

/**
 * A workbook package kept as the file has it: parts are read on demand, and only the parts edited here are
 * rewritten on output (`xl/workbook.xml`, relationships and content types edited as text, new parts);
 * every other zip entry passes through with its compressed bytes.
 */
export class XlsxPackage {
  private model: WorkbookPart;
  private sheetCache: { model: WorkbookPart; rels: string | null; sheets: SheetEntry[] } | null = null;

  private constructor(
    private readonly store: PartStore,
    private readonly workbookPath: string,
  ) {
    const model = parseWorkbook(store.textNow(workbookPath) ?? "");
    if (!model) {
      // What was wrong, for a log: the part's first bytes (the user is told the file is damaged).
      const cause = new SyntaxError(
        `no <workbook> root in ${workbookPath}: ${(store.textNow(workbookPath) ?? "").slice(0, 40)}`,
      );
      throw new XlsxError("corrupt", { subject: workbookPath, cause });
    }
    this.model = model;
  }

  /**
   * Opens an .xlsx from memory.
   * @throws XlsxError `not-xlsx` (not a zip, a zip without a workbook such as a .docx, an old .xls),
   * `corrupt` (the zip or its workbook part unreadable), `encrypted` (a password-protected workbook).
   */
  static async open(data: Uint8Array): Promise<XlsxPackage> {
    const store = await PartStore.load(data);
    const office = store.relsOf("").find((rel) => isType(rel, "officeDocument") && !rel.external);
    const workbookPath =
      (office && store.entry(resolveTarget("", office.target))) ?? store.entry("xl/workbook.xml");
    // An .xlsb names a binary workbook part: not a workbook this layer reads.
    if (workbookPath === null || !/\.xml$/i.test(workbookPath)) throw new XlsxError("not-xlsx");
    const workbook = (await store.text(workbookPath)) ?? "";
    const isWorkbook = isWorkbookXml(workbook);
    if (isWorkbook === false) throw new XlsxError("not-xlsx");
    store.remember(workbookPath, workbook);
    store.date = store.dateOf(workbookPath) ?? store.date;
    return new XlsxPackage(store, workbookPath);
  }

  /** A new workbook without sheets (see blankPackage), its core properties dated `created` if given. */
  static blank(options: { created?: Date } = {}): XlsxPackage {
    return new XlsxPackage(PartStore.create(blankParts(options.created), options.created), "xl/workbook.xml");
  }

  get sheets(): readonly SheetEntry[] {
    const relsText = this.workbookRelsText();
    const cache = this.sheetCache;
    if (cache && cache.model === this.model && cache.rels === relsText) return cache.sheets;
    const rels = this.store.relsOf(this.workbookPath);
    const sheets = this.model.sheets.map((sheet): SheetEntry => {
      const rel = rels.find((r) => r.id === sheet.rId && !r.external);
      const target = rel ? resolveTarget(this.workbookPath, rel.target) : "";
      return {
        name: sheet.name,
        part: rel ? (this.store.entry(target) ?? target) : "",
        state: sheet.state,
        kind: kindOf(rel),
        sheetId: sheet.sheetId,
      };
    });
    this.sheetCache = { model: this.model, rels: relsText, sheets };
    return sheets;
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
  text(path: string): Promise<string | null> {
    return this.store.text(path);
  }

  /** The sheet's part text; sheet names compare case-insensitively, as in Excel. */
  async sheetXml(name: string): Promise<string> {
    const sheet = this.sheetNamed(name);
    if (!sheet) throw new RangeError(`No sheet named ${name}`);
    const text = sheet.part ? await this.store.text(sheet.part) : null;
    if (text === null) throw new XlsxError("corrupt", { subject: name });
    return text;
  }

  /** The shared strings part found through the workbook's relationships, or null when there is none. */
  sharedStrings(): Promise<string | null> {
    const part = this.workbookTarget("sharedStrings");
    return part === null ? Promise.resolve(null) : this.store.text(part);
  }

  /** The styles part found through the workbook's relationships, or null when there is none. */
  styles(): Promise<string | null> {
    const part = this.workbookTarget("styles");
    return part === null ? Promise.resolve(null) : this.store.text(part);
  }

  /** Replaces the styles part, or creates it with its relationship and content type. */
  setStyles(xml: string): void {
    this.setWorkbookChild("styles", "xl/styles", REL_TYPE.styles, CONTENT_TYPE.styles, xml);
  }

  /** Replaces the shared strings part, or creates it with its relationship and content type. */
  setSharedStrings(xml: string): void {
    const type = CONTENT_TYPE.sharedStrings;
    this.setWorkbookChild("sharedStrings", "xl/sharedStrings", REL_TYPE.sharedStrings, type, xml);
  }

  /** Replaces an existing part's text (the merge edits a user's sheet). */
  setPart(path: string, xml: string): void {
    const entry = this.store.entry(path);
    if (entry === null) throw new RangeError(`No part ${path}`);
    if (entry === this.workbookPath) this.setWorkbook(xml);
    else this.store.put(entry, xml);
  }

  /**
   * Removes these sheets: each one's part, its relationships, and every part reachable from it that no
   * remaining part refers to; their relationships, content types and sheet-scoped names (the other names'
   * localSheetId renumbered). Drops the calculation chain, which Excel rebuilds.
   */
  removeSheets(names: readonly string[]): void {
    const sheets = this.model.sheets;
    const gone = sheets.map((sheet) => names.some((name) => sameName(name, sheet.name)));
    if (!gone.includes(true)) return;
    const active = this.activeSheet;
    const parts = this.sheets.filter((sheet, i) => gone[i] && sheet.part).map((sheet) => sheet.part);
    this.removeWorkbookRels(new Set(sheets.filter((_sheet, i) => gone[i]).map((sheet) => sheet.rId)));

    const doomed = new Set(parts.filter((part) => this.store.entry(part) !== null));
    const kept = reachable(this.store, [""], doomed);
    for (const part of reachable(this.store, [...doomed])) if (!kept.has(part)) doomed.add(part);
    this.store.dropParts([...doomed]);

    const shift = (index: number): number => index - gone.slice(0, index).filter(Boolean).length;
    const names2 = this.model.names
      .filter((name) => name.localSheetId === undefined || !gone[name.localSheetId])
      .map((name) => {
        const local = name.localSheetId;
        return local === undefined || shift(local) === local ? name : renumbered(name, shift(local));
      });
    const raws = sheets.filter((_sheet, i) => !gone[i]).map((sheet) => sheet.raw);
    this.setWorkbook(this.withNames(writeSheets(this.workbookXml, raws), names2));
    this.dropCalcChain();
    this.keepActive(active);
  }

  /** Drops xl/calcChain.xml (the part, its relationship and content type): Excel rebuilds it on opening. */
  dropCalcChain(): void {
    const rels = this.store.relsOf(this.workbookPath).filter((rel) => isType(rel, "calcChain"));
    if (rels.length === 0) return;
    const parts = rels
      .filter((rel) => !rel.external)
      .map((rel) => this.store.entry(resolveTarget(this.workbookPath, rel.target)))
      .filter((part): part is string => part !== null);
    this.removeWorkbookRels(new Set(rels.map((rel) => rel.id)));
    this.store.dropParts(parts);
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
    const part = this.store.freePart("xl/worksheets/sheet");
    this.store.add(part, sheet.xml, CONTENT_TYPE.worksheet);
    const rId = freshRelationshipId(this.store.relsOf(this.workbookPath));
    const target = relativeTarget(this.workbookPath, part);
    this.store.addRels(this.workbookPath, [{ id: rId, type: REL_TYPE.worksheet, target }]);
    this.writeChildren(part, sheet.children);
    const element = sheetElement(this.model, sheet.name, sheetId, rId);
    this.setWorkbook(writeSheets(this.workbookXml, [...this.model.sheets.map((s) => s.raw), element]));
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
    const names = this.model.names;
    const at = names.findIndex(
      (other) => sameName(other.name, name.name) && other.localSheetId === name.localSheetId,
    );
    const next = at < 0 ? [...names, stored] : names.map((other, i) => (i === at ? stored : other));
    this.setWorkbook(this.withNames(this.workbookXml, next));
  }

  /** Makes the sheet the one shown on opening (activeTab), keeping firstSheet so that its tab shows. */
  activate(name: string): void {
    const index = this.model.sheets.findIndex((sheet) => sameName(sheet.name, name));
    if (index < 0) throw new RangeError(`No sheet named ${name}`);
    this.setActiveTab(index);
  }

  /** Sets fullCalcOnLoad="1" on `<calcPr>`, keeping its other attributes; creates `<calcPr/>` when absent. */
  recalcOnOpen(): void {
    this.setWorkbook(writeCalcOnLoad(this.workbookXml));
  }

  /** The package as a zip: changed and new parts deflated, every other entry passed through as it was. */
  toBytes(): Promise<Uint8Array> {
    return this.store.toBytes();
  }

  private writeChildren(parent: string, children: readonly NewPart[] | undefined): void {
    const rels: NewRelationship[] = [];
    for (const child of children ?? []) {
      const part = this.store.freePart(child.stem);
      this.store.add(part, child.xml, child.contentType);
      rels.push({ id: child.id, type: child.relType, target: relativeTarget(parent, part) });
      this.writeChildren(part, child.children);
    }
    this.store.addRels(parent, rels);
  }

  private workbookRelsText(): string | null {
    return this.store.textNow(relsPathOf(this.workbookPath));
  }

  private removeWorkbookRels(ids: ReadonlySet<string>): void {
    const text = this.workbookRelsText();
    if (text !== null) this.store.setRels(this.workbookPath, removeRelationships(text, ids));
  }

  private workbookTarget(type: string): string | null {
    const rel = this.store.relsOf(this.workbookPath).find((r) => isType(r, type) && !r.external);
    return rel ? this.store.entry(resolveTarget(this.workbookPath, rel.target)) : null;
  }

  private setWorkbookChild(
    type: string,
    stem: string,
    relType: string,
    contentType: string,
    xml: string,
  ): void {
    const existing = this.workbookTarget(type);
    if (existing !== null) return this.store.put(existing, xml);
    const part = this.store.entry(`${stem}.xml`) === null ? `${stem}.xml` : this.store.freePart(stem);
    this.store.add(part, xml, contentType);
    const id = freshRelationshipId(this.store.relsOf(this.workbookPath));
    const target = relativeTarget(this.workbookPath, part);
    this.store.addRels(this.workbookPath, [{ id, type: relType, target }]);
  }

  private get workbookXml(): string {
    return this.store.textNow(this.workbookPath) ?? "";
  }

  private setWorkbook(xml: string): void {
    if (xml === this.workbookXml) return;
    const model = parseWorkbook(xml);
    if (!model) throw new RangeError("The workbook part must stay a workbook");
    this.store.put(this.workbookPath, xml);
    this.model = model;
  }

  private withNames(xml: string, names: readonly StoredName[]): string {
    const raws = names.map((name) => name.raw);
    if (raws.join("") === this.model.names.map((name) => name.raw).join("")) return xml;
    return writeNames(xml, raws);
  }

  private sheetNamed(name: string): SheetEntry | undefined {
    return this.sheets.find((sheet) => sameName(sheet.name, name));
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
