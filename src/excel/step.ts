import { measureQueue } from "./requestSize";

/** The worksheets this write works on, by name, and the host's requirement sets. */
export interface StepEnv {
  context: Excel.RequestContext;
  sheet: (name: string) => Excel.Worksheet;
  supports: (set: string, version: string) => boolean;
}

/**
 * One piece of a write: queued on the context, never synced here. `size` is its share of the request Office.js
 * builds (see `requestSize`), so a write can be cut into syncs that each stay under Excel on the web's 5 MB
 * limit; `sheets` are the sheets it reaches through `env.sheet`, whose own paths each sync carries once (not
 * in `size`). A step without `sheets` counts everything in `size`.
 */
export interface Step {
  size: number;
  sheets?: string[];
  queue: (env: StepEnv) => void;
}

/** A step sized by what its `queue` makes Office.js send, measured by running it on stand-ins (`measureQueue`). */
export function step(queue: Step["queue"]): Step {
  return { ...measureQueue(queue), queue };
}

/** A layout colour (`1F4E79` or `#1f4e79`) as Office.js takes it. */
export const hexColor = (hex: string): string => `#${hex.replace(/^#/, "").toUpperCase()}`;
