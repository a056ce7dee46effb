import type { NumberRead } from "../read/readNumber";
import { normalizeLabel, normalizeLabelCore } from "../read/normalizeLabel";
import { readNumber } from "../read/readNumber";
import type { CellValue } from "../workbook";
import type { UnitRole } from "./unitScores";

const ROLES: Record<string, UnitRole> = {
  "truong khoi": "leader",
  "khoi truong": "leader",
  "truong cum": "leader",
  "cum truong": "leader",
  truong: "leader",
  leader: "leader",
  "bloc leader": "leader",
  "cluster leader": "leader",
  "pho khoi": "deputy",
  "pho truong khoi": "deputy",
  "khoi pho": "deputy",
  "pho cum": "deputy",
  "pho truong cum": "deputy",
  "cum pho": "deputy",
  "pho cum truong": "deputy",
  pho: "deputy",
  deputy: "deputy",
  "deputy leader": "deputy",
  "deputy bloc leader": "deputy",
  "deputy cluster leader": "deputy",
  "cluster deputy": "deputy",
  "thanh vien": "member",
  "don vi thanh vien": "member",
  member: "member",
  "": "member",
};

/**
 * Reads a Vai trò cell; null when the text is not a known role. A cluster's Cụm trưởng / Cụm phó are its
 * leader and deputy (DESIGN §2.3); a remark in brackets, `Cụm trưởng (2025)`, does not count.
 */
export function readRole(value: CellValue): UnitRole | null {
  return ROLES[normalizeLabelCore(String(value))] ?? null;
}

const NO = new Set([
  "",
  "khong",
  "no",
  "n",
  "false",
  "0",
  "khong ky luat",
  "khong bi ky luat",
  "khong vi pham",
]);
const YES = new Set(["co", "yes", "y", "x", "true", "1", "co ky luat", "bi ky luat", "khong du dieu kien"]);

/**
 * Reads a Kỷ luật / Không đủ điều kiện cell: Có/Không, Yes/No, x, or a note such as "Kỷ luật cảnh cáo",
 * which means yes with that note.
 */
export function readIneligible(value: CellValue): { ineligible: boolean; note: string } {
  if (typeof value === "boolean") return { ineligible: value, note: "" };
  const text = String(value).trim();
  if (text === "-" || text === "–") return { ineligible: false, note: "" };
  if (/^[✓✔☑]$/u.test(text)) return { ineligible: true, note: "" };
  const folded = normalizeLabel(text);
  if (NO.has(folded)) return { ineligible: false, note: "" };
  return { ineligible: true, note: YES.has(folded) ? "" : text };
}

const NOT_UNDER_REVIEW = new Set(["", "khong", "no", "n", "false", "0", "none", "khong co"]);
const BARE_YES = new Set(["co", "yes", "y", "x", "true", "1", "dang xem xet"]);

/**
 * Reads a Đang xem xét cell: blank, `Không` or `-` is not under review; any other text (`kỷ luật`, `thanh
 * tra`, `khiếu nại`, free text) is, with that text as the reason; a bare yes (`Có`, `x`) is, without one.
 */
export function readUnderReview(value: CellValue): string | null {
  if (typeof value === "boolean") return value ? "" : null;
  const text = String(value).trim();
  if (text === "-" || text === "–") return null;
  const folded = normalizeLabel(text);
  if (NOT_UNDER_REVIEW.has(folded)) return null;
  return BARE_YES.has(folded) || /^[✓✔☑]$/u.test(text) ? "" : text;
}

/** A vote share as a fraction 0–1: `85%`, 85 and 0.85 all read 0.85; over 100% or negative is invalid. */
export function readVoteShare(value: CellValue): { share: NumberRead; fraction: number | null } {
  const text = typeof value === "string" ? value.trim() : "";
  const percent = text.endsWith("%");
  const share = readNumber(percent ? text.slice(0, -1) : value);
  if (share.kind !== "number") return { share, fraction: null };
  // A bare number up to 1 is a fraction (Excel stores a cell formatted as 85% as 0.85); above it, percent.
  const fraction = percent || share.value > 1 ? share.value / 100 : share.value;
  return { share, fraction: fraction < 0 || fraction > 1 ? null : Number(fraction.toFixed(10)) };
}
