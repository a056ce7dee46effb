// A bloc scored on per-unit forms, one sheet per unit as the forms come back filled, with long criterion
// texts as provincial regulations have: what makes the read of a large bloc pass Excel's 5 MB response.
import { evaluateBloc } from "../../src/engine/evaluateBloc";
import { layoutForms } from "../../src/engine/forms/layoutForms";
import { isLeaf } from "../../src/engine/criteria/criterion";
import { layoutUnitForm } from "../../src/engine/forms/layoutUnitForm";
import type { CellValue, WorkbookInput } from "../../src/engine/workbook";
import { rosterSheet } from "../../src/samples/sampleRoster";
import { layoutSheet } from "../helpers/layoutSheet";

export const PER_UNIT_YEAR = 2024;
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
const CLAUSE =
  "Triển khai đầy đủ, kịp thời các chủ trương, nghị quyết của cấp ủy và kế hoạch công tác năm của cơ quan, đơn vị; ";

/** A criterion's text of about `length` characters: a regulation's wording, numbered so every row differs. */
const longText = (label: string, length: number): string =>
  `${label}. ${CLAUSE.repeat(Math.ceil(length / CLAUSE.length))}`.slice(0, length);

/**
 * A master (criteria of `groups` × `perGroup` leaves worth 1 point each, texts of `textLength` characters, and a
 * roster of `units` units) and one filled form per unit, as the add-in lays it out, read back as values.
 */
export function perUnitBloc(units: number, groups = 6, perGroup = 10, textLength = 300): WorkbookInput {
  const rows: CellValue[][] = [];
  for (let g = 0; g < groups; g++) {
    rows.push([ROMAN[g] ?? String(g + 1), longText(`Nhóm tiêu chí ${g + 1}`, textLength), perGroup]);
    for (let c = 0; c < perGroup; c++) {
      rows.push([String(c + 1), longText(`Tiêu chí ${g + 1}.${c + 1}`, textLength), 1]);
    }
  }
  const table: CellValue[][] = [
    ["BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA", "", ""],
    ["STT", "Nội dung tiêu chí", "Điểm chuẩn"],
    ...rows,
    ["", "Tổng cộng", groups * perGroup],
  ];
  const roster = rosterSheet(
    Array.from({ length: units }, (_, u) => ({ name: `Đơn vị thành viên số ${u + 1}`, short: `ĐV${u + 1}` })),
  );
  const master: WorkbookInput = {
    sheets: [
      { name: "Tiêu chí", values: table },
      { name: "Đơn vị", values: roster },
    ],
  };
  const result = evaluateBloc(master, { year: PER_UNIT_YEAR });
  const leaves = result.criteria?.all.filter(isLeaf) ?? [];
  const { criteria, settings } = result;
  if (!criteria) throw new Error("the generated criteria table did not read");
  const forms = layoutForms(result, { lang: "vi", existing: master.sheets.map((s) => s.name) });
  const filled = forms.map((form, u) => {
    // Every leaf its point but one, which differs by unit so the ranking is not one long tie.
    const self = new Map<string, CellValue>(
      leaves.map((leaf, i) => [leaf.key, i === u % leaves.length ? 0 : 1]),
    );
    const fill = { self, evidence: new Map<string, string>(), explanation: new Map<string, string>() };
    const unit = result.roster?.units[u]?.name ?? "";
    const input = {
      criteria,
      unit,
      blocName: settings.blocName,
      kind: settings.kind,
      year: settings.year,
      fill,
    };
    return layoutSheet(layoutUnitForm(input, "vi", form.name));
  });
  return { sheets: [...master.sheets, ...filled] };
}
