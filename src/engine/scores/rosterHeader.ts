import { findHeader, HEADER_SCAN_ROWS } from "../read/findHeader";
import { normalizeLabel, normalizeLabelCore } from "../read/normalizeLabel";
import { cellAt, type CellValue } from "../workbook";

/** What a column of the units roster holds (DESIGN §2.3). */
export type RosterField =
  "name" | "shortName" | "role" | "ineligible" | "voteShare" | "notes" | "underReview" | "womenShare";

const SYNONYMS: Record<RosterField, readonly string[]> = {
  name: [
    "Tên đơn vị",
    "Đơn vị",
    "Tên cơ quan, đơn vị",
    "Cơ quan, đơn vị",
    "Tên cơ quan",
    "Cơ quan",
    "Unit",
    "Unit name",
    "Units",
  ],
  shortName: ["Tên viết tắt", "Viết tắt", "Tên gọi tắt", "Tên ngắn", "Short name", "Abbreviation"],
  role: ["Vai trò", "Vai trò trong khối", "Chức trách", "Role"],
  ineligible: ["Kỷ luật", "Bị kỷ luật", "Không đủ điều kiện", "Không đủ điều kiện khen thưởng", "Ineligible"],
  voteShare: [
    "Tỷ lệ phiếu",
    "Tỉ lệ phiếu",
    "Tỷ lệ phiếu bầu",
    "Tỷ lệ phiếu tín nhiệm",
    "Vote share",
    "Votes",
  ],
  notes: ["Ghi chú", "Notes", "Note", "Remarks"],
  underReview: [
    "Đang xem xét",
    "Đang bị xem xét",
    "Đang xem xét kỷ luật",
    "Đang xem xét, xử lý",
    "Đang thanh tra",
    "Đang bị thanh tra",
    "Đang thanh tra, kiểm tra",
    "Đang kiểm tra",
    "Đang bị kiểm tra",
    "Đang giải quyết khiếu nại, tố cáo",
    "Đang điều tra",
    "Under review",
    "Under investigation",
    "Under inspection",
  ],
  womenShare: [
    "Tỷ lệ nữ",
    "Tỉ lệ nữ",
    "Tỷ lệ cán bộ nữ",
    "Tỉ lệ cán bộ nữ",
    "Tỷ lệ nữ cán bộ",
    "Tỷ lệ lao động nữ",
    "Women's share",
    "Women share",
    "Share of women",
    "Female share",
  ],
};

const BY_LABEL = new Map<string, RosterField>();
for (const [field, labels] of Object.entries(SYNONYMS) as [RosterField, readonly string[]][]) {
  for (const label of labels) BY_LABEL.set(normalizeLabel(label), field);
}

function matchField(value: CellValue): RosterField | null {
  if (typeof value !== "string") return null;
  return BY_LABEL.get(normalizeLabel(value)) ?? BY_LABEL.get(normalizeLabelCore(value)) ?? null;
}

/** The roster's header row (0-based) and the column of each field found in it. */
export interface RosterHeader {
  row: number;
  cols: Partial<Record<RosterField, number>> & { name: number };
}

/**
 * Finds the roster header in a sheet: a row with a unit-name column. A criteria or score table (code with
 * max points or criterion text) is never a roster, even when a `Đơn vị:` label sits above it.
 */
export function findRosterHeader(values: CellValue[][]): RosterHeader | null {
  if (findHeader(values, ["code", "max"]) || findHeader(values, ["code", "criterion"])) return null;
  const last = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const cols: Partial<Record<RosterField, number>> = {};
    const width = values[r]?.length ?? 0;
    for (let c = 0; c < width; c++) {
      const field = matchField(cellAt(values, r, c));
      if (field && cols[field] === undefined) cols[field] = c;
    }
    const name = cols.name;
    if (name !== undefined) return { row: r, cols: { ...cols, name } };
  }
  return null;
}
