// A scanner over XML text that finds elements by their bounds without building a tree, so that a part we edit
// keeps every byte outside the element we change. Prefixes (`x:font`) are kept apart from local names.

/** An element of an XML text: where it starts and ends, and where its content lies. */
export interface XmlElement {
  /** Namespace prefix with its colon (`x:`), or "". */
  prefix: string;
  /** Local name. */
  name: string;
  /** The attribute text of the open tag. */
  attributes: string;
  /** Index of its `<`. */
  start: number;
  /** Index just after its open tag's `>`. */
  openEnd: number;
  /** Index of its close tag's `<` (equal to `end` for an empty-element tag). */
  closeStart: number;
  /** Index just after the element. */
  end: number;
  selfClosing: boolean;
}

/** The XML is not well-formed enough to find the element wanted. */
export class XmlScanError extends Error {}

const NAME = /^([^\s/>]+)/;
const QUOTE_OR_END = /["'>]/g;
const BANG = 0x21;
const QUESTION = 0x3f;
const SLASH = 0x2f;

/** The end (exclusive) of the markup starting at `at` (a `<`): a tag, comment, CDATA section or instruction. */
function markupEnd(xml: string, at: number): number {
  const closeOf = (marker: string, from: number): number => {
    const found = xml.indexOf(marker, from);
    if (found < 0) throw new XmlScanError(`unclosed markup at ${at}`);
    return found + marker.length;
  };
  const second = xml.charCodeAt(at + 1);
  if (second === BANG || second === QUESTION) {
    if (xml.startsWith("<!--", at)) return closeOf("-->", at + 4);
    if (xml.startsWith("<![CDATA[", at)) return closeOf("]]>", at + 9);
    if (second === QUESTION) return closeOf("?>", at + 2);
  }
  // A tag: `>` may stand inside a quoted attribute value. The native regex jumps from quote to quote.
  QUOTE_OR_END.lastIndex = at + 1;
  for (let match = QUOTE_OR_END.exec(xml); match; match = QUOTE_OR_END.exec(xml)) {
    if (match[0] === ">") return match.index + 1;
    const close = xml.indexOf(match[0], match.index + 1);
    if (close < 0) break;
    QUOTE_OR_END.lastIndex = close + 1;
  }
  throw new XmlScanError(`unclosed tag at ${at}`);
}

/**
 * The child elements of the content between `from` and `to` (an element's openEnd and closeStart, or a whole
 * document), in document order. Linear in the length scanned. The content of a child named in `opaque` is
 * skipped unread up to its close tag (for elements that cannot contain one, such as styles.xml's lists).
 */
export function childElements(
  xml: string,
  from: number,
  to: number,
  opaque?: ReadonlySet<string>,
): XmlElement[] {
  const children: XmlElement[] = [];
  let depth = 0;
  let open: Omit<XmlElement, "closeStart" | "end" | "selfClosing"> | null = null;
  let at = xml.indexOf("<", from);
  while (at >= 0 && at < to) {
    const end = markupEnd(xml, at);
    const second = xml.charCodeAt(at + 1);
    if (second === BANG || second === QUESTION) {
      // Comments, CDATA, declarations and instructions are no elements.
    } else if (second === SLASH) {
      depth--;
      if (depth < 0) throw new XmlScanError(`unexpected close tag at ${at}`);
      if (depth === 0 && open) {
        children.push({ ...open, closeStart: at, end, selfClosing: false });
        open = null;
      }
    } else {
      const selfClosing = xml.charCodeAt(end - 2) === SLASH;
      if (depth === 0) {
        const inner = xml.slice(at + 1, selfClosing ? end - 2 : end - 1);
        const qualified = NAME.exec(inner)?.[1] ?? "";
        const colon = qualified.indexOf(":");
        const element = {
          prefix: colon >= 0 ? qualified.slice(0, colon + 1) : "",
          name: colon >= 0 ? qualified.slice(colon + 1) : qualified,
          attributes: inner.slice(qualified.length),
          start: at,
          openEnd: end,
        };
        if (selfClosing) children.push({ ...element, closeStart: end, end, selfClosing: true });
        else if (opaque?.has(element.name)) {
          // An element that cannot hold its own close tag: straight to it, its content unread.
          const closeTag = `</${qualified}>`;
          const closeStart = xml.indexOf(closeTag, end);
          if (closeStart >= 0 && closeStart < to) {
            const after = closeStart + closeTag.length;
            children.push({ ...element, closeStart, end: after, selfClosing: false });
            at = xml.indexOf("<", after);
            continue;
          }
          open = element;
        } else open = element;
      }
      if (!selfClosing) depth++;
    }
    at = xml.indexOf("<", end);
  }
  if (depth !== 0) throw new XmlScanError("unclosed element");
  return children;
}

/** The document element of an XML text, or null when there is none. */
export function rootElement(xml: string): XmlElement | null {
  return childElements(xml, 0, xml.length)[0] ?? null;
}

const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Every attribute of an open tag's attribute text, raw (not decoded), in order. */
export function attributeList(attributes: string): [name: string, value: string][] {
  const list: [string, string][] = [];
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(attributes); match; match = ATTRIBUTE.exec(attributes)) {
    list.push([match[1]!, match[2] ?? match[3] ?? ""]);
  }
  return list;
}
