import { useCallback } from "react";
import type { Issue, Lang } from "../../engine";
import { selectCell } from "../../excel";
import { ui } from "../../strings/ui";
import { failureMessage } from "../model/failureMessage";

/**
 * Going to an issue's cell: selects it in Excel; when its sheet is gone (renamed or deleted since the read),
 * says so and reads the workbook again rather than fail.
 */
export function useCellSelection(
  lang: Lang,
  refresh: () => Promise<void>,
  onFailure: (message: string | null) => void,
  onNotice: (message: string | null) => void,
): (issue: Pick<Issue, "sheet" | "cell">) => Promise<void> {
  return useCallback(
    async (issue: Pick<Issue, "sheet" | "cell">) => {
      onFailure(null);
      try {
        const selected = await Excel.run((context) => selectCell(context, issue.sheet, issue.cell));
        if (!selected) {
          onNotice(ui(lang, "staleSheet", { sheet: issue.sheet }));
          await refresh();
        }
      } catch (error) {
        onFailure(failureMessage(error, "select", lang));
      }
    },
    [lang, refresh, onFailure, onNotice],
  );
}
