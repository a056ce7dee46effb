import type { Lang } from "../../engine/lang";
import { ExcelHostError } from "../../excel/ExcelHostError";
import { hostErrorMessage } from "../../strings/hostMessages";
import { ui } from "../../strings/ui";

/** What the pane tells the secretary when an action failed: Excel's refusal in words she can act on. */
export function failureMessage(error: unknown, lang: Lang): string {
  if (error instanceof ExcelHostError) return hostErrorMessage(error.kind, lang, { name: error.subject });
  const message = error instanceof Error ? error.message : String(error);
  return ui(lang, "unexpectedError", { message });
}
