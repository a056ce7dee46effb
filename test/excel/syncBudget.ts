import type { FakeExcel } from "./fakeExcel/fakeExcel";

const STEP = 4.5 * 1024 * 1024;
const extra = (bytes: number): number => Math.max(0, Math.ceil(bytes / STEP) - 1);
const sum = (sizes: number[]): number => sizes.reduce((a, b) => a + b, 0);

/**
 * DESIGN §7's budget for a rank run, from what the fake host's syncs sent and received: 4 syncs, and one more
 * per 4.5 MB sent beyond the first 4.5 MB, and per 4.5 MB received beyond the first.
 */
export function allowedSyncs(fake: FakeExcel): number {
  return 4 + extra(sum(fake.syncs)) + extra(sum(fake.responses));
}
