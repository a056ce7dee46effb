import type { DefinedName } from "../engine";

/** A workbook name as the engine reads it (`sheetOwnership`): a range name's formula is its one reference. */
export const definedName = (item: Excel.NamedItem): DefinedName => ({
  name: item.name,
  references: item.type === "Range" ? [item.formula] : [],
});
