import { decodeXml } from "../xml";

// Attribute text read and edited in place: the attributes kept keep their quotes, spacing and order.

const ATTRIBUTE = /(\s+)([^\s=]+)(\s*=\s*)("[^"]*"|'[^']*')/g;

const VALUE_ATTRIBUTES = /\s+(?:t|vm|cm)\s*=\s*(?:"[^"]*"|'[^']*')/g;

/** A cell's attribute text (` r="C7" s="4" t="s"`) without those about its value: `t`, `vm` and `cm`. */
export function withoutValueAttributes(attributes: string): string {
  return attributes.replace(VALUE_ATTRIBUTES, "");
}

/** The attribute text with `name` set to `escapedValue` (already XML-escaped): replaced where it is, else appended. */
export function setAttribute(attributes: string, name: string, escapedValue: string): string {
  let found = false;
  const replaced = attributes.replace(ATTRIBUTE, (whole, space: string, found_: string, equals: string) => {
    if (found_ !== name || found) return whole;
    found = true;
    return `${space}${name}${equals}"${escapedValue}"`;
  });
  return found ? replaced : `${attributes} ${name}="${escapedValue}"`;
}

const READERS = new Map<string, RegExp>();

/**
 * An attribute's decoded value, or undefined: as `attribute` in ../xml, with each name's pattern compiled
 * once, since it is read for every row and cell walked.
 */
export function attributeOf(attributes: string, name: string): string | undefined {
  let pattern = READERS.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    READERS.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  return match ? decodeXml(match[1] ?? match[2] ?? "") : undefined;
}
