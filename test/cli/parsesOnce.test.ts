import { main } from "../../src/cli/main";
import { XlsxPackage } from "../../src/xlsx/package/XlsxPackage";
import * as ownership from "../../src/engine/layout/sheetOwnership";
import { partyBloc } from "../../src/samples/partyBloc";
import { workbookToXlsx as xlsxOf } from "../../src/xlsx/workbookToXlsx";
import * as f from "../engine/merge/planFixtures";
import { fakeCliIo } from "../helpers/fakeCliIo";

// XlsxPackage.open unzips an .xlsx: every read of a file goes through it.
const parsesOf = (spy: jest.SpyInstance, data: Uint8Array): number =>
  spy.mock.calls.filter(([bytes]) => bytes === data).length;

describe("bloc-rank parses each input .xlsx once, and finds its outputs once", () => {
  let spy: jest.SpyInstance;
  let owners: jest.SpyInstance;
  beforeEach(() => {
    spy = jest.spyOn(XlsxPackage, "open");
    owners = jest.spyOn(ownership, "sheetOwnership");
  });
  afterEach(() => {
    spy.mockRestore();
    owners.mockRestore();
  });

  it("ranks and writes the outputs from one parse of the workbook", async () => {
    const input = await xlsxOf(partyBloc(2024));
    const run = fakeCliIo({ "khoi.xlsx": input });
    expect(await main(["khoi.xlsx"], run.io)).toBe(0);
    expect(run.files["khoi.ranked.xlsx"]).toBeDefined();
    expect(parsesOf(spy, input)).toBe(1);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(owners).toHaveBeenCalledTimes(1);
  });

  it("merges from one parse of the master and one of each returned form", async () => {
    const [vp, btc] = [f.UNITS[0]!, f.UNITS[1]!];
    const run = fakeCliIo({
      "khoi.xlsx": await xlsxOf(f.freshMaster()),
      "vp.xlsx": await xlsxOf({ sheets: [f.filled(vp)] }),
      "btc.xlsx": await xlsxOf({ sheets: [f.filled(btc)] }),
    });
    const inputs = { ...run.files };
    expect(await main(["merge", "khoi.xlsx", "vp.xlsx", "btc.xlsx"], run.io)).toBe(0);
    expect(run.files["khoi.merged.xlsx"]).toBeDefined();
    expect(parsesOf(spy, inputs["khoi.xlsx"]!)).toBe(1);
    expect(parsesOf(spy, inputs["vp.xlsx"]!)).toBe(1);
    expect(parsesOf(spy, inputs["btc.xlsx"]!)).toBe(1);
    expect(spy).toHaveBeenCalledTimes(3);
    expect(owners).toHaveBeenCalledTimes(3);
  });
});
