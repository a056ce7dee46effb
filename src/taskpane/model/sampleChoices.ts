import type { UiKey } from "../../strings/ui";

// The samples' ids, known without loading the samples themselves: their data is a lazy chunk fetched only
// when a secretary inserts one. A test checks this list against src/samples.
export const SAMPLE_IDS = [
  "khoi-co-quan-dang",
  "khoi-hoi-dac-thu",
  "khoi-co-quan-trung-uong",
  "cum-xa-phia-nam",
] as const;

export type SampleId = (typeof SAMPLE_IDS)[number];

// Each sample's label in the pane's words: a sample without one, or a label that is not in ui.ts, is a compile
// error.
const SAMPLE_LABELS: Readonly<Record<SampleId, UiKey>> = {
  "khoi-co-quan-dang": "sample_khoi_co_quan_dang",
  "khoi-hoi-dac-thu": "sample_khoi_hoi_dac_thu",
  "khoi-co-quan-trung-uong": "sample_khoi_co_quan_trung_uong",
  "cum-xa-phia-nam": "sample_cum_xa_phia_nam",
};

export function sampleLabelKey(id: SampleId): UiKey {
  return SAMPLE_LABELS[id];
}
