import { useState } from "react";
import type { Lang } from "../../engine";
import { ui } from "../../strings/ui";
import { failureMessage } from "../model/failureMessage";
import type { SampleId } from "../model/sampleChoices";

export interface InsertSample {
  busy: boolean;
  insert: (id: SampleId) => Promise<void>;
}

/** The sample picker's action: writes the chosen sample's sheets into the (empty) workbook, then reads it again. */
export function useInsertSample(
  lang: Lang,
  refresh: () => Promise<void>,
  onFailure: (message: string | null) => void,
  onNotice: (message: string | null) => void,
): InsertSample {
  const [busy, setBusy] = useState(false);

  const insert = async (id: SampleId) => {
    setBusy(true);
    onFailure(null);
    try {
      // The samples are a lazy chunk: only a secretary trying the add-in on an empty workbook pays for them.
      const [{ SAMPLES }, { insertSample }] = await Promise.all([
        import(/* webpackChunkName: "samples" */ "../../samples"),
        import(/* webpackChunkName: "samples", webpackExports: ["insertSample"] */ "../../excel"),
      ]);
      const sample = SAMPLES.find((candidate) => candidate.id === id);
      if (!sample) throw new Error(`unknown sample ${id}`);
      const sheets = await Excel.run((context) => insertSample(context, sample.build()));
      onNotice(ui(lang, "insertedSample", { sheets: sheets.join(", ") }));
      await refresh();
    } catch (error) {
      onFailure(failureMessage(error, "sample", lang));
    } finally {
      setBusy(false);
    }
  };

  return { busy, insert };
}
