import type { WorkbookInput } from "../engine/workbook";
import { associationsBloc } from "./associationsBloc";
import { centralAgenciesBloc } from "./centralAgenciesBloc";
import { communeCluster } from "./communeCluster";
import { partyBloc } from "./partyBloc";

/** A bundled sample bloc: for the demo, the tests, and the task pane's "insert sample data". */
export interface Sample {
  id: string;
  layout: "matrix" | "perUnit" | "cross";
  build: (year?: number) => WorkbookInput;
}

export const SAMPLES: readonly Sample[] = [
  { id: "khoi-co-quan-dang", layout: "matrix", build: partyBloc },
  { id: "khoi-hoi-dac-thu", layout: "perUnit", build: associationsBloc },
  { id: "khoi-co-quan-trung-uong", layout: "cross", build: centralAgenciesBloc },
  { id: "cum-xa-phia-nam", layout: "matrix", build: communeCluster },
];
