import { xmlText } from "../write/xmlText";

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
  return `<${name}${attributes} t="inlineStr"><${prefix}is><${t} xml:space="preserve">${xmlText(value)}</${t}></${prefix}is></${name}>`;
}
