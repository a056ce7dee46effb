import { a1, compareCells } from "../address";
import { issue, type Issue } from "../issues";
import { isBlank, type WorkbookInput } from "../workbook";
import { isSettingsSheet } from "./isSettingsSheet";
import { kindFromName } from "./kindFromName";
import { parseSettingValue } from "./parseSettingValue";
import { findRulesHeader, readAwardRules } from "./readAwardRules";
import { readKeyValues, type KeyValueRow } from "./readKeyValues";
import type { SettingKey } from "./settingKeys";
import { defaultSettings, type Settings } from "./settings";
import { thresholdsInOrder } from "./thresholds";

/** Options of the settings reader. */
export interface SettingsOptions {
  /** The year a workbook without a `Năm` setting is for (usually the current year). */
  year: number;
}

/** The settings in force, the sheet they were read from (null when there is none), and the problems found. */
export interface SettingsResult {
  settings: Settings;
  sheet: string | null;
  issues: Issue[];
}

// The default thresholds are 90%, 80% and 70% of a perfect score: on a 1000-point scale without its own
// `Xếp loại` they are 900, 800 and 700, not 90, 80 and 70.
function defaultThresholds(settings: Settings, defaults: Settings): [number, number, number] {
  const ratio = settings.scale / defaults.scale;
  const [a, b, c] = defaults.classificationThresholds.map((t) => Number((t * ratio).toPrecision(12)));
  return [a ?? 0, b ?? 0, c ?? 0];
}

/**
 * Reads the settings sheet (`Cấu hình` or `Settings`, DESIGN §2.4): key-value rows, then the award-rules
 * table. Missing keys and blank values take their defaults; a rules table replaces the default rules.
 * Never throws on bad data: unknown keys, unreadable values and rules come back as issues, and an
 * unreadable value leaves its default in force.
 */
export function readSettings(workbook: WorkbookInput, options: SettingsOptions): SettingsResult {
  const defaults = defaultSettings(options.year);
  const settings = defaultSettings(options.year);
  const found = workbook.sheets.find((candidate) => isSettingsSheet(candidate.name));
  if (!found) return { settings, sheet: null, issues: [] };
  const sheet = found.name;
  const issues: Issue[] = [];

  const rulesHeader = findRulesHeader(found.values);
  const last = new Map<SettingKey, KeyValueRow>();
  for (const row of readKeyValues(found.values, rulesHeader?.row ?? found.values.length).rows) {
    if (!row.key) {
      issues.push(issue({ code: "settings-key-unknown", sheet, cell: row.keyCell, value: row.keyText }));
      continue;
    }
    const earlier = last.get(row.key);
    if (earlier)
      issues.push(
        issue({
          code: "settings-key-duplicate",
          sheet,
          cell: row.keyCell,
          value: row.keyText,
          details: { key: row.keyText, first: earlier.keyCell },
        }),
      );
    // The lowest row wins: a secretary correcting a value tends to add a line below the old one.
    last.set(row.key, row);
  }

  const read = new Set<SettingKey>();
  for (const [key, row] of last) {
    if (isBlank(row.value)) continue;
    const value = typeof row.value === "string" ? row.value.trim() : row.value;
    const at = { sheet, cell: row.valueCell, value };
    const parsed = parseSettingValue(key, row.value);
    if (!parsed.ok) {
      issues.push(
        issue({ code: "settings-value-invalid", ...at, details: { key: row.keyText, setting: key } }),
      );
      continue;
    }
    Object.assign(settings, parsed.patch);
    read.add(key);
    if (parsed.numberFromText !== undefined)
      issues.push(issue({ code: "number-as-text", ...at, details: { read: parsed.numberFromText } }));
  }

  // Without a readable `Loại`, the name says whether this is a cluster (DESIGN §2.3).
  if (!read.has("kind")) settings.kind = kindFromName(settings.blocName);

  const thresholds = last.get("classificationThresholds");
  if (thresholds && read.has("classificationThresholds")) {
    if (!thresholdsInOrder(settings.classificationThresholds, settings.scale)) {
      issues.push(
        issue({
          code: "settings-thresholds-order",
          sheet,
          cell: thresholds.valueCell,
          value: String(thresholds.value).trim(),
          details: { scale: settings.scale },
        }),
      );
      settings.classificationThresholds = defaultThresholds(settings, defaults);
    }
  } else settings.classificationThresholds = defaultThresholds(settings, defaults);

  // Group floors are percentages of each group's max, so they are checked against 100, not the scale.
  const floors = last.get("groupFloors");
  if (floors && settings.groupFloors && !thresholdsInOrder(settings.groupFloors, 100)) {
    const value = String(floors.value).trim();
    issues.push(issue({ code: "settings-floors-order", sheet, cell: floors.valueCell, value }));
    settings.groupFloors = null;
  }
  // A designated leader remembers its cell: an unknown name is reported there once the units are known.
  const leader = last.get("nextLeader");
  if (leader && typeof settings.nextLeader === "object")
    settings.nextLeader = { ...settings.nextLeader, sheet, cell: leader.valueCell };

  if (rulesHeader) {
    const rules = readAwardRules(found.values, rulesHeader, sheet);
    settings.awardRules = rules.rules;
    issues.push(...rules.issues);
    // An emptied table proposes no award at all, which is rarely what was meant.
    if (rules.rules.length === 0 && rules.issues.length === 0)
      issues.push(
        issue({
          code: "settings-rules-empty",
          sheet,
          cell: a1(rulesHeader.row, rulesHeader.columns.award ?? 0),
        }),
      );
  }
  return { settings, sheet, issues: issues.sort((a, b) => compareCells(a.cell, b.cell)) };
}
