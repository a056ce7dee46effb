import type { SheetLayout } from "../engine";
import { step, type Step } from "./step";

/**
 * Unlocks a layout's editable ranges, then protects its sheet without a password (ExcelApi 1.2). Nothing on
 * older hosts: the form is still usable, only unprotected. Must come after every other step of the sheet,
 * since a protected sheet refuses formats and values in its locked cells.
 */
export function protectionSteps(layout: SheetLayout): Step[] {
  const { name, protection } = layout;
  if (!protection) return [];
  return [
    ...protection.unlocked.map((range) =>
      step((env) => {
        if (env.supports("ExcelApi", "1.2")) env.sheet(name).getRange(range).format.protection.locked = false;
      }),
    ),
    // Widening a column or a row to read a long criterion is no threat to the form, so it stays allowed.
    step((env) => {
      if (!env.supports("ExcelApi", "1.2")) return;
      env.sheet(name).protection.protect({ allowFormatColumns: true, allowFormatRows: true });
    }),
  ];
}
