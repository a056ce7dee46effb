import { attribute, decodeXml, escapeXml } from "../xml";
import { findElements, setAttribute, tagEnd, type ElementSpan } from "./xmlText";

/** A defined name of the workbook. */
export interface DefinedName {
  name: string;
  /** Set for a sheet-scoped name: the index of its sheet in `<sheets>`. */
  localSheetId?: number;
  hidden?: boolean;
  /** The formula text, decoded. */
  formula: string;
}

/** A defined name and its element exactly as the file stores it, re-emitted unchanged unless renumbered. */
export interface StoredName extends DefinedName {
  raw: string;
}

const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

function formulaOf(content: string): string {
  if (!content.includes("<![CDATA[")) return decodeXml(content);
  // CDATA content is literal; what lies around it is ordinary escaped text.
  let out = "";
  let at = 0;
  for (const match of content.matchAll(CDATA)) {
    out += decodeXml(content.slice(at, match.index)) + match[1];
    at = match.index + match[0].length;
  }
  return out + decodeXml(content.slice(at));
}

/** The `<definedName>` elements inside `span` (the `<definedNames>` element) of the workbook part. */
export function parseDefinedNames(
  xml: string,
  masked: string,
  prefix: string,
  span: ElementSpan,
): StoredName[] {
  const names: StoredName[] = [];
  for (const el of findElements(masked, `${prefix}definedName`, span.innerStart, span.innerEnd)) {
    const name = attribute(el.attrs, "name");
    if (name === undefined) continue;
    const stored: StoredName = {
      name,
      formula: formulaOf(xml.slice(el.innerStart, el.innerEnd)),
      raw: xml.slice(el.start, el.end),
    };
    const local = Number(attribute(el.attrs, "localSheetId"));
    if (attribute(el.attrs, "localSheetId") !== undefined && Number.isInteger(local) && local >= 0) {
      stored.localSheetId = local;
    }
    const hidden = attribute(el.attrs, "hidden");
    if (hidden === "1" || hidden === "true") stored.hidden = true;
    names.push(stored);
  }
  return names;
}

/** The element for a name we write. */
export function nameElement(name: DefinedName, prefix: string): string {
  const scope = name.localSheetId === undefined ? "" : ` localSheetId="${name.localSheetId}"`;
  const hidden = name.hidden ? ` hidden="1"` : "";
  return `<${prefix}definedName name="${escapeXml(name.name)}"${scope}${hidden}>${escapeXml(name.formula)}</${prefix}definedName>`;
}

/** A stored name with another localSheetId: only that attribute of its element changes. */
export function renumbered(name: StoredName, localSheetId: number): StoredName {
  const end = tagEnd(name.raw, 1);
  const tag = setAttribute(name.raw.slice(0, end), "localSheetId", String(localSheetId));
  return { ...name, localSheetId, raw: tag + name.raw.slice(end) };
}
