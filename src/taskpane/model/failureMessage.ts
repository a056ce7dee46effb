import type { Lang } from "../../engine/lang";
import { ExcelHostError } from "../../excel/ExcelHostError";
import { hostErrorMessage } from "../../strings/hostMessages";
import { dialogWord } from "../../strings/dialogStrings";

// The same words as the ribbon's failure dialog (one place for them).
/** What the pane tells the secretary when an action failed: Excel's refusal in words she can act on. */
export function failureMessage(error: unknown, lang: Lang): string {
  if (error instanceof ExcelHostError) return hostErrorMessage(error.kind, lang, { name: error.subject });
  const message = error instanceof Error ? error.message : String(error);
  return dialogWord(lang, "unexpected", { message });
}
