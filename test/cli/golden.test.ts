import ExcelJS from "exceljs";
import { readFileSync, writeFileSync, existsSync } from "fs";
import path from "path";
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/cliIo";
import { SAMPLES } from "../../src/samples";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { kindFromName } from "../../src/engine/settings/kindFromName";
import { label } from "../../src/strings/outputLabels";

const ROOT = path.resolve(__dirname, "../..");
const golden = (id: string) => path.join(ROOT, "test/golden", `${id}.json`);

function memoryIo(files: Record<string, Uint8Array>) {
  const out: string[] = [];
  const io: CliIo = {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: () => true },
    readFile: async (file) =>
      files[file] ?? Promise.reject(Object.assign(new Error(file), { code: "ENOENT" })),
    writeFile: async (file, data) => {
      files[file] = data;
    },
    resolve: async (file) => file,
    identity: async (file) => (files[file] ? file : null),
    now: () => new Date("2025-01-10T08:00:00Z"),
  };
  return { io, files, stdout: () => out.join("") };
}

async function sheetValues(data: Uint8Array, name: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  book.getWorksheet(name)?.eachRow({ includeEmpty: true }, (row, r) => {
    rows[r - 1] = (row.values as unknown[])
      .slice(1)
      .map((v) => (v && typeof v === "object" && "result" in v ? (v as { result: unknown }).result : v));
  });
  return rows;
}

const OUTPUTS = ["Xếp hạng", "Chi tiết điểm", "Đề nghị khen thưởng", "Kiểm tra dữ liệu"];

describe.each(SAMPLES.map((sample) => [sample.id, sample] as const))("golden: %s", (id, sample) => {
  const asset = path.join(ROOT, "assets/samples", `${id}.xlsx`);

  it("the bundled .xlsx holds exactly what the sample's code builds (npm run samples)", async () => {
    const { workbook } = await readXlsx(readFileSync(asset));
    const built = sample.build(2024);
    expect(workbook.sheets.map((s) => s.name)).toEqual(built.sheets.map((s) => s.name));
    workbook.sheets.forEach((sheet, i) => {
      const expected = built.sheets[i]!.values.map((row) => row.slice(0, sheet.values[0]?.length));
      // Trailing empty rows and columns are not part of a used range.
      expect(sheet.values).toEqual(expected.slice(0, sheet.values.length));
    });
  });

  it("prints the JSON of the golden file", async () => {
    const run = memoryIo({ "in.xlsx": readFileSync(asset) });
    const status = await main(["in.xlsx", "--json", "--check"], run.io);
    const report = JSON.parse(run.stdout());
    // UPDATE_GOLDEN=1 npx jest test/cli/golden rewrites the files after a deliberate change; review the diff.
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden(id), `${JSON.stringify(report, null, 2)}\n`);
    expect(existsSync(golden(id))).toBe(true);
    expect(report).toEqual(JSON.parse(readFileSync(golden(id), "utf8")));
    expect(status).toBe(report.ok ? 0 : 1);
  });

  it("gives identical output sheets when run again on its own output, replacing them", async () => {
    const run = memoryIo({ "in.xlsx": readFileSync(asset) });
    expect(await main(["in.xlsx", "-o", "once.xlsx"], run.io)).toBe(0);
    expect(await main(["once.xlsx", "-o", "twice.xlsx"], run.io)).toBe(0);
    const once = run.files["once.xlsx"]!;
    const twice = run.files["twice.xlsx"]!;
    const names = async (data: Uint8Array) => (await readXlsx(data)).existing.map((s) => s.name);
    expect(await names(twice)).toEqual(await names(once));
    for (const sheet of OUTPUTS)
      expect(await sheetValues(twice, sheet)).toEqual(await sheetValues(once, sheet));
    const ranking = await sheetValues(once, "Xếp hạng");
    const header = ranking.findIndex((row) => row?.[0] === "Hạng");
    const report = JSON.parse(readFileSync(golden(id), "utf8")) as {
      units: { name: string; rank: number; total: number }[];
    };
    // Key cells: the ranking rows under the header are the JSON's units, with their totals.
    expect(
      ranking.slice(header + 1, header + 1 + report.units.length).map((row) => [row[0], row[1]]),
    ).toEqual(report.units.map((u) => [u.rank, u.name]));
    // Score details: the total row holds the JSON's totals, unit by unit, in ranking order.
    const details = await sheetValues(once, "Chi tiết điểm");
    const totalRow = details.find((row) => row?.[1] === "Tổng điểm")!;
    expect(totalRow.slice(3, 3 + report.units.length)).toEqual(report.units.map((u) => u.total));
    // Data check: the summary line counts the JSON's errors.
    const check = await sheetValues(once, "Kiểm tra dữ liệu");
    const issues = (JSON.parse(readFileSync(golden(id), "utf8")) as { issues: { severity: string }[] })
      .issues;
    const errors = issues.filter((i) => i.severity === "error").length;
    expect(String(check.find((row) => /lỗi/.test(String(row?.[0])))?.[0])).toMatch(
      new RegExp(`^${errors} lỗi`),
    );
    const proposals = (await sheetValues(once, "Đề nghị khen thưởng"))
      .flat()
      .filter((v) => typeof v === "string");
    expect(proposals).toEqual(
      expect.arrayContaining([
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        // A cluster signs as CỤM TRƯỞNG (DESIGN §2.3).
        label(
          "vi",
          "signLeader",
          {},
          kindFromName(String(JSON.parse(readFileSync(golden(id), "utf8")).bloc)),
        ),
        "THƯ KÝ",
      ]),
    );
    // Two whole runs of bloc-rank through ExcelJS: seconds on a loaded machine, past jest's 5 s default.
  }, 30_000);
});

describe("bloc-rank on an empty workbook", () => {
  it("exits 2 with one line", async () => {
    const book = new ExcelJS.Workbook();
    const run = memoryIo({ "empty.xlsx": Buffer.from(await book.xlsx.writeBuffer()) });
    const errors: string[] = [];
    run.io.stderr = { write: (text: string) => errors.push(text) };
    expect(await main(["empty.xlsx"], run.io)).toBe(2);
    expect(errors.join("")).toMatch(/^bloc-rank: empty\.xlsx: [^\n]+\n$/);
  });
});
