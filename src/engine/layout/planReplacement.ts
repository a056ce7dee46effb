import { foldSheetName, sameSheetName } from "./sheetReference";
import { isOwnedKind, type OutputKind, type SheetLayout } from "./sheetLayout";
import type { SheetOwnership } from "./sheetOwnership";

/** A sheet of ours and the output it is. */
export interface OwnedSheet {
  sheet: string;
  kind: OutputKind;
}

/** How a write of layouts replaces our earlier outputs: what an adapter deletes, keeps and refuses. */
export interface ReplacementPlan {
  /** Our earlier outputs of the kinds being written, in tab order: the sheets to delete, no other. */
  remove: string[];
  /** The marks of the kinds being written, to delete with them: they point at those sheets, or nowhere. */
  marksToDrop: string[];
  /** Our outputs that stay, each once, in the marks' order: the marks a rewritten name table carries on. */
  keep: OwnedSheet[];
  /**
   * The first layout name taken by a sheet that stays (the user's, or an output of another kind) or by an
   * earlier layout, as Excel compares names: nothing may be written then, since a layout's name is final.
   */
  clash: string | null;
  /**
   * The first sheet to remove that is protected (`protectedSheets`): nothing may be written then. The secretary
   * protected it (a signed proposal, say); replacing it silently would throw her protection away, so she is
   * asked to unprotect it first.
   */
  guarded: string | null;
}

/**
 * Plans replacing our earlier outputs by `layouts` (DESIGN §3): only sheets our marks claim for a kind being
 * written go, a settings sheet and a form never (they are the user's once written); every other sheet stays.
 * `protectedSheets` names the sheets the host found protected (only our outputs matter: no other is removed).
 */
export function planReplacement(
  ownership: Pick<SheetOwnership, "existing" | "marks"> & { protectedSheets?: readonly string[] },
  layouts: readonly Pick<SheetLayout, "name" | "kind">[],
): ReplacementPlan {
  const { existing, marks, protectedSheets = [] } = ownership;
  const kinds = new Set<OutputKind>(layouts.map((layout) => layout.kind).filter(isOwnedKind));
  const replaced = ({ owner }: { owner: OutputKind | null }) => owner !== null && kinds.has(owner);
  const remove = existing.filter(replaced).map((sheet) => sheet.name);
  const marksToDrop = marks.filter((mark) => kinds.has(mark.kind)).map((mark) => mark.name);
  const keep: OwnedSheet[] = [];
  for (const { kind, targets } of marks) {
    for (const target of targets) {
      // The first mark naming a sheet is its owner's (sheetOwnership): found by the kind it gave the sheet.
      const found = existing.find((sheet) => sheet.owner === kind && sameSheetName(sheet.name, target));
      if (found && !replaced(found) && !keep.some((owned) => owned.sheet === found.name))
        keep.push({ sheet: found.name, kind });
    }
  }
  return {
    remove,
    marksToDrop,
    keep,
    clash: clashOf(
      existing.filter((s) => !replaced(s)),
      layouts,
    ),
    guarded: remove.find((name) => protectedSheets.some((guarded) => sameSheetName(guarded, name))) ?? null,
  };
}

// By a set of folded names: a run making 1,000 forms beside 1,000 sheets would otherwise compare a million pairs.
function clashOf(
  remaining: readonly { name: string }[],
  layouts: readonly { name: string }[],
): string | null {
  const taken = new Set(remaining.map((sheet) => foldSheetName(sheet.name)));
  for (const { name } of layouts) {
    const key = foldSheetName(name);
    if (taken.has(key)) return name;
    taken.add(key);
  }
  return null;
}
