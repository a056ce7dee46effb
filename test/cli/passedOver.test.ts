import { main } from "../../src/cli/main";
import { workbookToXlsx } from "../../src/xlsx/workbookToXlsx";
import { label } from "../../src/strings/outputLabels";
import { decreeBloc, type DecreeUnit } from "../helpers/decreeBloc";
import { fakeCliIo } from "../helpers/fakeCliIo";

const FLAG = "Cờ thi đua của UBND tỉnh";
const MERIT = "Bằng khen của Chủ tịch UBND tỉnh";

const UNITS: DecreeUnit[] = [
  { name: "Sở Y tế", role: "Trưởng khối", review: "Đang thanh tra", i: 58, ii: 39 },
  { name: "Sở Tư pháp", short: "STP", i: 57, ii: 38 },
  { name: "Sở Nội vụ", i: 56, ii: 37 },
  { name: "Sở Tài chính", short: "STC", i: 55, ii: 36 },
  { name: "Sở Xây dựng", i: 50, ii: 30 },
];

async function runJson(settings: (string | number)[][] = [], lang = "vi") {
  const run = fakeCliIo({ "khoi.xlsx": await workbookToXlsx(decreeBloc(UNITS, settings)) });
  const status = await main(["khoi.xlsx", "--json", "--check", "--lang", lang], run.io);
  return { status, report: JSON.parse(run.stdout()) };
}

describe("bloc-rank: units passed over and designated leaders", () => {
  it("--json lists the unit under review with its reason; the next eligible unit takes the flag", async () => {
    const { status, report } = await runJson();
    expect(status).toBe(0);
    expect(report.proposals).toEqual([
      { award: FLAG, units: ["Sở Tư pháp"], needsBallot: false },
      { award: MERIT, units: ["Sở Nội vụ", "Sở Tài chính"], needsBallot: false },
    ]);
    expect(report.units[0]).toMatchObject({ name: "Sở Y tế", rank: 1, award: null });
    expect(report.passedOver).toEqual([
      {
        unit: "Sở Y tế",
        reason: "underReview",
        note: "Đang thanh tra",
        awards: [FLAG, MERIT],
        message: label("vi", "skippedUnitWithNote", {
          reason: label("vi", "skippedUnderReview"),
          unit: "Sở Y tế",
          note: "Đang thanh tra",
        }),
      },
    ]);
    expect((await runJson([], "en")).report.passedOver[0].message).toContain(
      label("en", "skippedUnderReview"),
    );
  });

  it("--json still names the unit under review while data errors withhold every award", async () => {
    const withError = UNITS.map((unit) => (unit.name === "Sở Xây dựng" ? { ...unit, i: 500 } : unit));
    const run = fakeCliIo({ "khoi.xlsx": await workbookToXlsx(decreeBloc(withError)) });
    expect(await main(["khoi.xlsx", "--json", "--check"], run.io)).toBe(1);
    const report = JSON.parse(run.stdout());
    expect(report).toMatchObject({ ok: false, proposals: [] });
    expect(report.passedOver).toEqual([
      expect.objectContaining({ unit: "Sở Y tế", reason: "underReview", note: "Đang thanh tra", awards: [] }),
    ]);
  });

  it("prints the unit under review with its reason in the human summary", async () => {
    const run = fakeCliIo({ "khoi.xlsx": await workbookToXlsx(decreeBloc(UNITS)) });
    expect(await main(["khoi.xlsx", "--check"], run.io)).toBe(0);
    const line = `  ${label("vi", "skippedUnitWithNote", {
      reason: label("vi", "skippedUnderReview"),
      unit: "Sở Y tế",
      note: "Đang thanh tra",
    })}`;
    expect(run.stdout().split("\n")).toContain(line);
  });

  it("proposes a leader designated by short name, the deputy after it in roster order", async () => {
    // Rotation would propose Sở Tư pháp (after the current leader, Sở Y tế).
    const { report } = await runJson([["Trưởng khối năm sau", "stc"]]);
    expect(report).toMatchObject({ nextLeader: "Sở Tài chính", nextDeputy: "Sở Xây dựng" });
    expect(report.issues.filter((i: { code: string }) => i.code.startsWith("award-"))).toEqual([]);
  });

  it("warns at the settings cell for an unknown designated name and falls back to rotation", async () => {
    const { status, report } = await runJson([
      ["Tên khối", "Khối các sở"],
      ["Trưởng khối năm sau", "Sở Giáo dục"],
    ]);
    expect(status).toBe(0);
    // Rotation: the unit after the current leader (Sở Y tế).
    expect(report).toMatchObject({ nextLeader: "Sở Tư pháp", nextDeputy: "Sở Nội vụ" });
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        code: "award-leader-unknown",
        severity: "warning",
        sheet: "Cấu hình",
        cell: "B2",
      }),
    );
  });
});
