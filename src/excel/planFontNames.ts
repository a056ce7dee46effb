import { a1, type FormatRange, parseRange, type Rect } from "../engine";

/** A layout's format as the adapter queues it: its font name, if any, set over `fontRange` instead of its range. */
export interface PlannedFormat extends FormatRange {
  fontRange?: string;
}

// Past this many named formats the merging below is not worth its time (quadratic): each keeps its name.
const MAX_MERGED = 2000;

const contains = (outer: Rect, inner: Rect): boolean =>
  outer.top <= inner.top &&
  outer.left <= inner.left &&
  outer.bottom >= inner.bottom &&
  outer.right >= inner.right;

const overlaps = (a: Rect, b: Rect): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

const address = (rect: Rect): string => `${a1(rect.top, rect.left)}:${a1(rect.bottom, rect.right)}`;

interface Named {
  index: number;
  name: string;
  rect: Rect;
}

/**
 * The same cells in the same font as the layout's formats applied one by one, with fewer font names sent: a
 * document sets one font everywhere, and a name repeated in every format would cost an action each (about
 * 100 bytes of the request). With one name, order does not matter: its ranges are merged into as few
 * rectangles as cover the same cells, each set once by the first format inside it. With several, a format drops
 * a name that an earlier format already set over its whole range, no other name set over its cells since.
 * Formats keep their order and number, so the steps do too.
 */
export function planFontNames(formats: readonly FormatRange[]): PlannedFormat[] {
  const named = formats
    .map((format, index) => ({ index, name: format.format.fontName, rect: parseRange(format.range) }))
    .filter((f): f is Named => f.name !== undefined && f.rect !== null);
  if (named.length < 2 || named.length > MAX_MERGED) return [...formats];
  const fontRanges = named.every((f) => f.name === named[0]!.name) ? oneName(named) : severalNames(named);
  return formats.map((format, index) => {
    if (!named.some((f) => f.index === index)) return format;
    const range = fontRanges.get(index);
    if (range === undefined) {
      const rest = { ...format.format };
      delete rest.fontName;
      return { range: format.range, format: rest };
    }
    return range === null ? format : { ...format, fontRange: address(range) };
  });
}

/**
 * One name: the rectangles merged while two make a rectangle together or one holds the other, each given to a
 * format inside it not given one yet, one over the whole rectangle if there is one. By format index: the rectangle to name, null for its own range.
 */
function oneName(named: Named[]): Map<number, Rect | null> {
  const rects = named.map((f) => f.rect);
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < rects.length && !changed; i++) {
      for (let j = 0; j < rects.length && !changed; j++) {
        if (i === j) continue;
        const merged = union(rects[i]!, rects[j]!);
        if (merged) {
          rects[i] = merged;
          rects.splice(j, 1);
          changed = true;
        }
      }
    }
  }
  const given = new Map<number, Rect | null>();
  for (const rect of rects) {
    // A format over the rectangle itself names it without a range of its own (a path and its action fewer).
    const free = named.filter((f) => !given.has(f.index) && contains(rect, f.rect));
    const owner = free.find((f) => contains(f.rect, rect)) ?? free[0];
    // Cannot happen for a rectangle merged from formats, but an unplanned name is always safe.
    if (!owner) return severalNames(named);
    given.set(owner.index, contains(owner.rect, rect) ? null : rect);
  }
  return given;
}

/** The rectangle two rectangles make together (one holding the other, or side by side), or null. */
function union(a: Rect, b: Rect): Rect | null {
  if (contains(a, b)) return a;
  if (contains(b, a)) return b;
  const rows = a.left === b.left && a.right === b.right && a.top <= b.bottom + 1 && b.top <= a.bottom + 1;
  const cols = a.top === b.top && a.bottom === b.bottom && a.left <= b.right + 1 && b.left <= a.right + 1;
  if (!rows && !cols) return null;
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

/** Several names: each format keeps its name unless an earlier one already set it over its whole range. */
function severalNames(named: Named[]): Map<number, Rect | null> {
  const kept = new Map<number, Rect | null>();
  named.forEach((later, j) => {
    for (let i = j - 1; i >= 0; i--) {
      const earlier = named[i]!;
      if (earlier.name !== later.name) {
        if (overlaps(earlier.rect, later.rect)) break;
      } else if (contains(earlier.rect, later.rect)) return;
    }
    kept.set(later.index, null);
  });
  return kept;
}
