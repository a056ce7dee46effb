import { escapeXml } from "../xml";

// Characters XML 1.0 cannot carry (C0 controls but tab and line feed, lone surrogates, U+FFFE/U+FFFF), and
// CR, which an XML reader turns into a line feed, are written as OOXML's `_xHHHH_`; so is the `_` that starts
// a literal `_xHHHH_`, or Excel would decode it. A surrogate pair (an emoji) matches first and stays as it is.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /_(?=x[0-9A-Fa-f]{4}_)|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\x00-\x08\x0B-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/g;

/** Text for a cell's `<t>`: XML-escaped, with the characters XML cannot hold as `_xHHHH_`. */
export function cellText(text: string): string {
  const safe = text.replace(UNSAFE, (found) =>
    found.length === 2 ? found : `_x${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
  return escapeXml(safe);
}

/** A number as `<v>` holds it: the shortest text that reads back as the same double. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`a cell cannot hold ${value}`);
  return String(value);
}

/**
 * A `<c>` element holding `value`: a number as `<v>`, text as an inline string (never a formula, whatever it
 * starts with). `attributes` is the start tag's attribute text, `r` included, without `t`.
 */
export function cellXml(name: string, prefix: string, attributes: string, value: string | number): string {
  if (typeof value === "number")
    return `<${name}${attributes}><${prefix}v>${numberText(value)}</${prefix}v></${name}>`;
  const t = `${prefix}t`;
  return `<${name}${attributes} t="inlineStr"><${prefix}is><${t} xml:space="preserve">${cellText(value)}</${t}></${prefix}is></${name}>`;
}
