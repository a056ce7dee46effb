import type { ExistingSheet, OutputKind } from "./sheetLayout";
import { sameSheetName } from "./sheetReference";

// Excel's rules: 1–31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe, and
// unique ignoring case (Vietnamese letters compare case-insensitively too).
const FORBIDDEN = /[:\\/?*[\]]/g;
const MAX_LENGTH = 31;

/** A name Excel accepts, made from any text: forbidden characters replaced, trimmed to 31 characters. */
export function legalSheetName(text: string): string {
  const cleaned = text
    .replace(FORBIDDEN, "-")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned || "Sheet").slice(0, MAX_LENGTH).trim();
}

/**
 * The name an output gets: the preferred name when it is free or already ours for this output; else, when a
 * user's sheet has it, the preferred name with " (2)", " (3)"… so that the user's sheet is left alone.
 * `taken` are names other outputs of this run already received.
 */
export function outputSheetName(
  preferred: string,
  kind: OutputKind,
  existing: readonly ExistingSheet[],
  taken: readonly string[],
): string {
  const base = legalSheetName(preferred);
  const blocked = (name: string): boolean =>
    taken.some((t) => sameSheetName(t, name)) ||
    existing.some((sheet) => sameSheetName(sheet.name, name) && sheet.owner !== kind);
  if (!blocked(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_LENGTH - suffix.length).trim()}${suffix}`;
    if (!blocked(candidate)) return candidate;
  }
}
