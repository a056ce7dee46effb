import { sameSheetName, sheetOfReference } from "./sheetReference";
import { type ExistingSheet, type OutputKind, ownerOf } from "./sheetLayout";

/** A defined name as a host reads it: its name and the references it holds. */
export interface DefinedName {
  name: string;
  /** Its references (`'Xếp hạng'!$A$1`, `=#REF!$A$1`): Office.js's one formula, or the .xlsx's ranges; none when it is not a range. */
  references: readonly string[];
  /** Scoped to one sheet rather than to the workbook. */
  sheetScoped?: boolean;
}

/** An ownership mark (`BlocScoring.Output.<kind>`) found in the workbook. */
export interface OwnershipMark {
  name: string;
  kind: OutputKind;
  /** The sheet each of its references names, as written there; none when it names no sheet (`=#REF!$A$1`). */
  targets: string[];
}

/** Which sheets are our outputs, and the marks that say so. */
export interface SheetOwnership {
  /** Every sheet in tab order, with the output its mark says it is, if any. */
  existing: ExistingSheet[];
  /** The ownership marks present, in the host's order, pointing anywhere or nowhere. */
  marks: OwnershipMark[];
}

/**
 * Which sheets are our outputs (DESIGN §3): a sheet is ours for kind K when the workbook-level defined name
 * `ownershipName(K)` refers to a cell on it. Sheet-scoped names do not count (Excel makes such copies when a
 * user copies an output sheet, and the copy is theirs); a reference to no existing sheet claims nothing.
 * @param sheets every sheet's name, in tab order.
 * @param names the workbook's defined names, any of them; those that are not marks are passed over.
 */
export function sheetOwnership(sheets: readonly string[], names: readonly DefinedName[]): SheetOwnership {
  const owners = new Map<string, OutputKind>();
  const marks = ownershipMarks(names);
  for (const { kind, targets } of marks) {
    for (const target of targets) {
      const sheet = sheets.find((candidate) => sameSheetName(candidate, target));
      // Two marks on one sheet is a hand edit; the first keeps it, so each sheet has one owner.
      if (sheet !== undefined && !owners.has(sheet)) owners.set(sheet, kind);
    }
  }
  return { existing: sheets.map((name) => ({ name, owner: owners.get(name) ?? null })), marks };
}

function ownershipMarks(names: readonly DefinedName[]): OwnershipMark[] {
  return names.flatMap(({ name, references, sheetScoped }): OwnershipMark[] => {
    const kind = ownerOf(name);
    if (!kind || sheetScoped) return [];
    return [{ name, kind, targets: references.flatMap((reference) => sheetOfReference(reference) ?? []) }];
  });
}

/**
 * The ownership marks among `names` that point at one of `sheets` or at no sheet at all: those to delete
 * with these sheets, so that none is left pointing nowhere.
 */
export function marksOnSheets(names: readonly DefinedName[], sheets: readonly string[]): string[] {
  return ownershipMarks(names)
    .filter(
      ({ targets }) =>
        targets.length === 0 ||
        targets.some((target) => sheets.some((sheet) => sameSheetName(sheet, target))),
    )
    .map((mark) => mark.name);
}
