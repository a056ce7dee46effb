import { XlsxError } from "../XlsxError";

/** A start (or empty-element) tag read from XML text: where it lies, its name and its attribute text. */
export interface Tag {
  /** Index of its `<`. */
  start: number;
  /** Index just after its `>`. */
  end: number;
  /** The name as written (`x:row`), its prefix with the colon (`x:` or ``) and its local name (`row`). */
  name: string;
  prefix: string;
  local: string;
  /** The text between the name and `>` (or `/>`), leading space included: ` r="7" s="3"`. */
  attributes: string;
  selfClosing: boolean;
}

function isNameEnd(code: number): boolean {
  // whitespace, "/" and ">"
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2f || code === 0x3e;
}

/**
 * The tag opened by the `<` at `start`. Quotes are respected, since `>` is allowed unescaped in an attribute
 * value. @throws XlsxError `corrupt` when the tag does not end.
 */
export function readTag(xml: string, start: number): Tag {
  let nameEnd = start + 1;
  while (nameEnd < xml.length && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
  let quote = 0;
  let at = nameEnd;
  for (; at < xml.length; at++) {
    const code = xml.charCodeAt(at);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 || code === 0x27) quote = code;
    else if (code === 0x3e) break;
  }
  if (at >= xml.length) throw new XlsxError("corrupt");
  const name = xml.slice(start + 1, nameEnd);
  const selfClosing = xml.charCodeAt(at - 1) === 0x2f;
  const colon = name.indexOf(":");
  return {
    start,
    end: at + 1,
    name,
    prefix: colon < 0 ? "" : name.slice(0, colon + 1),
    local: colon < 0 ? name : name.slice(colon + 1),
    attributes: xml.slice(nameEnd, selfClosing ? at - 1 : at),
    selfClosing,
  };
}

/**
 * The index of `</name>` at or after `from`, or -1. V8 looks for a needle by its first character, and `<`
 * is everywhere in a sheet: the needle is the end tag's last three characters (`ow>` for `</row>`, about six
 * times faster over a large sheet), each find checked for the whole tag.
 */
export function endTagAt(xml: string, name: string, from: number): number {
  const tag = `</${name}>`;
  const tail = tag.slice(-3);
  for (let at = xml.indexOf(tail, from); at >= 0; at = xml.indexOf(tail, at + 1)) {
    const start = at + 3 - tag.length;
    if (start >= from && xml.startsWith(tag, start)) return start;
  }
  return -1;
}

/**
 * The index just after the element whose start tag is `tag`: after `/>`, or after its `</name>`. Elements of
 * a sheet's cell data do not nest an element of their own name, so the first end tag is theirs.
 * @throws XlsxError `corrupt` when the element does not end before `limit`.
 */
export function elementEnd(xml: string, tag: Tag, limit: number): number {
  if (tag.selfClosing) return tag.end;
  const close = endTagAt(xml, tag.name, tag.end);
  if (close < 0 || close >= limit) throw new XlsxError("corrupt");
  return close + tag.name.length + 3;
}

/**
 * Where the markup that is not an element ends when `start` opens a comment, a processing instruction or a
 * CDATA section; -1 when `start` opens an element or an end tag.
 */
export function skipNonElement(xml: string, start: number): number {
  const next = xml.charCodeAt(start + 1);
  let terminator = "";
  if (next === 0x3f) terminator = "?>";
  else if (xml.startsWith("<!--", start)) terminator = "-->";
  else if (xml.startsWith("<![CDATA[", start)) terminator = "]]>";
  else if (next === 0x21) terminator = ">";
  if (terminator === "") return -1;
  const end = xml.indexOf(terminator, start + 2);
  if (end < 0) throw new XlsxError("corrupt");
  return end + terminator.length;
}
