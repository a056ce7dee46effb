// What happens when the user (not the add-in) types into a cell: Excel's protection and data validation apply
// to typing, not to the API, so the fake checks them only here.
import { enter } from "./enter";
import type { FakeExcel } from "./fakeExcel";
import { parseAddress } from "./parseAddress";
import { passes } from "./validationRules";

/** `entered`, or why Excel stopped it: the cell is locked on a protected sheet, or a Stop alert refused the value. */
export type UserEntry = "entered" | "locked" | "refused";

/** Types `value` into one cell as a user would, through the rules a protected, validated form enforces. */
export function typeInto(fake: FakeExcel, sheet: string, address: string, value: string | number): UserEntry {
  const model = fake.sheet(sheet);
  const { top, left } = parseAddress(address);
  const existing = model.peek(top, left);
  if (model.protected && existing?.locked !== false) return "locked";
  const validation = existing?.validation;
  if (validation && validation.errorAlert.showAlert && validation.errorAlert.style === "Stop") {
    if (!passes(validation, value)) return "refused";
  }
  enter(model.cell(top, left), value);
  return "entered";
}
