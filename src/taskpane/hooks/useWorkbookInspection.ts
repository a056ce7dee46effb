import { useCallback, useEffect, useState } from "react";
import type { BlocResult, Lang } from "../../engine";
import { inspectWorkbook } from "../../excel";
import { failureMessage } from "../model/failureMessage";
import { NO_FILTER, type IssueFilter } from "../model/issueFilter";

export interface WorkbookInspection {
  /** The workbook as last read or ranked; null until the first read ends. */
  result: BlocResult | null;
  loading: boolean;
  filter: IssueFilter;
  setFilter: (filter: IssueFilter) => void;
  /** Shows a result found by another action (a rank run): the issue filter starts over, as after a read. */
  show: (result: BlocResult) => void;
  /** Reads the workbook again. */
  refresh: () => Promise<void>;
}

/**
 * What the pane knows of the workbook: read once when the pane opens inside Excel, and again on demand.
 * `onFailure` must be stable (a state setter): `refresh` would otherwise change, and read, on every render.
 */
export function useWorkbookInspection(
  lang: Lang,
  insideOffice: boolean,
  onFailure: (message: string | null) => void,
): WorkbookInspection {
  const [result, setResult] = useState<BlocResult | null>(null);
  const [loading, setLoading] = useState(insideOffice);
  const [filter, setFilter] = useState<IssueFilter>(NO_FILTER);

  const show = useCallback((shown: BlocResult) => {
    setResult(shown);
    setFilter(NO_FILTER);
  }, []);

  const refresh = useCallback(async () => {
    setLoading(true);
    try {
      const inspection = await Excel.run((context) => inspectWorkbook(context));
      show(inspection.result);
    } catch (error) {
      onFailure(failureMessage(error, "read", lang));
    } finally {
      setLoading(false);
    }
  }, [lang, onFailure, show]);

  useEffect(() => {
    if (insideOffice) void refresh();
  }, [insideOffice, refresh]);

  return { result, loading, filter, setFilter, show, refresh };
}
