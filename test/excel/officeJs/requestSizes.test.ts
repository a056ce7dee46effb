import { PAYLOAD_LIMIT } from "../../../src/excel/applyLayouts";
import { generatedBloc } from "../../../src/samples/generatedBloc";
import { BLOCS, measure, type Measured, type WritePath } from "./requestSizes";

/** DESIGN §7: one sync for a write, one more per 4.5 MB actually sent. */
const SPLIT = 4.5 * 1024 * 1024;

function expectWithinBudget({ syncs, real, estimated }: Measured): void {
  expect(real).toHaveLength(syncs);
  expect(estimated).toHaveLength(syncs);
  for (const [i, bytes] of real.entries()) {
    expect(bytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    // The estimate bounds what Office.js really sends, and not by far (the chunks stay full).
    expect(estimated[i]!).toBeGreaterThanOrEqual(bytes);
    expect(estimated[i]!).toBeLessThanOrEqual(1.25 * bytes);
  }
  const sent = real.reduce((a, b) => a + b, 0);
  expect(syncs).toBeLessThanOrEqual(1 + Math.floor(sent / SPLIT));
}

// Microsoft's client library builds each request; the sizes are those of the text it would post to Excel.
describe("request sizes through Office.js (real Excel.RequestContext)", () => {
  const paths: WritePath[] = ["rank", "create forms", "import"];

  test.each(paths)(
    "the sample: %s in one sync, the estimate within 1–1.25× of the real request",
    async (path) => {
      const measured = await measure(path, BLOCS.sample!());
      expect(measured.syncs).toBe(1);
      expectWithinBudget(measured);
    },
  );

  test("200 units × 300 criteria: the rank's outputs in one sync of under 5 MB", async () => {
    const measured = await measure("rank", BLOCS["200 × 300"]!());
    expect(measured.syncs).toBe(1);
    expect(measured.real[0]!).toBeGreaterThan(1024 * 1024);
    expectWithinBudget(measured);
  });

  test.each(["create forms", "import"] as const)(
    "40 units × 300 criteria: %s split into syncs each under 5 MB, one per 4.5 MB sent",
    async (path) => {
      const measured = await measure(path, generatedBloc(40, 10, 30));
      if (path === "create forms") expect(measured.syncs).toBeGreaterThan(1);
      expectWithinBudget(measured);
    },
    60_000,
  );
});
