import { FakeExcelError } from "./FakeExcelError";
import { FakeWorkbook } from "./FakeWorkbook";
import type { FakeExcel } from "./fakeExcel";
import { Queue } from "./queue";
import type { WorkbookModel } from "./WorkbookModel";

/**
 * `Excel.RequestContext`: proxies queue their operations here; `sync` runs them in order against the model.
 * A failing operation stops the sync there; what ran before it stays applied, as in Excel.
 */
export class FakeRequestContext {
  readonly queue = new Queue();
  readonly workbook: FakeWorkbook;
  /** While a sync runs: the bytes its response carries so far, and how to forget what it loaded. */
  private response: { bytes: number; undo: (() => void)[] } | null = null;

  constructor(
    readonly model: WorkbookModel,
    private readonly host: FakeExcel,
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  /** Fails the operation when the host's ExcelApi is older than `version`. */
  require(version: string, what: string): void {
    if (!this.host.isSetSupported("ExcelApi", version)) {
      throw new FakeExcelError("ApiNotFound", `${what} needs ExcelApi ${version}.`);
    }
  }

  /** A loaded value filled in: its bytes count towards the running sync's response; `undo` forgets it. */
  responded(bytes: number, undo: () => void): void {
    if (!this.response) return;
    this.response.bytes += bytes;
    this.response.undo.push(undo);
  }

  async sync(): Promise<void> {
    const ops = this.queue.take();
    const payload = ops.reduce((sum, op) => sum + op.size, 0);
    this.host.syncs.push(payload);
    const at = this.host.responses.push(0) - 1;
    this.host.refused.push(0);
    const index = this.host.syncs.length;
    await Promise.resolve();
    if (this.host.cellEditMode) {
      this.host.failed.push(index);
      throw new FakeExcelError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    }
    const injected = this.host.failSync?.(index) ?? null;
    const failure = injected instanceof FakeExcelError ? { error: injected, after: 0 } : injected;
    if (payload > this.host.payloadLimit) {
      this.host.failed.push(index);
      throw new FakeExcelError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload (${payload} bytes) exceeds the limit (${this.host.payloadLimit}).`,
      );
    }
    const stop = failure === null ? ops.length : Math.min(ops.length, afterOps(failure.after, ops.length));
    const response = { bytes: 0, undo: [] as (() => void)[] };
    this.response = response;
    try {
      for (const op of ops.slice(0, stop)) op.run();
      if (failure) throw failure.error;
      if (response.bytes > this.host.responseLimit) {
        // Excel ran the batch but cannot send its answer: nothing it loaded arrives.
        throw new FakeExcelError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload (${response.bytes} bytes) exceeds the limit (${this.host.responseLimit}).`,
        );
      }
      this.host.responses[at] = response.bytes;
    } catch (error) {
      for (const undo of response.undo) undo();
      this.host.refused[at] = response.bytes;
      this.host.failed.push(index);
      throw error;
    } finally {
      this.response = null;
    }
  }
}

const afterOps = (after: number | ((ops: number) => number), ops: number): number =>
  typeof after === "number" ? after : after(ops);
