import fc from "fast-check";
import { evaluateBloc, type BlocResult } from "../../src/engine/evaluateBloc";
import type { CellValue, WorkbookInput } from "../../src/engine/workbook";

// DESIGN §2.1.1: appending a signature block, notes or a date line below a valid table, or numbering its
// columns under the header, changes neither the result nor the issues — on the criteria table, a score
// matrix and a per-unit form alike.

const ROMAN = ["I", "II", "III", "IV", "V"];

interface Bloc {
  groups: number[][]; // leaf maxima
  units: number[][]; // scores per unit, leaves in table order
}

const blocArb: fc.Arbitrary<Bloc> = fc
  .array(fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 3,
  })
  .chain((groups) => {
    const maxima = groups.flat();
    const unit = fc.tuple(...maxima.map((max) => fc.integer({ min: 0, max })));
    return fc.record({ groups: fc.constant(groups), units: fc.array(unit, { minLength: 2, maxLength: 4 }) });
  });

type Row = CellValue[];

// The closing block's lines, each a row of up to five cells (left half in A–B, right half in D–E).
const DATES = [
  "Ninh Thuận, ngày 15 tháng 12 năm 2024",
  "…, ngày … tháng … năm 20…",
  "Ngày    tháng    năm 2025",
];
const TITLES = [
  "NGƯỜI LẬP BIỂU",
  "THỦ TRƯỞNG ĐƠN VỊ",
  "TM. KHỐI THI ĐUA SỐ 3",
  "TRƯỞNG KHỐI",
  "THƯ KÝ",
  "KT. TRƯỞNG KHỐI",
];
const SIGN = ["(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)"];
const NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"];
const NOTES = ["Ghi chú: điểm trừ ghi số dương.", "Lưu ý: gửi kèm minh chứng."];

const at = (col: number, text: CellValue): Row =>
  Object.assign(Array<CellValue>(col + 1).fill(""), { [col]: text });
const halves = (left: string, right: string, leftCol: number): Row => {
  const row = Array<CellValue>(5).fill("");
  row[leftCol] = left;
  row[3] = right;
  return row;
};

const opening: fc.Arbitrary<Row> = fc.oneof(
  fc.tuple(fc.constantFrom(...DATES), fc.integer({ min: 0, max: 3 })).map(([date, col]) => at(col, date)),
  fc
    .tuple(fc.constantFrom(...TITLES), fc.constantFrom(...TITLES), fc.integer({ min: 0, max: 1 }))
    .map(([left, right, col]) => halves(left, right, col)),
  fc.tuple(fc.constantFrom(...SIGN), fc.integer({ min: 0, max: 3 })).map(([sign, col]) => at(col, sign)),
  fc.tuple(fc.constantFrom(...NOTES), fc.integer({ min: 0, max: 1 })).map(([note, col]) => at(col, note)),
);
const line: fc.Arbitrary<Row> = fc.oneof(
  opening,
  fc.constant<Row>([]),
  fc
    .tuple(fc.constantFrom(...NAMES), fc.constantFrom(...NAMES), fc.integer({ min: 0, max: 1 }))
    .map(([left, right, col]) => halves(left, right, col)),
  fc.integer({ min: 1, max: 5 }).map((n): Row => [`${n}.`, "Các đơn vị gửi bảng tự chấm đúng hạn."]),
  fc.constant<Row>(["* Bảng này thay bảng năm trước"]),
);
const closingArb = fc
  .tuple(fc.integer({ min: 0, max: 2 }), opening, fc.array(line, { maxLength: 8 }))
  .map(([blanks, first, rest]) => [...Array.from({ length: blanks }, (): Row => []), first, ...rest]);

type Numbers = "none" | "paren" | "plain" | "letters";

function numbersRow(width: number, kind: Numbers): Row {
  return Array.from({ length: width }, (_, c) =>
    kind === "paren"
      ? `(${c + 1})`
      : kind === "plain"
        ? c + 1
        : kind === "letters"
          ? String.fromCharCode(65 + c)
          : "",
  );
}

function tableRows(bloc: Bloc, extra: (leaf: number | null) => CellValue[]): Row[] {
  const rows: Row[] = [];
  let leaf = 0;
  bloc.groups.forEach((leaves, g) => {
    rows.push([ROMAN[g]!, `Nhóm ${g + 1}`, leaves.reduce((a, b) => a + b, 0), ...extra(null)]);
    leaves.forEach((max, i) => rows.push([i + 1, `Tiêu chí ${g + 1}.${i + 1}`, max, ...extra(leaf++)]));
  });
  return rows;
}

// A sheet: a title above, the header, a row under it (blank, or the column numbers), the body, then the
// closing block — the body's cells stay where they are whatever is appended, so issues keep their cells.
function sheetOf(header: Row, body: Row[], numbers: Numbers, closing: Row[]): CellValue[][] {
  return [
    ["KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["BẢNG CHẤM ĐIỂM"],
    header,
    numbersRow(header.length, numbers),
    ...body,
    ...closing,
  ];
}

function workbookOf(bloc: Bloc, numbers: Numbers, closing: Row[]): WorkbookInput {
  const names = bloc.units.map((_, u) => `Đơn vị số ${u + 1}`);
  const last = bloc.units.length - 1;
  const criteria = sheetOf(
    ["STT", "Nội dung", "Điểm chuẩn"],
    tableRows(bloc, () => []),
    numbers,
    closing,
  );
  const matrix = sheetOf(
    ["STT", "Nội dung", "Điểm chuẩn", ...names.slice(0, last)],
    tableRows(bloc, (leaf) =>
      bloc.units.slice(0, last).map((scores) => (leaf === null ? "" : scores[leaf]!)),
    ),
    numbers,
    closing,
  );
  const form = sheetOf(
    ["STT", "Nội dung", "Điểm chuẩn", "Điểm tự chấm"],
    tableRows(bloc, (leaf) => [leaf === null ? "" : bloc.units[last]![leaf]!]),
    numbers,
    closing,
  );
  form[1] = ["Đơn vị:", names[last]!];
  return {
    sheets: [
      { name: "Tiêu chí", values: criteria },
      { name: "Tổng hợp", values: matrix },
      { name: "Phiếu", values: form },
      {
        name: "Đơn vị",
        values: [["Tên đơn vị", "Vai trò"], ...names.map((n, u) => [n, u === 0 ? "Trưởng khối" : ""])],
      },
    ],
  };
}

function outcome(result: BlocResult) {
  return {
    criteria: result.criteria?.all.map((node) => [node.key, node.max]),
    ranking: result.ranking.map((unit) => [unit.result.unit, unit.rank, unit.result.total.toNumber()]),
    proposals: result.proposals,
    next: result.next,
    issues: result.issues,
  };
}

describe("appending a closing block or numbering the columns changes nothing", () => {
  it("gives the same result and issues as the bare tables", () => {
    fc.assert(
      fc.property(
        blocArb,
        fc.constantFrom<Numbers>("none", "paren", "plain", "letters"),
        closingArb,
        (bloc, numbers, closing) => {
          const bare = evaluateBloc(workbookOf(bloc, "none", []), { year: 2025 });
          const dressed = evaluateBloc(workbookOf(bloc, numbers, closing), { year: 2025 });
          expect(bare.criteria?.all.length).toBe(bloc.groups.flat().length + bloc.groups.length);
          expect(bare.ranking).toHaveLength(bloc.units.length);
          expect(outcome(dressed)).toEqual(outcome(bare));
        },
      ),
      { numRuns: 150 },
    );
  });
});
