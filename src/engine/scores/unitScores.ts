import type { CellValue } from "../workbook";

/** Where a unit's scores were read from (DESIGN §2.2). */
export type ScoreLayout = "matrix" | "perUnit" | "cross";

/** One score cell as read: value null when the cell is empty or unreadable (the reader reported it). */
export interface ScoreRead {
  value: number | null;
  raw: CellValue;
  sheet: string;
  cell: string;
}

/** A text cell tied to a criterion (evidence, explanation). */
export interface TextRead {
  text: string;
  sheet: string;
  cell: string;
}

/** Everything found for one unit, keyed by criterion key (`II.1.a`), merged over every sheet it appears on. */
export interface UnitScores {
  /** The unit's name: the roster's spelling when the unit is on the roster, else as found. */
  name: string;
  sources: { sheet: string; layout: ScoreLayout }[];
  self: Map<string, ScoreRead>;
  /** Bloc (review) scores, one entry per scorer column (cross-scoring has several). */
  bloc: Map<string, ScoreRead[]>;
  final: Map<string, ScoreRead>;
  evidence: Map<string, TextRead>;
  explanation: Map<string, TextRead>;
}

/** Vai trò in the roster. */
export type UnitRole = "leader" | "deputy" | "member";

/** A row of the units roster (DESIGN §2.3). */
export interface RosterUnit {
  name: string;
  shortName: string;
  role: UnitRole;
  ineligible: boolean;
  /** What the ineligible cell said beyond yes (e.g. "Kỷ luật cảnh cáo"), or "". */
  ineligibleNote: string;
  /** Vote share as a fraction 0–1, or null when not given. */
  voteShare: number | null;
  notes: string;
  /**
   * Đang xem xét (kỷ luật, thanh tra, kiểm tra, khiếu nại, tố cáo): the reason as typed, "" for a bare yes,
   * null when the unit is not under review. Decree 152/2025 Art. 4(4): no award while it lasts.
   */
  underReview: string | null;
  /** Women's share (Tỷ lệ nữ) as a fraction 0–1, or null when not given or unreadable. */
  womenShare: number | null;
  sheet: string;
  /** 0-based row of the roster sheet. */
  row: number;
}

/** The units roster; its order is the rotation order. */
export interface Roster {
  sheet: string;
  units: RosterUnit[];
}
