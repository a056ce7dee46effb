import { readNumber } from "../read/readNumber";
import type { CellValue } from "../workbook";
import { LEGAL_BASIS_PREFIX, parseLines, parseMeetingDate, parseSigners } from "./documentValues";
import type { SettingKey } from "./settingKeys";
import {
  matchCrossScore,
  matchKind,
  matchLang,
  matchMissingScore,
  matchNextLeader,
  matchScoreSource,
} from "./settingWords";
import type { Settings } from "./settings";
import { parseThresholds } from "./thresholds";
import { parseTieBreaks } from "./tieBreaks";

/** A value cell read for its key: what it sets, and the number when it was typed as text; or unreadable. */
export type ParsedSetting = { ok: true; patch: Partial<Settings>; numberFromText?: number } | { ok: false };

const INVALID: ParsedSetting = { ok: false };

function numeric(
  value: CellValue,
  valid: (n: number) => boolean,
  patch: (n: number) => Partial<Settings>,
): ParsedSetting {
  const read = readNumber(value);
  if (read.kind !== "number" || !valid(read.value)) return INVALID;
  return read.fromText
    ? { ok: true, patch: patch(read.value), numberFromText: read.value }
    : { ok: true, patch: patch(read.value) };
}

function word<T>(
  value: CellValue,
  match: (text: string) => T | null,
  patch: (v: T) => Partial<Settings>,
): ParsedSetting {
  const found = typeof value === "boolean" ? null : match(String(value));
  return found === null ? INVALID : { ok: true, patch: patch(found) };
}

const integerIn =
  (min: number, max: number) =>
  (n: number): boolean =>
    Number.isInteger(n) && n >= min && n <= max;

/**
 * Reads a non-blank value cell for its key. Thresholds are only read here; their order against the scale
 * is checked once every key is known.
 */
export function parseSettingValue(key: SettingKey, value: CellValue): ParsedSetting {
  const text = typeof value === "string" ? value.trim() : String(value);
  switch (key) {
    case "blocName":
      return { ok: true, patch: { blocName: text } };
    case "year":
      return numeric(value, integerIn(1900, 2200), (year) => ({ year }));
    case "scale":
      return numeric(
        value,
        (n) => n > 0,
        (scale) => ({ scale }),
      );
    case "decimals":
      return numeric(value, integerIn(0, 6), (decimals) => ({ decimals }));
    case "reviewGap":
      return numeric(
        value,
        (n) => n >= 0,
        (reviewGap) => ({ reviewGap }),
      );
    case "scoreSource":
      return word(value, matchScoreSource, (scoreSource) => ({ scoreSource }));
    case "crossScoreMethod":
      return word(value, matchCrossScore, (crossScoreMethod) => ({ crossScoreMethod }));
    case "missingScore":
      return word(value, matchMissingScore, (missingScore) => ({ missingScore }));
    case "nextLeader": {
      // Besides the words, a unit's name designates it; the roster check comes when the units are known.
      const found = word(value, matchNextLeader, (nextLeader) => ({ nextLeader }));
      return found.ok || typeof value !== "string"
        ? found
        : { ok: true, patch: { nextLeader: { unit: text } } };
    }
    case "lang":
      return word(value, matchLang, (lang) => ({ lang }));
    case "kind":
      return word(value, matchKind, (kind) => ({ kind }));
    case "classificationThresholds":
      return word(
        value,
        (t) => (typeof value === "string" ? parseThresholds(t) : null),
        (thresholds) => ({
          classificationThresholds: thresholds,
        }),
      );
    case "groupFloors":
      return word(
        value,
        (t) => (typeof value === "string" ? parseThresholds(t) : null),
        (groupFloors) => ({ groupFloors }),
      );
    case "place":
      return { ok: true, patch: { place: text } };
    case "documentNumber":
      return { ok: true, patch: { documentNumber: text } };
    case "addressee":
      return { ok: true, patch: { addressee: text } };
    case "recipients":
    case "legalBasis": {
      const lines = parseLines(text, key === "legalBasis" ? LEGAL_BASIS_PREFIX : null);
      return lines ? { ok: true, patch: { [key]: lines } } : INVALID;
    }
    case "meetingDate": {
      const meetingDate = parseMeetingDate(value);
      return meetingDate ? { ok: true, patch: { meetingDate } } : INVALID;
    }
    case "signers": {
      const signers = typeof value === "string" ? parseSigners(value) : null;
      return signers ? { ok: true, patch: { signers } } : INVALID;
    }
    case "tieBreaks":
      return word(
        value,
        (t) => (typeof value === "string" ? parseTieBreaks(t) : null),
        (tieBreaks) => ({
          tieBreaks,
        }),
      );
  }
}
