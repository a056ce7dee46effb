import type { Lang } from "../../../src/engine/lang";
import { DocumentGrid } from "../../../src/engine/layout/documentGrid";
import {
  addDocumentHeading,
  documentNumberLine,
  placeDateLine,
  type DocumentFrame,
} from "../../../src/engine/layout/documentFrame";
import { documentLayout } from "../../../src/engine/layout/documentLayout";
import { addDocumentFoot, signerName } from "../../../src/engine/layout/documentSignature";
import { DECREE30_PORTRAIT, DOCUMENT_FONT } from "../../../src/engine/layout/sheetLayout";
import { defaultSettings, type Settings } from "../../../src/engine/settings/settings";
import { label } from "../../../src/strings/outputLabels";
import { cellFormat, expectDocument, findCell, mergeAt } from "../../helpers/documentChecks";
import { expectWellFormed } from "../../helpers/layoutChecks";

const FRAME: DocumentFrame = {
  widths: [6, 22, 6, 12, 31, 12],
  left: { from: 0, to: 2 },
  right: { from: 3, to: 5 },
};

function frameOf(settings: Partial<Settings>, lang: Lang = "vi") {
  const full = { ...defaultSettings(2024), ...settings };
  const grid = new DocumentGrid(FRAME.widths.length);
  const heading = addDocumentHeading(grid, FRAME, full, lang);
  addDocumentFoot(grid, FRAME, full, lang);
  return { heading, layout: documentLayout(grid, FRAME, "memo", "x"), settings: full };
}

describe("the Decree 30/2020 document frame", () => {
  it.each(["vi", "en"] as const)("heads, dates, signs and prints a document (%s)", (lang) => {
    const { layout, heading } = frameOf({ blocName: "Khối thi đua số 1" }, lang);
    expectWellFormed(layout);
    expectDocument(layout);
    expect(layout.print).toEqual({ ...DECREE30_PORTRAIT, printTitleRows: null });
    // The bloc and the national name start in the same row; bloc and motto are ruled by a bottom border.
    const bloc = findCell(layout, "KHỐI THI ĐUA SỐ 1")!;
    const nation = findCell(layout, label(lang, "nationalName"))!;
    const motto = findCell(layout, label(lang, "nationalMotto"))!;
    expect(bloc.row).toBe(nation.row);
    expect(motto.row).toBe(nation.row + 1);
    expect(cellFormat(layout, bloc).bottomBorder).toBe("thin");
    expect(cellFormat(layout, motto).bottomBorder).toBe("thin");
    expect(cellFormat(layout, nation).bottomBorder).toBeUndefined();
    expect(heading.blocCell.row).toBe(bloc.row);
    // The motto's cell is narrower than the national heading's: about as long as the motto.
    const mottoMerge = mergeAt(layout, motto)!;
    const nationMerge = mergeAt(layout, nation)!;
    expect(mottoMerge.to - mottoMerge.from).toBeLessThan(nationMerge.to - nationMerge.from);
    const number = findCell(layout, label(lang, "documentNumberBlank"))!;
    const date = findCell(layout, placeDateLine(defaultSettings(2024), lang))!;
    expect(number.row).toBe(date.row);
    expect(cellFormat(layout, date).italic).toBe(true);
    expect(findCell(layout, label(lang, "recipients"))).not.toBeNull();
    expect(findCell(layout, label(lang, "signOnBehalf").toLocaleUpperCase("vi"))).not.toBeNull();
  });

  it("dots the year with the day and month when no meeting date is set, never the scoring year", () => {
    const settings = defaultSettings(2024);
    expect(placeDateLine(settings, "vi")).not.toContain("2024");
    const dated = { ...settings, meetingDate: { day: 5, month: 1, year: 2025 }, place: "Quảng Trị" };
    expect(placeDateLine(dated, "vi")).toBe(
      label("vi", "placeDate", { place: "Quảng Trị", day: "05", month: "01", year: 2025 }),
    );
  });

  it("prints the number, the recipients and the leader's name from the settings", () => {
    const { layout, settings } = frameOf({
      documentNumber: "07/TTr-KTĐ",
      recipients: ["Sở Nội vụ", "Lưu: VT"],
      signers: [{ title: "Trưởng khối", name: "Nguyễn Văn A" }],
    });
    expect(findCell(layout, documentNumberLine(settings, "vi"))).not.toBeNull();
    expect(documentNumberLine(settings, "vi")).toContain("07/TTr-KTĐ");
    const first = findCell(layout, "- Sở Nội vụ;")!;
    expect(findCell(layout, "- Lưu: VT.")?.row).toBe(first.row + 1);
    expect(findCell(layout, label("vi", "recipients"))?.row).toBe(first.row - 1);
    const name = findCell(layout, "Nguyễn Văn A")!;
    expect(name.col).toBe(FRAME.right.from);
    expect(signerName(settings.signers, "leader")).toBe("Nguyễn Văn A");
  });

  it("keeps both heading blocks in their rows when the bloc's name runs to 120 characters", () => {
    const long =
      "Khối thi đua các cơ quan, đơn vị sự nghiệp, doanh nghiệp nhà nước và tổ chức hội đặc thù trực thuộc tỉnh ủy, ủy ban tỉnh";
    expect(long.length).toBeGreaterThanOrEqual(118);
    const { layout, heading } = frameOf({ blocName: long });
    expectWellFormed(layout);
    const bloc = findCell(layout, long.toLocaleUpperCase("vi"))!;
    const nation = findCell(layout, label("vi", "nationalName"))!;
    const motto = findCell(layout, label("vi", "nationalMotto"))!;
    expect([bloc.row, motto.row]).toEqual([nation.row, nation.row + 1]);
    // The name wraps in the whole left half, merged down over the motto's row and one more, all tall
    // enough together for its lines; the number and date lines come after, in one row.
    const merge = mergeAt(layout, bloc)!;
    expect(merge).toMatchObject({ from: FRAME.left.from, to: FRAME.left.to, top: bloc.row });
    expect(merge.bottom).toBeGreaterThan(motto.row);
    const height = (row: number) => layout.rowHeights.find((h) => h.row === row + 1)?.height ?? 15;
    let total = 0;
    for (let r = merge.top; r <= merge.bottom; r++) total += height(r);
    expect(total).toBeGreaterThanOrEqual(4 * 12 * 1.15);
    expect(cellFormat(layout, bloc).bottomBorder).toBe("thin");
    expect(heading.numberRow).toBe(merge.bottom + 1);
    expect(findCell(layout, placeDateLine(defaultSettings(2024), "vi"))?.row).toBe(heading.numberRow);
  });

  it("says cụm on a cluster's signature", () => {
    const { layout } = frameOf({ blocName: "Cụm thi đua số 3", kind: "cluster" });
    const onBehalf = label("vi", "signOnBehalf", {}, "cluster").toLocaleUpperCase("vi");
    expect(findCell(layout, onBehalf)).not.toBeNull();
    expect(onBehalf).not.toBe(label("vi", "signOnBehalf", {}, "bloc").toLocaleUpperCase("vi"));
    expect(findCell(layout, label("vi", "signLeader", {}, "cluster"))).not.toBeNull();
    expect(layout.values.flat().filter((v) => typeof v === "string" && /khối/i.test(v))).toEqual([]);
    expect(DOCUMENT_FONT).toBe("Times New Roman");
  });
});
