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

export function sampleLabelKey(id: SampleId): UiKey {
  return `sample_${id.replace(/-/g, "_")}` as UiKey;
}
