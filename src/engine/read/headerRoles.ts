import { normalizeLabel, normalizeLabelCore } from "./normalizeLabel";

/** What a column of a criteria or scores table holds (DESIGN §2). */
export type ColumnRole =
  | "code"
  | "criterion"
  | "max"
  | "weight"
  | "kind"
  | "evidenceRequired"
  | "self"
  | "bloc"
  | "evidence"
  | "explanation"
  | "count"
  | "final"
  | "notes";

// Written as people type them; folded with normalizeLabel when the table is built.
const SYNONYMS: Record<ColumnRole, readonly string[]> = {
  code: ["STT", "TT", "Số TT", "Số thứ tự", "Mã", "Mã số", "Mã tiêu chí", "No", "No.", "Code", "#"],
  criterion: [
    "Nội dung",
    "Tiêu chí",
    "Nội dung tiêu chí",
    "Tên tiêu chí",
    "Nội dung chấm điểm",
    "Tiêu chí chấm điểm",
    "Nội dung đánh giá",
    "Criterion",
    "Criteria",
    "Content",
  ],
  max: ["Điểm chuẩn", "Điểm tối đa", "Thang điểm", "Khung điểm", "Điểm", "Max", "Max points", "Maximum"],
  weight: ["Trọng số", "Hệ số", "Weight"],
  kind: ["Loại", "Loại điểm", "Kind", "Type"],
  evidenceRequired: ["Yêu cầu minh chứng", "Evidence required"],
  self: ["Điểm tự chấm", "Tự chấm", "ĐTC", "Điểm tự đánh giá", "Tự đánh giá", "Self score", "Self"],
  bloc: [
    "Điểm khối chấm",
    "Khối chấm",
    "Điểm thẩm định",
    "Thẩm định",
    "TĐ",
    "Điểm chấm chéo",
    "Chấm chéo",
    // A cluster (cụm thi đua) reviews as a bloc does.
    "Điểm cụm chấm",
    "Cụm chấm",
    "Bloc score",
    "Review",
    "Reviewed",
  ],
  evidence: ["Minh chứng", "Tài liệu kiểm chứng", "Tài liệu minh chứng", "Evidence"],
  explanation: ["Giải trình", "Explanation"],
  // How many times a per-occurrence criterion happened (DESIGN §2.1): points = count × rate, capped.
  count: ["Số lần", "Số lượt", "Số lần vi phạm", "Số vụ", "Số trường hợp", "Count", "Times", "Occurrences"],
  final: ["Điểm cuối", "Điểm chốt", "Final", "Final score"],
  notes: ["Ghi chú", "Notes", "Note", "Remarks"],
};

const BY_LABEL = new Map<string, ColumnRole>();
for (const [role, labels] of Object.entries(SYNONYMS) as [ColumnRole, readonly string[]][]) {
  for (const label of labels) BY_LABEL.set(normalizeLabel(label), role);
}

/** A header cell recognised as a role; `scorer` numbers a cross-scoring column (`Khối chấm 2`, `TĐ2`). */
export interface RoleMatch {
  role: ColumnRole;
  scorer?: number;
}

/** Recognises a header label, ignoring case, diacritics, punctuation and parenthesised remarks. */
export function matchRole(label: string): RoleMatch | null {
  for (const folded of [normalizeLabel(label), normalizeLabelCore(label)]) {
    if (folded === "") continue;
    const role = BY_LABEL.get(folded);
    if (role) return { role };
    // A numbered score header is one scorer's column: "Khối chấm 1", "Review 2", "TĐ1".
    const numbered = /^(.*?)\s*(\d{1,2})$/.exec(folded);
    if (numbered?.[1]) {
      const base = BY_LABEL.get(numbered[1]);
      if (base === "bloc" || base === "self") return { role: base, scorer: Number(numbered[2]) };
    }
  }
  return null;
}
