// The few XML primitives the .xlsx parts need: they are read and written as text, never as a DOM, so that a
// part we do not change keeps every byte, and a part we change keeps everything outside what we edit.

/** Text for an XML element's content or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const HEX = /^[0-9a-f]+$/i;
const DECIMAL = /^\d+$/;

/**
 * Text from XML: the five named entities and numeric character references decoded. By index scanning, not a
 * regular expression: formulas are full of `&quot;` and `&gt;`, and a sheet may hold tens of thousands.
 */
export function decodeXml(text: string): string {
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
      const code = (hex ? HEX : DECIMAL).test(digits) ? parseInt(digits, hex ? 16 : 10) : NaN;
      if (code >= 0 && code <= 0x10ffff) decoded = String.fromCodePoint(code);
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

// Each name's pattern, compiled once: attributes are read for every row and cell walked.
const READERS = new Map<string, RegExp>();

/**
 * An attribute's decoded value in an element's attribute text (`r="A1" s="3"`), or undefined. The name may
 * carry a prefix (`r:id`); single and double quotes are both valid XML.
 */
export function attribute(attributes: string, name: string): string | undefined {
  let pattern = READERS.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    READERS.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  return match ? decodeXml(match[1] ?? match[2] ?? "") : undefined;
}
