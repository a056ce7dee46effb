import { main } from "../../src/cli/main";
import { usageText } from "../../src/strings/cliHelp";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { associationsBloc } from "../../src/samples/associationsBloc";
import { partyBloc } from "../../src/samples/partyBloc";
import { workbookToXlsx as xlsxOf } from "../../src/xlsx/workbookToXlsx";
import { fakeCliIo } from "../helpers/fakeCliIo";

const fakeIo = fakeCliIo;

describe("bloc-rank", () => {
  it("ranks a workbook, prints the JSON contract and writes NAME.ranked.xlsx, leaving the input untouched", async () => {
    const input = await xlsxOf(partyBloc(2024));
    const original = Buffer.from(input);
    const run = fakeIo({ "khoi.xlsx": input });
    expect(await main(["khoi.xlsx", "--json"], run.io)).toBe(0);
    const report = JSON.parse(run.stdout());
    expect(report).toMatchObject({
      ok: true,
      year: 2024,
      scale: 100,
      nextLeader: "Ban Tuyên giáo Tỉnh ủy",
      nextDeputy: "Ban Dân vận Tỉnh ủy",
    });
    expect(report.units[0]).toEqual({
      name: "Ban Tổ chức Tỉnh ủy",
      rank: 1,
      total: 97.5,
      selfTotal: 98,
      classification: "Hoàn thành xuất sắc nhiệm vụ",
      award: "Cờ thi đua của UBND tỉnh",
      needsBallot: false,
    });
    expect(report.proposals).toEqual([
      { award: "Cờ thi đua của UBND tỉnh", units: ["Ban Tổ chức Tỉnh ủy"], needsBallot: false },
      {
        award: "Bằng khen của Chủ tịch UBND tỉnh",
        units: ["Văn phòng Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"],
        needsBallot: false,
      },
    ]);
    expect(run.stdout().trim().split("\n")).toHaveLength(1);
    expect(Buffer.from(run.files["khoi.xlsx"]!).equals(original)).toBe(true);
    const written = await readXlsx(run.files["khoi.ranked.xlsx"]!);
    expect(written.existing.filter((s) => s.owner).map((s) => s.owner)).toEqual([
      "ranking",
      "details",
      "proposals",
      "memo",
      "minutes",
      "dataCheck",
    ]);
    expect(written.workbook.sheets.map((s) => s.name)).toEqual([
      "Bảng tiêu chí",
      "Đơn vị",
      "Tổng hợp",
      "Cấu hình",
    ]);
  });

  it("prints a readable summary in the language asked for", async () => {
    const run = fakeIo({ "hoi.xlsx": await xlsxOf(associationsBloc(2024)) });
    expect(await main(["hoi.xlsx", "--lang", "en", "-o", "out.xlsx"], run.io)).toBe(0);
    expect(run.stdout()).toContain("Hội Chữ thập đỏ tỉnh");
    expect(run.stdout()).toContain("Excellent");
    expect(run.files["out.xlsx"]).toBeDefined();
  });

  it("exits 1 with provisional outputs when the data has errors, and --check writes nothing", async () => {
    const workbook = partyBloc(2024);
    workbook.sheets[2]!.values[8]![5] = "abc";
    const run = fakeIo({ "loi.xlsx": await xlsxOf(workbook) });
    expect(await main(["loi.xlsx", "--json"], run.io)).toBe(1);
    const report = JSON.parse(run.stdout());
    expect(report.ok).toBe(false);
    expect(report.proposals).toEqual([]);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: "score-not-number", sheet: "Tổng hợp", cell: "F9" }),
    );
    expect(run.files["loi.ranked.xlsx"]).toBeDefined();
    const check = fakeIo({ "loi.xlsx": await xlsxOf(workbook) });
    expect(await main(["loi.xlsx", "--check"], check.io)).toBe(1);
    expect(Object.keys(check.files)).toEqual(["loi.xlsx"]);
  });

  it("refuses to write over the input", async () => {
    const run = fakeIo({ "khoi.xlsx": await xlsxOf(partyBloc(2024)) });
    expect(await main(["khoi.xlsx", "-o", "./khoi.xlsx"], run.io)).toBe(2);
    expect(run.stderr()).toMatch(/^bloc-rank: .*\n$/);
    expect(Object.keys(run.files)).toEqual(["khoi.xlsx"]);
  });

  it.each([
    ["a missing file", {}],
    ["a file that is not a workbook", { "x.xlsx": new TextEncoder().encode("STT;Nội dung\n1;a\n") }],
    ["a corrupt zip", { "x.xlsx": Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(60).fill(7)]) }],
    [
      "an encrypted workbook",
      {
        "x.xlsx": Uint8Array.from([
          0xd0,
          0xcf,
          0x11,
          0xe0,
          0xa1,
          0xb1,
          0x1a,
          0xe1,
          ...new Array(504).fill(0),
        ]),
      },
    ],
  ])("exits 2 with one line and no stack trace for %s", async (_what, files) => {
    const run = fakeIo(files as Record<string, Uint8Array>);
    expect(await main(["x.xlsx", "--json"], run.io)).toBe(2);
    expect(run.stderr()).toMatch(/^bloc-rank: x\.xlsx: [^\n]+\n$/);
    expect(run.stderr()).not.toMatch(/\bat \S+ \(/);
    expect(JSON.parse(run.stdout())).toMatchObject({ ok: false });
  });

  it("exits 2 on usage errors", async () => {
    for (const argv of [[], ["a.xlsx", "b.xlsx"], ["a.xlsx", "--lang", "fr"], ["a.xlsx", "--frobnicate"]]) {
      const run = fakeIo({});
      expect(await main(argv, run.io)).toBe(2);
      expect(run.stderr()).toContain(usageText("vi"));
    }
  });

  it("exits 2 with the usage of every command on a sub-command's usage error", async () => {
    for (const argv of [["forms"], ["merge", "m.xlsx"], ["forms", "a.xlsx", "--check"]]) {
      const run = fakeIo({});
      expect(await main([...argv, "--lang", "en"], run.io)).toBe(2);
      expect(run.stderr()).toContain("bloc-rank forms WORKBOOK.xlsx");
      expect(run.stderr()).toContain("bloc-rank merge MASTER.xlsx");
    }
  });

  it("hands merge to its command: an unreadable master exits 2 and writes nothing", async () => {
    const run = fakeIo({ "r.xlsx": await xlsxOf(partyBloc(2024)) });
    expect(await main(["merge", "missing.xlsx", "r.xlsx"], run.io)).toBe(2);
    expect(run.stderr()).toContain("missing.xlsx");
    expect(Object.keys(run.files)).toEqual(["r.xlsx"]);
  });
});
