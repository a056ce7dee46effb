import { escapeXml } from "../xml";

// OOXML's ST_Xstring: a character XML 1.0 cannot carry is written `_xHHHH_` (its UTF-16 code unit), and a
// literal text that looks like such an escape has its underscore escaped as `_x005F_`, so that readers give
// back the text as it was. A lone surrogate would become U+FFFD on encoding; it is escaped the same way.
// Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDFFF]|_x[0-9A-Fa-f]{4}_/u;
// eslint-disable-next-line no-control-regex
const ESCAPES = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDFFF]|_x[0-9A-Fa-f]{4}_/gu;
const MARKUP = /[&<>"]/;

function code(unit: number): string {
  return `_x${unit.toString(16).toUpperCase().padStart(4, "0")}_`;
}

function escapeXstring(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(ESCAPES, (found) =>
    found.length > 1 ? `_x005F_${found.slice(1)}` : code(found.charCodeAt(0)),
  );
}

/**
 * Text for an element's content (a cell's `<t>`, a formula, a header): XML-escaped and ST_Xstring-escaped. A
 * carriage return is escaped too, since XML turns a bare CR into a line feed.
 */
export function xmlText(text: string): string {
  const escaped = escapeXstring(text).replace(/\r/g, "_x000D_");
  return MARKUP.test(escaped) ? escapeXml(escaped) : escaped;
}

/** Text for a double-quoted attribute value: as `xmlText`, with tab, LF and CR as character references (an
 * attribute value's white space is otherwise normalised to spaces). */
export function xmlAttribute(text: string): string {
  const escaped = escapeXstring(text);
  const marked = MARKUP.test(escaped) ? escapeXml(escaped) : escaped;
  return /[\t\n\r]/.test(marked) ? marked.replace(/[\t\n\r]/g, (ch) => `&#${ch.charCodeAt(0)};`) : marked;
}
