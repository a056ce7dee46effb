import type { CellValidation } from "../engine";
import { step, type Step } from "./step";

/**
 * A decimal rule from `min` to `max` on a range, refused with a Stop alert, and its prompt (ExcelApi 1.8).
 * Older hosts get no rule: the form still works, and the rank reports an out-of-range score anyway.
 */
export function validationStep(sheet: string, validation: CellValidation): Step {
  const { range, min, max, errorTitle, error, prompt } = validation;
  return step((env) => {
    if (!env.supports("ExcelApi", "1.8")) return;
    const target = env.sheet(sheet).getRange(range).dataValidation;
    target.rule = { decimal: { formula1: min, formula2: max, operator: "Between" } };
    target.errorAlert = { title: errorTitle, message: error, style: "Stop", showAlert: true };
    if (prompt !== null) target.prompt = { title: "", message: prompt, showPrompt: true };
  });
}
