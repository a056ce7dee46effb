import type { Lang } from "../engine/lang";
import type { Labels } from "../engine/settings/labels";
import type {
  CrossScoreMethod,
  MissingScorePolicy,
  NextLeaderWord,
  ScoreSource,
  UnitKind,
} from "../engine/settings/settings";

// The settings sheet's choice words: what it writes and, with their other spellings, what its reader accepts
// (engine/settings/settingWords.ts matches them).

/** The words of each choice-valued setting, as written on the settings sheet and accepted when read. */
export const SCORE_SOURCE_WORDS: Readonly<Record<ScoreSource, Labels>> = {
  blocIfPresent: {
    vi: "khối chấm nếu có",
    en: "bloc if present",
    also: ["điểm khối chấm nếu có", "khối chấm, nếu không thì tự chấm", "bloc score if present"],
  },
  self: { vi: "tự chấm", en: "self", also: ["điểm tự chấm", "self score", "self-assessment"] },
  bloc: {
    vi: "khối chấm",
    en: "bloc",
    also: ["điểm khối chấm", "thẩm định", "điểm thẩm định", "bloc score"],
  },
};

export const CROSS_SCORE_WORDS: Readonly<Record<CrossScoreMethod, Labels>> = {
  mean: { vi: "trung bình", en: "mean", also: ["trung bình cộng", "average"] },
  trimmed: {
    vi: "bỏ cao nhất và thấp nhất",
    en: "trimmed",
    also: [
      "trung bình cắt",
      "bỏ điểm cao nhất và thấp nhất",
      "bỏ cao nhất, thấp nhất",
      "trimmed mean",
      "drop highest and lowest",
    ],
  },
  median: { vi: "trung vị", en: "median" },
};

export const MISSING_SCORE_WORDS: Readonly<Record<MissingScorePolicy, Labels>> = {
  error: { vi: "lỗi", en: "error", also: ["báo lỗi"] },
  zero: {
    vi: "tính 0",
    en: "zero",
    also: ["0", "tính 0 điểm", "tính điểm 0", "count as zero", "count as 0"],
  },
};

export const NEXT_LEADER_WORDS: Readonly<Record<NextLeaderWord, Labels>> = {
  rotation: { vi: "luân phiên", en: "rotation", also: ["xoay vòng", "rotate"] },
  top: {
    vi: "hạng cao nhất",
    en: "top",
    also: ["xếp hạng cao nhất", "đơn vị dẫn đầu", "dẫn đầu", "top ranked", "top-ranked", "highest rank"],
  },
};

// The codes are what the sheet writes; the language names are accepted too.
export const LANG_WORDS: Readonly<Record<Lang, Labels>> = {
  vi: { vi: "vi", en: "vi", also: ["Tiếng Việt", "Vietnamese", "vi-VN"] },
  en: { vi: "en", en: "en", also: ["English", "Tiếng Anh", "en-US", "en-GB"] },
};

export const KIND_WORDS: Readonly<Record<UnitKind, Labels>> = {
  bloc: { vi: "khối", en: "bloc", also: ["khối thi đua", "emulation bloc", "block"] },
  cluster: { vi: "cụm", en: "cluster", also: ["cụm thi đua", "emulation cluster"] },
};
