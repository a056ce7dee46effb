import type { SheetLayout } from "./sheetLayout";

/**
 * The output sheet to show once a run has written its layouts: the ranking, or the data check when the result
 * is provisional (data errors) or no ranking was written; the first layout when neither was; null for none.
 */
export function sheetToShow(
  layouts: readonly Pick<SheetLayout, "name" | "kind">[],
  provisional: boolean,
): string | null {
  const wanted = provisional || !layouts.some((l) => l.kind === "ranking") ? "dataCheck" : "ranking";
  return (layouts.find((l) => l.kind === wanted) ?? layouts[0])?.name ?? null;
}
