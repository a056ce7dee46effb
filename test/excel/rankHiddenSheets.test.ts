import { rankInExcel, type RankReport } from "../../src/excel/rankInExcel";
import { SAMPLES } from "../../src/samples";
import { FakeExcel } from "./fakeExcel/fakeExcel";

// Excel keeps one visible sheet and refuses to delete a VeryHidden one (Worksheet.delete). A re-run deletes our
// old outputs before adding the new ones, so both rules meet it when the secretary has hidden sheets.
async function rank(fake: FakeExcel): Promise<RankReport> {
  return fake.run((context) => rankInExcel(context, { year: 2024, supports: fake.isSetSupported }));
}

const inputs = (fake: FakeExcel, report: RankReport) =>
  fake.sheetNames().filter((name) => !report.layouts.some((layout) => layout.name === name));

describe("a re-run among hidden sheets", () => {
  it("replaces the outputs when every sheet of the user's is hidden and only ours show", async () => {
    const fake = new FakeExcel(SAMPLES[0]!.build(2024));
    const first = await rank(fake);
    const theirs = inputs(fake, first);
    for (const name of theirs) fake.hide(name);
    const again = await rank(fake);
    // Only the user's sheets and the new outputs: the placeholder that kept a sheet visible is gone.
    expect(fake.sheetNames().sort()).toEqual([...theirs, ...again.layouts.map((l) => l.name)].sort());
    for (const name of theirs) expect(fake.sheet(name).visibility).toBe("Hidden");
    expect(fake.activeSheet()).toBe(again.activated);
    expect(fake.sheet(again.activated).visibility).toBe("Visible");
  });

  it("replaces every old output when they are the only visible sheets and one of them is VeryHidden", async () => {
    const fake = new FakeExcel(SAMPLES[1]!.build(2024));
    const first = await rank(fake);
    const theirs = inputs(fake, first);
    for (const name of theirs) fake.hide(name, "VeryHidden");
    fake.hide(first.layouts.find((l) => l.kind === "details")!.name, "VeryHidden");
    const again = await rank(fake);
    expect(fake.sheetNames().sort()).toEqual([...theirs, ...again.layouts.map((l) => l.name)].sort());
    for (const name of theirs) expect(fake.sheet(name).visibility).toBe("VeryHidden");
  });
});
