import { documentFrom, type DocumentState, type WorkbookSpec } from "./document";
import { FakeOfficeError } from "./officeError";
import { FakeWorkbook } from "./workbook";

/** One queued command: a load, a write or a method call, run at the next `sync()` in the order it was queued. */
export type Op = {
  /** Bytes this command adds to the request (written values); loads add nothing. */
  requestBytes?: number;
  /** Runs against the document; a load returns what it will deliver if the whole sync succeeds. */
  run: () => Delivery | void;
};

export type Delivery = { bytes: number; deliver: () => void };

/**
 * `Excel.RequestContext` as the fake models it: nothing reaches the workbook until `sync()`, which runs the
 * queued commands in order, then hands loaded values to their proxies. A failing command rejects the sync with
 * an Office-shaped error; commands before it stay applied and nothing loaded is delivered (as in Excel, a batch
 * is not a transaction).
 */
export class FakeRequestContext {
  readonly document: DocumentState;
  readonly workbook: FakeWorkbook;
  /** Every `sync()` call, failed ones included. */
  syncCount = 0;
  /** Response size of each successful sync, in bytes of JSON. */
  readonly responseBytes: number[] = [];
  /** How many commands each `sync()` carried (failed ones included), in order. */
  readonly operationCounts: number[] = [];
  private queue: Op[] = [];
  private failure: FakeOfficeError | undefined;
  private injected: { sync: number; op: number; error: FakeOfficeError } | undefined;

  constructor(spec: WorkbookSpec) {
    this.document = documentFrom(spec);
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  /** The next `sync()` rejects with this Office error code, applying nothing (a test's way to meet rare errors). */
  failNextSync(code: string, message = `Simulated ${code}`): void {
    this.failure = new FakeOfficeError(code, message);
  }

  /**
   * The command at index `op` (0-based, in queue order) of the `sync`-th `sync()` call (1-based, counted from the
   * start, as `syncCount`) fails with this Office error code. As in Excel, the commands before it stay applied,
   * those after it are not run, and nothing loaded in that sync is delivered.
   */
  failOperation(sync: number, op: number, code = "GeneralException"): void {
    this.injected = { sync, op, error: new FakeOfficeError(code, `Simulated ${code} at command ${op}`) };
  }

  sync(): Promise<void> {
    this.syncCount += 1;
    const ops = this.queue;
    this.queue = [];
    this.operationCounts.push(ops.length);
    try {
      this.run(ops);
      return Promise.resolve();
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  private run(ops: Op[]): void {
    const failure = this.failure;
    this.failure = undefined;
    if (failure) throw failure;
    if (this.document.cellEditMode)
      throw new FakeOfficeError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
      );
    const limit = this.document.payloadLimit;
    const request = ops.reduce((sum, op) => sum + (op.requestBytes ?? 0), 0);
    if (request > limit)
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    const deliveries: Delivery[] = [];
    const injected = this.injected?.sync === this.syncCount ? this.injected : undefined;
    for (const [index, op] of ops.entries()) {
      if (injected?.op === index) throw injected.error;
      const delivery = op.run();
      if (delivery) deliveries.push(delivery);
    }
    const response = deliveries.reduce((sum, d) => sum + d.bytes, 0);
    if (response > limit)
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    for (const d of deliveries) d.deliver();
    this.responseBytes.push(response);
  }
}

/** Size of a value as JSON, in UTF-8 bytes: what a request or response carries. */
export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
}
