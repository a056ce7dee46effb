/** The worksheets this write works on, by name, and the host's requirement sets. */
export interface StepEnv {
  context: Excel.RequestContext;
  sheet: (name: string) => Excel.Worksheet;
  supports: (set: string, version: string) => boolean;
}

/**
 * One piece of a write: queued on the context, never synced here. `size` estimates its share of the request
 * payload (UTF-8 JSON of what it sends, plus the request's own bookkeeping), so a write can be cut into
 * syncs that each stay under Excel on the web's 5 MB limit.
 */
export interface Step {
  size: number;
  queue: (env: StepEnv) => void;
}

/** What each queued action costs in the request beyond its data (ids, method names, object paths). */
export const ACTION_OVERHEAD = 300;

const utf8 = new TextEncoder();

/** The UTF-8 length of a value's JSON, as the request carries it. */
export const jsonSize = (data: unknown): number => utf8.encode(JSON.stringify(data)).length;

export const payloadOf = (data: unknown): number => jsonSize(data) + ACTION_OVERHEAD;

/** A step that sends `data`, sized from it. */
export const step = (data: unknown, queue: Step["queue"]): Step => ({ size: payloadOf(data), queue });

/** A layout colour (`1F4E79` or `#1f4e79`) as Office.js takes it. */
export const hexColor = (hex: string): string => `#${hex.replace(/^#/, "").toUpperCase()}`;
