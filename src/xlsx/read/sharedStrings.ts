import { richText } from "./richText";

const ITEM = /<(?:\w+:)?si(?=[\s>/])[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;

/**
 * The shared string table (`xl/sharedStrings.xml`), by index: each `<si>`'s text (plain `<t>`, or the `<r>`
 * runs' `<t>` joined; phonetic `<rPh>` runs left out), `_xHHHH_` escapes decoded (and `_x005F_` as a literal
 * underscore), XML entities decoded. A workbook without the part (null) has none.
 */
export function sharedStrings(xml: string | null): string[] {
  const strings: string[] = [];
  if (!xml) return strings;
  ITEM.lastIndex = 0;
  for (let match = ITEM.exec(xml); match; match = ITEM.exec(xml)) strings.push(richText(match[1] ?? ""));
  return strings;
}
