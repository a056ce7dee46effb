import { useState } from "react";
import type { BlocResult, Lang, OutputKind } from "../../engine";
import type { Progress } from "../components/RankSection";
import type { SummarySection } from "../components/SummarySection";
import { failureMessage } from "../model/failureMessage";
import { nextPaint } from "../model/nextPaint";

/** One chunk for both: the summary is only ever shown after a run, so it arrives with the run's code. */
const loadRank = () =>
  Promise.all([
    import(/* webpackChunkName: "rank", webpackExports: ["rankInExcel"] */ "../../excel"),
    import(/* webpackChunkName: "rank" */ "../components/SummarySection"),
  ]).then(([run, summary]) => ({ rankInExcel: run.rankInExcel, SummarySection: summary.SummarySection }));

export interface RankRun {
  busy: boolean;
  progress: Progress | null;
  /** The sheets the last run wrote. */
  written: string[];
  /** The results' summary, once the first run has loaded it. */
  summary: { Section: typeof SummarySection } | null;
  /** Ranks the workbook, or writes only the outputs named. */
  rank: (only?: OutputKind[]) => Promise<void>;
}

/**
 * The Rank button's run: loads the rank chunk on first use, reports each stage as it begins (painted before
 * the stage's work), and hands the result to `show`.
 */
export function useRankRun(
  lang: Lang,
  show: (result: BlocResult) => void,
  onFailure: (message: string | null) => void,
  onNotice: (message: string | null) => void,
): RankRun {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [written, setWritten] = useState<string[]>([]);
  // Held as an object: a component given to setState directly would be called as an updater.
  const [summary, setSummary] = useState<{ Section: typeof SummarySection } | null>(null);

  const rank = async (only?: OutputKind[]) => {
    if (busy) return;
    setBusy(true);
    onFailure(null);
    onNotice(null);
    // Shown at once: the first run fetches its code before the read stage begins.
    setProgress("read");
    try {
      const { rankInExcel, SummarySection } = await loadRank();
      setSummary({ Section: SummarySection });
      const report = await Excel.run((context) =>
        rankInExcel(context, {
          ...(only ? { only } : {}),
          onStage: async (stage) => {
            setProgress(stage);
            await nextPaint();
          },
        }),
      );
      show(report.result);
      setWritten(report.layouts.map((layout) => layout.name));
      setProgress("done");
    } catch (error) {
      setProgress(null);
      onFailure(failureMessage(error, only ? "check" : "rank", lang));
    } finally {
      setBusy(false);
    }
  };

  return { busy, progress, written, summary, rank };
}
