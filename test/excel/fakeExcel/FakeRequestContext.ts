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

  async sync(): Promise<void> {
    const ops = this.queue.take();
    const payload = ops.reduce((sum, op) => sum + op.size, 0);
    this.host.syncs.push(payload);
    await Promise.resolve();
    if (this.host.cellEditMode) {
      throw new FakeExcelError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    }
    const injected = this.host.failSync?.(this.host.syncs.length) ?? null;
    if (injected) throw injected;
    if (payload > this.host.payloadLimit) {
      throw new FakeExcelError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload (${payload} bytes) exceeds the limit (${this.host.payloadLimit}).`,
      );
    }
    for (const op of ops) op.run();
  }
}
