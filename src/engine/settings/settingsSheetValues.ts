import type { Lang } from "../lang";
import type { CellValue } from "../workbook";
import { AWARD_RULE_COLUMNS, AWARD_RULE_COLUMN_LABELS } from "./awardRuleColumns";
import { CLASSIFICATION_NAMES } from "./classificationNames";
import { kindFromName } from "./kindFromName";
import { settingNote } from "../../strings/settingNotes";
import { SETTING_KEYS, SETTING_KEY_LABELS, SETTINGS_COLUMN_LABELS, type SettingKey } from "./settingKeys";
import {
  CROSS_SCORE_WORDS,
  KIND_WORDS,
  LANG_WORDS,
  MISSING_SCORE_WORDS,
  NEXT_LEADER_WORDS,
  SCORE_SOURCE_WORDS,
} from "./settingWords";
import type { AwardRule, Settings } from "./settings";
import { formatLines, formatMeetingDate, formatSigners } from "./documentValues";
import { formatThresholds } from "./thresholds";
import { formatTieBreaks } from "./tieBreaks";

export { SETTINGS_SHEET_NAME } from "./settingsSheetName";

/** How a setting's value cell is written in `lang`: numbers as numbers, choices and lists in that language's words. */
export function settingCellValue(settings: Settings, key: SettingKey, lang: Lang): CellValue {
  switch (key) {
    case "blocName":
      return settings.blocName;
    case "year":
    case "scale":
    case "decimals":
    case "reviewGap":
      return settings[key];
    case "scoreSource":
      return SCORE_SOURCE_WORDS[settings.scoreSource][lang];
    case "crossScoreMethod":
      return CROSS_SCORE_WORDS[settings.crossScoreMethod][lang];
    case "missingScore":
      return MISSING_SCORE_WORDS[settings.missingScore][lang];
    case "nextLeader":
      return typeof settings.nextLeader === "string"
        ? NEXT_LEADER_WORDS[settings.nextLeader][lang]
        : settings.nextLeader.unit;
    case "lang":
      return LANG_WORDS[settings.lang][lang];
    case "kind":
      return KIND_WORDS[settings.kind][lang];
    case "classificationThresholds":
      return formatThresholds(settings.classificationThresholds, lang);
    case "tieBreaks":
      return formatTieBreaks(settings.tieBreaks, lang);
    case "groupFloors":
      return settings.groupFloors ? formatThresholds(settings.groupFloors, lang) : "";
    case "place":
      return settings.place;
    case "meetingDate":
      return settings.meetingDate ? formatMeetingDate(settings.meetingDate) : "";
    case "signers":
      return formatSigners(settings.signers);
    case "documentNumber":
      return settings.documentNumber;
    case "addressee":
      return settings.addressee;
    case "recipients":
    case "legalBasis":
      return formatLines(settings[key]);
  }
}

function ruleRow(rule: AwardRule, lang: Lang): CellValue[] {
  return AWARD_RULE_COLUMNS.map((column) => {
    if (column === "minClassification")
      return rule.minClassification ? CLASSIFICATION_NAMES[rule.minClassification][lang] : "";
    return rule[column] ?? "";
  });
}

/**
 * The content of a settings sheet holding `settings`, in the words of `lang` (DESIGN §2.4): a header, one
 * row per key with its value and a note, a blank row, then the award-rules table. readSettings reads it
 * back to the same settings. The rows form a rectangle, as a range write needs.
 */
export function settingsSheetValues(settings: Settings, lang: Lang): CellValue[][] {
  const rows: CellValue[][] = [
    [
      SETTINGS_COLUMN_LABELS.key[lang],
      SETTINGS_COLUMN_LABELS.value[lang],
      SETTINGS_COLUMN_LABELS.notes[lang],
    ],
    ...SETTING_KEYS.map((key) => [
      SETTING_KEY_LABELS[key][lang],
      // A kind the name already implies is left blank, so that renaming the bloc later still decides it.
      key === "kind" && settings.kind === kindFromName(settings.blocName)
        ? ""
        : settingCellValue(settings, key, lang),
      settingNote(key, lang, settings.kind),
    ]),
    [],
    AWARD_RULE_COLUMNS.map((column) => AWARD_RULE_COLUMN_LABELS[column][lang]),
    ...settings.awardRules.map((rule) => ruleRow(rule, lang)),
  ];
  const width = Math.max(...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array<CellValue>(width - row.length).fill("")]);
}
