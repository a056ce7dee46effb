import { parseRelationships } from "./relationships";
import { relsPathOf, resolveTarget } from "./partPaths";

/** How the package graph is looked at: a part's relationships text, and a part name to the entry it names. */
export interface PartLookup {
  relsText(rels: string): string | undefined;
  /** The zip entry of a part name (part names compare case-insensitively), or null when there is none. */
  entry(part: string): string | null;
}

/** The parts a part refers to through its relationships (internal targets that exist). */
export function targetsOf(lookup: PartLookup, source: string): string[] {
  const text = lookup.relsText(relsPathOf(source));
  if (text === undefined) return [];
  const parts: string[] = [];
  for (const rel of parseRelationships(text)) {
    if (rel.external) continue;
    const part = lookup.entry(resolveTarget(source, rel.target));
    if (part !== null) parts.push(part);
  }
  return parts;
}

/** Every part reachable from `starts` through relationships, `starts` included, not passing through `avoid`. */
export function reachable(
  lookup: PartLookup,
  starts: readonly string[],
  avoid: ReadonlySet<string> = new Set(),
): Set<string> {
  const seen = new Set<string>(starts);
  const queue = [...starts];
  for (let part = queue.pop(); part !== undefined; part = queue.pop()) {
    for (const target of targetsOf(lookup, part)) {
      if (seen.has(target) || avoid.has(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  return seen;
}
