import { decodeXml } from "../xml";

// A string item's text runs: `<t>` elements, plain or inside `<r>` runs, prefixed or not, self-closing or not.
const TEXT = /<(?:\w+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g;
// Phonetic runs (furigana) are shown above the text, not part of it: Range.values leaves them out.
const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Text as OOXML escapes it (ST_Xstring): `_xHHHH_` stands for the UTF-16 code unit HHHH, so `_x000D_` is a
 * carriage return and `_x005F_` an underscore (which is how a literal `_x000D_` is written: `_x005F_x000D_`).
 */
export function decodeEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** XML text content to the string it stands for: entities, then OOXML's `_xHHHH_` escapes. */
export const xmlText = (raw: string): string => decodeEscapes(decodeXml(raw));

/**
 * The text of a string item's content (what `<si>` or `<is>` holds): its `<t>` elements joined, those of the
 * phonetic runs left out.
 */
export function richText(inner: string): string {
  // The common item, a single plain <t>…</t>, without a regular expression.
  if (inner.startsWith("<t>") && inner.endsWith("</t>") && inner.indexOf("<", 3) === inner.length - 4) {
    return xmlText(inner.slice(3, -4));
  }
  const content = inner.includes("rPh") ? inner.replace(PHONETIC, "") : inner;
  const parts: string[] = [];
  TEXT.lastIndex = 0;
  for (let match = TEXT.exec(content); match; match = TEXT.exec(content)) {
    parts.push(xmlText(match[1] ?? ""));
  }
  return parts.length === 1 ? parts[0]! : parts.join("");
}
