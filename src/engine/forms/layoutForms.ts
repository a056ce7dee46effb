import { formLabel } from "../../strings/formLabels";
import type { BlocResult } from "../evaluateBloc";
import type { Lang } from "../lang";
import { outputSheetName } from "../layout/sheetNames";
import type { SheetLayout } from "../layout/sheetLayout";
import { normalizeLabel } from "../read/normalizeLabel";
import { layoutUnitForm } from "./layoutUnitForm";

/** Options of layoutForms. */
export interface FormsOptions {
  lang: Lang;
  /** Every sheet name the workbook already has. */
  existing: readonly string[];
  /** The units to make forms for (the roster's spelling); every unit when absent. */
  units?: readonly string[];
}

/** The units forms are made for: the roster's, in its order; without a roster, the units the scores name. */
export function formUnits(result: Pick<BlocResult, "roster" | "units">): string[] {
  return result.roster ? result.roster.units.map((unit) => unit.name) : result.units.map((unit) => unit.name);
}

/**
 * One form per unit (roster order; without a roster the units found in the scores), each with a sheet
 * name that is valid in Excel, unique among `existing` and each other (compared as Excel does). None when
 * the workbook has no criteria table.
 */
export function layoutForms(result: BlocResult, options: FormsOptions): SheetLayout[] {
  const { criteria } = result;
  if (!criteria) return [];
  const { lang } = options;
  const shortNames = new Map(
    result.roster?.units.map((unit) => [normalizeLabel(unit.name), unit.shortName.trim()]),
  );
  const existing = options.existing.map((name) => ({ name, owner: null }));
  const taken: string[] = [];
  return (options.units ?? formUnits(result)).map((unit) => {
    const short = shortNames.get(normalizeLabel(unit)) || unit;
    const name = outputSheetName(`${formLabel(lang, "sheetPrefix")} - ${short}`, "form", existing, taken);
    taken.push(name);
    const { blocName, kind, year, scale, decimals } = result.settings;
    const input = { criteria, unit, blocName, kind, year, scale, decimals };
    return layoutUnitForm(input, lang, name);
  });
}
