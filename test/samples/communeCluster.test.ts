import { readFileSync } from "fs";
import path from "path";
import { main } from "../../src/cli/main";
import { insertSample } from "../../src/excel/insertSample";
import { rankInExcel } from "../../src/excel/rankInExcel";
import { SAMPLES } from "../../src/samples";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { FakeExcel } from "../excel/fakeExcel/fakeExcel";
import { fakeCliIo } from "../helpers/fakeCliIo";

// The fourth bundled sample, laid out like a provincial template (issue 12): it must rank, with awards
// proposed, in the CLI and in Excel — the habits of real templates cost warnings at most.

const ROOT = path.resolve(__dirname, "../..");
const ASSET = path.join(ROOT, "assets/samples/cum-xa-phia-nam.xlsx");
const sample = SAMPLES.find((s) => s.id === "cum-xa-phia-nam")!;

const FLAG = "Cờ thi đua của UBND tỉnh";
const MERIT = "Bằng khen của Chủ tịch UBND tỉnh";

interface Report {
  ok: boolean;
  units: { name: string; rank: number; total: number; classification: string }[];
  proposals: { award: string; units: string[]; needsBallot: boolean }[];
  passedOver: { unit: string; reason: string }[];
  nextLeader: string;
  nextDeputy: string;
  issues: { code: string; severity: string; sheet: string; cell: string }[];
}

describe("sample cum-xa-phia-nam (a commune cluster laid out like a provincial template)", () => {
  it("holds the template's habits: SUM subtotals, text decimals, column numbers, a signature block", async () => {
    const { workbook } = await readXlsx(readFileSync(ASSET));
    const matrix = workbook.sheets.find((s) => s.name === "Tổng hợp")!;
    expect(matrix.formulas?.get("F10")).toBe("=SUM(F11:F13)");
    expect(matrix.values[11]?.[5]).toBe("9,5");
    expect(matrix.values[8]?.[0]).toBe("(1)");
    expect(matrix.values.flat()).toEqual(expect.arrayContaining(["NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"]));
    const criteria = workbook.sheets.find((s) => s.name === "Bảng điểm")!;
    expect(criteria.formulas?.get("C9")).toBe("=SUM(C10:C12)");
    expect(criteria.values[0]?.[0]).toBe("UBND TỈNH KHÁNH HÒA");
  });

  it("ranks with exit 0 in the CLI, proposes the awards and names the unit passed over", async () => {
    const io = fakeCliIo({ "cum.xlsx": readFileSync(ASSET) });
    const status = await main(["cum.xlsx", "--json", "-o", "out.xlsx"], io.io);
    const report = JSON.parse(io.stdout()) as Report;
    expect(status).toBe(0);
    expect(report.ok).toBe(true);
    expect(report.units.map((u) => [u.rank, u.name, u.total])).toEqual([
      [1, "Xã Ninh Phước", 100],
      [2, "Xã Phước Hậu", 98],
      [3, "Xã Phước Hữu", 96.5],
      [4, "Xã Phước Dinh", 94.5],
      [5, "Xã Thuận Nam", 94.5],
      [6, "Xã Cà Ná", 90],
      [7, "Xã Phước Hà", 88],
    ]);
    expect(report.proposals).toEqual([
      { award: FLAG, units: ["Xã Phước Hậu"], needsBallot: false },
      { award: MERIT, units: ["Xã Phước Hữu", "Xã Phước Dinh"], needsBallot: false },
    ]);
    expect(report.passedOver).toMatchObject([{ unit: "Xã Ninh Phước", reason: "underReview" }]);
    // Cà Ná's 90 is excellent by total, but group II at 73 % misses the 85 and 80 floors.
    expect(report.units[5]?.classification).toBe("Hoàn thành nhiệm vụ");
    expect([report.nextLeader, report.nextDeputy]).toEqual(["Xã Phước Hữu", "Xã Ninh Phước"]);
    expect(report.issues.map((i) => `${i.severity} ${i.code} ${i.sheet}!${i.cell}`)).toEqual([
      "warning score-subtotal-formula Tổng hợp!F10",
      "warning score-subtotal-formula Tổng hợp!O14",
      "info number-as-text Tổng hợp!F12",
      "info number-as-text Tổng hợp!O19",
    ]);
  });

  it.each(["1.7", "1.9"])(
    "ranks the same in Excel (ExcelApi %s) once inserted from the pane",
    async (excelApi) => {
      const fake = new FakeExcel({ sheets: [{ name: "Sheet1", values: [] }] }, { excelApi });
      await fake.run((context) => insertSample(context, sample.build()));
      const report = await fake.run((context) =>
        rankInExcel(context, { year: 2025, supports: fake.isSetSupported }),
      );
      expect(report.result.provisional).toBe(false);
      expect(report.result.proposals.map((p) => [p.award, p.units])).toEqual([
        [FLAG, ["Xã Phước Hậu"]],
        [MERIT, ["Xã Phước Hữu", "Xã Phước Dinh"]],
      ]);
      expect(report.result.issues.filter((i) => i.severity === "warning").map((i) => i.cell)).toEqual([
        "F10",
        "O14",
      ]);
      expect(report.activated).toBe("Xếp hạng");
      expect(report.syncs).toBeLessThanOrEqual(4);
    },
  );
});
