import { evaluateBloc, type BlocResult } from "../../../src/engine/evaluateBloc";
import { issue } from "../../../src/engine/issues";
import type { Lang } from "../../../src/engine/lang";
import { dataCheckLayout } from "../../../src/engine/layout/dataCheckLayout";
import type { SheetLayout } from "../../../src/engine/layout/sheetLayout";
import { SAMPLES } from "../../../src/samples";
import { partyBloc } from "../../../src/samples/partyBloc";
import { formatIssue } from "../../../src/strings/issueMessages";
import { label } from "../../../src/strings/outputLabels";
import { expectWellFormed } from "../../helpers/layoutChecks";

const LANGS: Lang[] = ["vi", "en"];

// Party bloc with bad cells: text, a number typed as text and a score far above its maximum.
function provisional(): BlocResult {
  const workbook = partyBloc(2024);
  const matrix = workbook.sheets.find((s) => s.name === "Tổng hợp")!.values;
  matrix[8]![5] = "abc"; // F9
  matrix[8]![6] = "=1+1"; // G9: a formula-looking text is written back as text
  matrix[9]![7] = 999; // H10
  return evaluateBloc(workbook, { year: 2024 });
}

const headerRow = (layout: SheetLayout, lang: Lang): number =>
  layout.values.findIndex((row) => row[0] === label(lang, "severity"));

describe("dataCheckLayout", () => {
  describe.each(LANGS)("in %s", (lang) => {
    it("lists every issue in order, linked to its sheet and cell, under the banner", () => {
      const result = provisional();
      expect(result.issues.length).toBeGreaterThanOrEqual(3);
      const layout = dataCheckLayout(result, lang, "Kiểm tra");
      expectWellFormed(layout);
      expect(layout.kind).toBe("dataCheck");
      const errors = result.issues.filter((i) => i.severity === "error").length;
      expect(layout.values[0]?.[0]).toBe(label(lang, "provisional", { n: errors }));
      expect(layout.merges).toContain("A1:G1");
      expect(layout.values[1]?.[0]).toBe(label(lang, "dataCheckTitle"));

      const header = headerRow(layout, lang);
      expect(layout.values[header]?.[5]).toBe(label(lang, "message"));
      expect(layout.freeze).toEqual({ rows: header + 1, columns: 0 });
      expect(layout.print).toMatchObject({ orientation: "landscape", fitToWidth: true });
      result.issues.forEach((found, i) => {
        const row = layout.values[header + 1 + i]!;
        expect(row[0]).toBe(label(lang, found.severity));
        expect(row[1]).toBe(found.sheet || null);
        expect(row[2]).toBe(found.cell || null);
        expect(row[3]).toBe(found.unit ?? null);
        expect(row[5]).toBe(formatIssue(found, lang));
        const link = layout.links.find((l) => l.cell === `C${header + 2 + i}`);
        if (found.sheet && found.cell)
          expect(link).toEqual({ cell: `C${header + 2 + i}`, sheet: found.sheet, target: found.cell });
        else expect(link).toBeUndefined();
      });
      expect(layout.links.map((l) => [l.sheet, l.target])).toEqual(
        expect.arrayContaining([
          ["Tổng hợp", "F9"],
          ["Tổng hợp", "G9"],
          ["Tổng hợp", "H10"],
        ]),
      );
      const at = (cell: string) => layout.links.find((l) => l.target === cell)!.cell;
      const valueAt = (ref: string) => layout.values[Number(ref.slice(1)) - 1]?.[6];
      expect(valueAt(at("F9"))).toBe("abc");
      expect(valueAt(at("G9"))).toBe("=1+1");
      expect(valueAt(at("H10"))).toBe(999);
    });

    it("fills error rows red and warning rows yellow, and notes none", () => {
      const base = evaluateBloc(partyBloc(2024), { year: 2024 });
      const issues = [
        issue({
          code: "score-not-number",
          sheet: "Tổng hợp",
          cell: "F9",
          unit: "Báo Quảng Trị",
          value: "abc",
        }),
        issue({ code: "score-not-number", sheet: "Tổng hợp", cell: "F10", value: true }),
        issue({ code: "score-evidence-missing", sheet: "Tổng hợp", cell: "" }),
        issue({ code: "number-as-text", sheet: "", cell: "B3", value: "9,5", details: { read: 9.5 } }),
      ];
      const layout = dataCheckLayout({ ...base, issues, provisional: true }, lang, "x");
      expectWellFormed(layout);
      const first = headerRow(layout, lang) + 1;
      const fill = (color: string) =>
        layout.formats.filter((f) => f.format.fill === color).map((f) => f.range);
      expect(fill("FFC7CE")).toEqual(["A1:G1", `A${first + 1}:G${first + 2}`]);
      expect(fill("FFEB9C")).toEqual([`A${first + 3}:G${first + 3}`]);
      expect(layout.links.map((l) => l.cell)).toEqual([`C${first + 1}`, `C${first + 2}`]);
      expect(layout.values[first + 1]?.[6]).toBe(true);
      expect(layout.values[first + 2]?.[6]).toBeNull();
      expect(layout.values[2]?.[0]).toBe(
        label(lang, "dataCheckSummary", { errors: 2, warnings: 1, infos: 1 }),
      );
    });

    // The cluster sample keeps a template's habits on purpose (SUM subtotals over text): it has warnings.
    const clean = SAMPLES.map((s) => s.id).filter((id) => id !== "cum-xa-phia-nam");
    it.each(clean)("says no problem was found in %s", (id) => {
      const result = evaluateBloc(SAMPLES.find((s) => s.id === id)!.build(2024), { year: 2024 });
      const layout = dataCheckLayout(result, lang, "x");
      expectWellFormed(layout);
      expect(layout.values[0]?.[0]).toBe(label(lang, "dataCheckTitle"));
      const header = headerRow(layout, lang);
      expect(layout.values[header + 1]?.[0]).toBe(label(lang, "noIssues"));
      // The title and the counts span the table; the one line under the header too.
      expect(layout.merges).toEqual(["A1:G1", "A2:G2", `A${header + 2}:G${header + 2}`]);
      expect(layout.links).toEqual([]);
    });

    it("lists the cluster sample's warnings, then its notes, each linked to its cell", () => {
      const result = evaluateBloc(SAMPLES.find((s) => s.id === "cum-xa-phia-nam")!.build(), { year: 2025 });
      const layout = dataCheckLayout(result, lang, "x");
      expectWellFormed(layout);
      const header = headerRow(layout, lang);
      expect(layout.values.slice(header + 1, header + 5).map((row) => row[2])).toEqual([
        "F10",
        "O14",
        "F12",
        "O19",
      ]);
      expect(layout.links).toHaveLength(4);
    });
  });
});
