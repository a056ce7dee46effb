import type { Lang } from "../../engine";
import { ExcelHostError, toHostError } from "../../excel";
import { hostErrorMessage, type HostAction } from "../../strings/hostMessages";
import { dialogWord } from "../../strings/dialogStrings";

// The same words as the ribbon's failure dialog (one place for them).
/**
 * What the pane tells the secretary when `action` failed: Excel's refusal in words she can act on, ending
 * with doing that action again.
 */
export function failureMessage(error: unknown, action: HostAction, lang: Lang): string {
  // Excel.run's own closing sync rejects with Office's raw error, as the ribbon commands also allow for.
  const failure = toHostError(error);
  if (failure instanceof ExcelHostError) return hostErrorMessage(failure.kind, action, lang, failure.subject);
  const message = failure instanceof Error ? failure.message : String(failure);
  return dialogWord(lang, "unexpected", { message });
}
