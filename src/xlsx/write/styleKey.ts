import { decodeXml } from "../xml";
import { attributeList, childElements, type XmlElement } from "./xmlElements";

// Font flags whose `val` may switch them off (`<b val="0"/>`), which is the same as leaving them out.
const FLAGS = new Set(["b", "i", "strike", "outline", "shadow", "condense", "extend"]);
// The edges of a border: one without a style draws nothing, whether written (`<left/>`) or not.
const EDGES = new Set([
  "left",
  "right",
  "top",
  "bottom",
  "diagonal",
  "start",
  "end",
  "vertical",
  "horizontal",
]);
const XF_IDS = ["numFmtId", "fontId", "fillId", "borderId"];

function bool(value: string): string {
  return value === "true" ? "1" : value === "false" ? "0" : value;
}

/**
 * A key equal for two style entries (a `<font>`, `<fill>`, `<border>` or `<xf>`) that mean the same: prefixes,
 * attribute and child order, and the spellings of a default are ignored; null for a child that says nothing.
 * Best effort for the user's own entries: two entries that differ here are simply kept apart.
 */
export function styleKey(xml: string, element: XmlElement): string | null {
  const attributes = new Map<string, string>();
  for (const [name, raw] of attributeList(element.attributes)) {
    if (name === "xmlns" || name.startsWith("xmlns:")) continue;
    attributes.set(name, bool(decodeXml(raw)));
  }
  const { name } = element;
  if (FLAGS.has(name)) {
    if (attributes.get("val") === "0") return null;
    attributes.delete("val");
  }
  if (name === "u" && attributes.get("val") === "single") attributes.delete("val");
  if (name === "protection") {
    if (attributes.get("locked") === "1") attributes.delete("locked");
    if (attributes.get("hidden") === "0") attributes.delete("hidden");
  }
  for (const colour of ["rgb"]) {
    const value = attributes.get(colour);
    if (value !== undefined) attributes.set(colour, value.toUpperCase());
  }
  if (name === "xf") for (const id of XF_IDS) if (!attributes.has(id)) attributes.set(id, "0");
  const children = element.selfClosing ? [] : childElements(xml, element.openEnd, element.closeStart);
  const childKeys = children
    .map((child) => styleKey(xml, child))
    .filter((key): key is string => key !== null)
    .sort();
  if (EDGES.has(name) && (attributes.get("style") ?? "none") === "none" && childKeys.length === 0)
    return null;
  if ((name === "alignment" || name === "protection") && attributes.size === 0) return null;
  const attributeText = [...attributes]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
    .join(" ");
  return `${name}(${attributeText})[${childKeys.join(",")}]`;
}
