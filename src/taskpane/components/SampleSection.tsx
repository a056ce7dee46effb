import { Button, Field, MessageBar, MessageBarBody, Select, tokens } from "@fluentui/react-components";
import { useState, type CSSProperties } from "react";
import type { Lang } from "../../engine/lang";
import { ui } from "../../strings/ui";
import { SAMPLE_IDS, sampleLabelKey, type SampleId } from "../model/sampleChoices";

// Not makeStyles: for an empty workbook this is part of the first screen (see App.tsx).
const styles = {
  root: { display: "grid", rowGap: tokens.spacingVerticalS, justifyItems: "start", minWidth: 0 },
  // A sample's label is longer than a narrow pane: the field takes the pane's width and the select shrinks.
  select: { width: "100%", minWidth: 0 },
  selectBox: { width: "100%" },
  selectElement: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
} satisfies Record<string, CSSProperties>;

export interface SampleSectionProps {
  lang: Lang;
  busy: boolean;
  onInsert: (id: SampleId) => void;
}

/** Offered only in a workbook with no criteria table and no units: inserts one of the bundled sample blocs. */
export function SampleSection({ lang, busy, onInsert }: SampleSectionProps) {
  const [choice, setChoice] = useState<SampleId>(SAMPLE_IDS[0]);
  return (
    <div style={styles.root}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{ui(lang, "emptyWorkbook")}</MessageBarBody>
      </MessageBar>
      <Field label={ui(lang, "sampleLabel")} style={styles.select}>
        <Select
          style={styles.selectBox}
          select={{ style: styles.selectElement }}
          value={choice}
          onChange={(_, data) => setChoice(data.value as SampleId)}
        >
          {SAMPLE_IDS.map((id) => (
            <option key={id} value={id}>
              {ui(lang, sampleLabelKey(id))}
            </option>
          ))}
        </Select>
      </Field>
      <Button disabled={busy} onClick={() => onInsert(choice)}>
        {ui(lang, "insertSampleButton")}
      </Button>
    </div>
  );
}
