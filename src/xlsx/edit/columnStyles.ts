import { attribute } from "../xml";

const COL = /<(?:[\w.-]+:)?col\s([^>]*?)\/?>/g;

/**
 * The style (`<col style>`) of each column, from the sheet's `<cols>` (the text before its cell data): a
 * lookup by 0-based column, undefined for a column without one.
 */
export function columnStyles(head: string): (col: number) => string | undefined {
  const ranges: { from: number; to: number; style: string }[] = [];
  for (const match of head.matchAll(COL)) {
    const attributes = match[1] ?? "";
    const style = attribute(attributes, "style");
    const from = Number(attribute(attributes, "min"));
    const to = Number(attribute(attributes, "max"));
    if (style !== undefined && Number.isInteger(from) && Number.isInteger(to) && from <= to)
      ranges.push({ from: from - 1, to: to - 1, style });
  }
  ranges.sort((a, b) => a.from - b.from);
  return (col) => {
    // Ranges do not overlap in a valid file: the last one starting at or before the column is the one.
    let low = 0;
    let high = ranges.length - 1;
    let found: (typeof ranges)[number] | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const range = ranges[middle]!;
      if (range.from <= col) {
        found = range;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found && col <= found.to ? found.style : undefined;
  };
}
