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

const HEX = /^[0-9a-f]+$/i;
const DECIMAL = /^\d+$/;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * XML text with the five named entities and numeric character references decoded (what `decodeXml` does),
 * by index scanning: formulas are full of `&quot;` and `&gt;`, and a sheet may hold tens of thousands.
 */
export function decodeEntities(text: string): string {
  let at = text.indexOf("&");
  if (at < 0) return text;
  const parts: string[] = [];
  let copied = 0;
  while (at >= 0) {
    const semi = text.indexOf(";", at + 1);
    if (semi < 0) break;
    let decoded: string | undefined;
    if (text.charCodeAt(at + 1) === 35 /* # */) {
      const hex = (text.charCodeAt(at + 2) | 32) === 120; /* x */
      const digits = text.slice(at + (hex ? 3 : 2), semi);
      const code = digits.length > 0 && digits.length <= 8 ? parseInt(digits, hex ? 16 : 10) : NaN;
      const valid = (hex ? HEX : DECIMAL).test(digits);
      if (valid && code >= 0 && code <= 0x10ffff) decoded = String.fromCodePoint(code);
    } else if (semi - at <= 5) {
      decoded = NAMED[text.slice(at + 1, semi).toLowerCase()];
    }
    if (decoded !== undefined) {
      if (at > copied) parts.push(text.slice(copied, at));
      parts.push(decoded);
      copied = semi + 1;
      at = text.indexOf("&", semi + 1);
    } else at = text.indexOf("&", at + 1);
  }
  if (copied < text.length) parts.push(text.slice(copied));
  return parts.join("");
}

/** XML text content to the string it stands for: entities, then OOXML's `_xHHHH_` escapes. */
export const xmlText = (raw: string): string => decodeEscapes(decodeEntities(raw));

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
