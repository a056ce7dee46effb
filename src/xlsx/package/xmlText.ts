import { escapeXml } from "../xml";

// Element-level text scanning for the package parts (workbook.xml, rels, content types): find an element's
// span without a DOM, so that an edit splices only that span and every other byte stays.

/** Where an element lies in a part's text: `[start, end)` whole, `[innerStart, innerEnd)` its content. */
export interface ElementSpan {
  start: number;
  end: number;
  /** Just after the start tag's `>`. */
  openEnd: number;
  innerStart: number;
  innerEnd: number;
  /** The start tag's attribute text. */
  attrs: string;
  selfClosing: boolean;
}

const HIDDEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>/g;

/**
 * The text with comments, CDATA sections, processing instructions and doctype blanked out, same length:
 * searches run on it, so that a commented-out `<sheet>` is not taken for one, and splices use the original.
 */
export function maskMarkup(xml: string): string {
  if (!xml.includes("<!") && !xml.includes("<?")) return xml;
  return xml.replace(HIDDEN, (hidden) => " ".repeat(hidden.length));
}

/** The index just after the `>` closing the tag that starts at `from`, skipping quoted values; -1 if none. */
export function tagEnd(xml: string, from: number): number {
  let quote = "";
  for (let i = from; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") return i + 1;
  }
  return -1;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The elements named `qname` (with its prefix, if any) between `from` and `to` of the masked text, in order.
 * Elements of one name are taken not to nest (true of every element the package layer edits).
 */
export function findElements(
  masked: string,
  qname: string,
  from = 0,
  to = masked.length,
  limit = Infinity,
): ElementSpan[] {
  const spans: ElementSpan[] = [];
  const open = new RegExp(`<${escapeRegExp(qname)}(?=[\\s/>])`, "g");
  const close = `</${qname}`;
  open.lastIndex = from;
  for (
    let match = open.exec(masked);
    match && match.index < to && spans.length < limit;
    match = open.exec(masked)
  ) {
    const start = match.index;
    const openEnd = tagEnd(masked, start + match[0].length);
    if (openEnd < 0) break;
    const selfClosing = masked[openEnd - 2] === "/";
    const attrs = masked.slice(start + match[0].length, selfClosing ? openEnd - 2 : openEnd - 1);
    let innerEnd = openEnd;
    let end = openEnd;
    if (!selfClosing) {
      const at = masked.indexOf(close, openEnd);
      const closeEnd = at < 0 ? -1 : tagEnd(masked, at);
      if (closeEnd < 0) break;
      innerEnd = at;
      end = closeEnd;
    }
    spans.push({ start, end, openEnd, innerStart: openEnd, innerEnd, attrs, selfClosing });
    open.lastIndex = end;
  }
  return spans;
}

/** The first element named `qname` in the range, or null. */
export function findElement(masked: string, qname: string, from = 0, to = masked.length): ElementSpan | null {
  return findElements(masked, qname, from, to, 1)[0] ?? null;
}

/** A start tag (`<x:calcPr a="1"/>`) with the attribute set to `value` (escaped here), added when absent. */
export function setAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s)${escapeRegExp(name)}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  const text = `${name}="${escapeXml(value)}"`;
  if (pattern.test(tag)) return tag.replace(pattern, (_whole, space: string) => `${space}${text}`);
  const closing = /\s*\/?>$/.exec(tag);
  const at = closing ? closing.index : tag.length;
  return `${tag.slice(0, at)} ${text}${tag.slice(at)}`;
}

/** The text with `[start, end)` replaced by `insert`. */
export const splice = (text: string, start: number, end: number, insert: string): string =>
  text.slice(0, start) + insert + text.slice(end);

/** The root element's prefix (`x:`, or "") and local name, or null when the text holds no element. */
export function rootElement(masked: string): { prefix: string; local: string } | null {
  const root = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(masked);
  return root ? { prefix: root[1] ?? "", local: root[2]! } : null;
}
