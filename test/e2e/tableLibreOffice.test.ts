import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { main } from "../../src/cli/main";
import { nodeIo } from "../../src/cli/nodeIo";
import { partyBloc } from "../../src/samples/partyBloc";
import { workbookToXlsx } from "../../src/xlsx/workbookToXlsx";
import { convert } from "./libreoffice";

const quiet = { stdout: { write: () => true }, stderr: { write: () => true } };

describe("a workbook with a table, saved by LibreOffice", () => {
  it("has no <tableStyleInfo>, and is still ranked with its table kept", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "bloc-e2e-table-"));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await workbookToXlsx(partyBloc(2024))) as unknown as ArrayBuffer);
    book.addWorksheet("Bảng phụ").addTable({
      name: "GhiChu",
      ref: "A1",
      headerRow: true,
      columns: [{ name: "Đơn vị" }, { name: "Ghi chú" }],
      rows: [["Văn phòng Tỉnh ủy", "đủ hồ sơ"]],
    });
    const made = path.join(dir, "made.xlsx");
    writeFileSync(made, Buffer.from(await book.xlsx.writeBuffer()));
    mkdirSync(path.join(dir, "lo"));
    const saved = convert(made, "xlsx", path.join(dir, "lo"));
    const tables = async (file: string) => {
      const zip = await JSZip.loadAsync(readFileSync(file));
      const parts = zip.file(/^xl\/tables\/.*\.xml$/);
      return Promise.all(parts.map((part) => part.async("string")));
    };
    const [table] = await tables(saved);
    expect(table).toContain('name="GhiChu"');
    expect(table).not.toContain("tableStyleInfo");
    const output = path.join(dir, "out.xlsx");
    expect(await main([saved, "-o", output], { ...nodeIo(), ...quiet })).toBe(0);
    expect((await tables(output)).join("")).toContain('name="GhiChu"');
  }, 180_000);
});
