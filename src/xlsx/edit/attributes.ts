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
