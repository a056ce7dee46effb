import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { layoutsToXlsx } from "../../src/xlsx/formsToXlsx";
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
    const file = path.join(dir, "document.xlsx");
    writeFileSync(file, await layoutsToXlsx([documentLayout()]));
    pdf = convert(file, "pdf", dir);
  });

  test("every text, the page numbers too, is set in Times New Roman (or its metric twin, Liberation Serif)", () => {
    // pdffonts: two header lines, then one line per font, its name first.
    const fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" })
      .split("\n")
      .slice(2)
      .filter(Boolean)
      .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ""));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^(Times|LiberationSerif)/);
  });

  test("page 1 carries no page number; page 2's header is its number", () => {
    const first = pageLines(pdf, 1);
    expect(first[0]).toMatch(/^ĐẢNG BỘ KHỐI/);
    const second = pageLines(pdf, 2);
    expect(second[0]).toBe("2");
  });

  test("at 100% the table prints across pages, its title columns repeated on the pages to the right", () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
    const texts = Array.from({ length: pages }, (_, i) => pageLines(pdf, i + 1));
    // Down, then over: the first pages hold columns A–C, the next ones the title columns A:B again and D.
    const right = texts.findIndex((lines) => lines.join("\n").includes("Xếp loại"));
    expect(right).toBeGreaterThan(0);
    expect(texts[right]![0]).toBe(String(right + 1));
    expect(texts[right]!.join("\n")).toContain("Đơn vị 1");
    expect(texts[right]!.join("\n")).not.toContain("Tổng điểm");
    expect(texts[0]!.join("\n")).not.toContain("Xếp loại");
  });
});
