import * as ownership from "../../src/engine/layout/sheetOwnership";
import * as replacement from "../../src/engine/layout/planReplacement";
import { rankInExcel } from "../../src/excel/rankInExcel";
import { SAMPLES } from "../../src/samples";
import { FakeExcel } from "./fakeExcel/fakeExcel";

describe("rankInExcel finds our outputs once per run", () => {
  test("a re-run resolves the marks in its read and plans the replacement from that, once each", async () => {
    const fake = new FakeExcel(SAMPLES[1]!.build(2024));
    const rank = () =>
      fake.run((context) => rankInExcel(context, { year: 2024, supports: fake.isSetSupported }));
    const first = await rank();
    const owners = jest.spyOn(ownership, "sheetOwnership");
    const plans = jest.spyOn(replacement, "planReplacement");
    try {
      const second = await rank();
      expect(owners).toHaveBeenCalledTimes(1);
      expect(plans).toHaveBeenCalledTimes(1);
      // The plan replaced the first run's outputs: the same sheets again.
      expect(second.layouts.map((l) => l.name)).toEqual(
        first.layouts.filter((l) => l.kind !== "settings").map((l) => l.name),
      );
      expect(plans.mock.results[0]!.value).toMatchObject({ clash: null });
      expect((plans.mock.results[0]!.value as replacement.ReplacementPlan).remove).toEqual(
        second.layouts.map((l) => l.name),
      );
    } finally {
      owners.mockRestore();
      plans.mockRestore();
    }
  });
});
