import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { writeLayout } from "../../src/xlsx/writeLayout";
import { documentLayout } from "../helpers/documentLayout";
import { convert } from "./libreoffice";

/** A page's text as pdftotext lays it out, its lines trimmed, the empty ones dropped. */
function pageLines(pdf: string, page: number): string[] {
  const text = execFileSync("pdftotext", ["-layout", "-f", `${page}`, "-l", `${page}`, pdf, "-"], {
    encoding: "utf8",
  });
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

// A document alone in its workbook, so that its pages are the PDF's pages and their numbers its own.
describe("a Decree 30/2020 document printed by LibreOffice", () => {
  let pdf: string;

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "bloc-e2e-document-"));
    const book = new ExcelJS.Workbook();
    writeLayout(book, documentLayout());
    const file = path.join(dir, "document.xlsx");
    writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
    pdf = convert(file, "pdf", dir);
  });

  test("the text is set in Times New Roman (or its metric twin, Liberation Serif)", () => {
    const fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" });
    expect(fonts).toMatch(/Times|LiberationSerif/);
  });

  test("page 1 carries no page number; page 2's header is its number", () => {
    const first = pageLines(pdf, 1);
    expect(first[0]).toMatch(/^ĐẢNG BỘ KHỐI/);
    const second = pageLines(pdf, 2);
    expect(second[0]).toBe("2");
  });

  test("at 100% the table prints across pages, its title columns repeated on the page to the right", () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
    // Down, then over: pages 1–2 hold columns A–C, the next ones the title columns A:B again and then D.
    const right = pageLines(pdf, pages / 2 + 1);
    expect(right[0]).toBe(String(pages / 2 + 1));
    expect(right.join("\n")).toContain("Xếp loại");
    expect(right.join("\n")).toContain("Đơn vị 1");
    expect(right.join("\n")).not.toContain("Tổng điểm");
  });
});
