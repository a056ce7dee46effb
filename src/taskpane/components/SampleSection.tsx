import { Button, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useId, useState, type CSSProperties } from "react";
import type { Lang } from "../../engine";
import { ui } from "../../strings/ui";
import { SAMPLE_IDS, sampleLabelKey, type SampleId } from "../model/sampleChoices";

// Not makeStyles, and a native select in Fluent's tokens rather than Fluent's Field and Select: for an empty
// workbook this is part of the first screen (see App.tsx), and those two would bring 7 KB gzip into it,
// past DESIGN §7's 150 KB.
const styles = {
  root: { display: "grid", rowGap: tokens.spacingVerticalS, justifyItems: "start", minWidth: 0 },
  field: { display: "grid", rowGap: tokens.spacingVerticalXXS, width: "100%", minWidth: 0 },
  label: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  // A sample's label is longer than a narrow pane: the select takes the pane's width and its text is cut.
  select: {
    width: "100%",
    minWidth: 0,
    height: "32px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    textOverflow: "ellipsis",
  },
} satisfies Record<string, CSSProperties>;

export interface SampleSectionProps {
  lang: Lang;
  busy: boolean;
  onInsert: (id: SampleId) => void;
}

/** Offered only in a workbook with no criteria table and no units: inserts one of the bundled sample blocs. */
export function SampleSection({ lang, busy, onInsert }: SampleSectionProps) {
  const [choice, setChoice] = useState<SampleId>(SAMPLE_IDS[0]);
  const id = useId();
  return (
    <div style={styles.root}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{ui(lang, "emptyWorkbook")}</MessageBarBody>
      </MessageBar>
      <div style={styles.field}>
        <label htmlFor={id} style={styles.label}>
          {ui(lang, "sampleLabel")}
        </label>
        <select
          id={id}
          style={styles.select}
          value={choice}
          onChange={(event) => setChoice(event.target.value as SampleId)}
        >
          {SAMPLE_IDS.map((sample) => (
            <option key={sample} value={sample}>
              {ui(lang, sampleLabelKey(sample))}
            </option>
          ))}
        </select>
      </div>
      <Button disabled={busy} onClick={() => onInsert(choice)}>
        {ui(lang, "insertSampleButton")}
      </Button>
    </div>
  );
}
