// What a context has queued since its last sync. Each operation carries the size of the data it sends (UTF-8
// length of its JSON) so a sync can refuse a request over the payload limit before running any of it.

interface Op {
  size: number;
  run: () => void;
}

const utf8 = new TextEncoder();

export const sizeOf = (value: unknown): number =>
  value === undefined ? 0 : utf8.encode(JSON.stringify(value)).length;

export class Queue {
  ops: Op[] = [];

  push(run: () => void, payload?: unknown): void {
    this.ops.push({ size: sizeOf(payload), run });
  }

  /** Empties the queue, returning what was in it (a sync sends everything queued, success or not). */
  take(): Op[] {
    const ops = this.ops;
    this.ops = [];
    return ops;
  }
}
