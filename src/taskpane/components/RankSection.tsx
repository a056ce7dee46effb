import { Button, Caption1, ProgressBar, tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import type { Lang } from "../../engine";
import type { RankStage } from "../../excel";
import { ui, type UiKey } from "../../strings/ui";

/** Where a rank run is: a stage of rankInExcel, or finished. */
export type Progress = RankStage | "done";

const STAGES: readonly Progress[] = ["read", "evaluate", "write", "done"];
const STAGE_KEY: Record<Progress, UiKey> = {
  read: "stageRead",
  evaluate: "stageEvaluate",
  write: "stageWrite",
  done: "stageDone",
};

// Not makeStyles: part of the first paint (see App.tsx).
const styles = {
  root: { display: "grid", rowGap: tokens.spacingVerticalS },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  status: { minHeight: "1.5em", color: tokens.colorNeutralForeground2 },
} satisfies Record<string, CSSProperties>;

export interface RankSectionProps {
  lang: Lang;
  progress: Progress | null;
  busy: boolean;
  /** The workbook cannot be ranked (no criteria table): the buttons stay reachable but do nothing. */
  blocked: boolean;
  onRank: () => void;
  onCheck: () => void;
}

/** The Rank button, the data-check button and the progress of a run, announced to screen readers. */
export function RankSection({ lang, progress, busy, blocked, onRank, onCheck }: RankSectionProps) {
  const running = progress !== null && progress !== "done";
  const step = progress === null ? 0 : STAGES.indexOf(progress) + 1;
  return (
    <section style={styles.root} aria-label={ui(lang, "rankButton")}>
      <div style={styles.buttons}>
        <Button appearance="primary" disabledFocusable={busy || blocked} onClick={onRank}>
          {ui(lang, "rankButton")}
        </Button>
        <Button disabledFocusable={busy || blocked} onClick={onCheck}>
          {ui(lang, "checkButton")}
        </Button>
      </div>
      {running && <ProgressBar value={step / STAGES.length} aria-label={ui(lang, STAGE_KEY[progress])} />}
      <Caption1 role="status" aria-live="polite" style={styles.status}>
        {progress === null ? "" : ui(lang, STAGE_KEY[progress])}
      </Caption1>
    </section>
  );
}
