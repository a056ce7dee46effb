import type { Issue } from "../../src/engine/issues";
import type { Lang } from "../../src/engine/lang";
import { CLASSIFICATION_NAMES } from "../../src/engine/settings/classificationNames";
import { SETTING_KEY_LABELS, SETTINGS_COLUMN_LABELS } from "../../src/engine/settings/settingKeys";
import { SETTING_NOTES } from "../../src/strings/settingNotes";
import * as settingWords from "../../src/engine/settings/settingWords";
import { cliError } from "../../src/strings/cliErrors";
import { CLI_HELP } from "../../src/strings/cliHelp";
import { cliLabel, CLI_NOUNS } from "../../src/strings/cliLabels";
import { dialogWord } from "../../src/strings/dialogStrings";
import { formLabel } from "../../src/strings/formLabels";
import { formsUi } from "../../src/strings/formsUi";
import { GLOSSARY, term, type GlossaryKey } from "../../src/strings/glossary";
import { GLOSSARY_USAGE, type Avoided } from "../../src/strings/glossaryUsage";
import { HOST_MESSAGES } from "../../src/strings/hostMessages";
import { issueMessages } from "../../src/strings/issueMessages";
import type { Message } from "../../src/strings/issues/format";
import { mergeLabel } from "../../src/strings/mergeLabels";
import { label } from "../../src/strings/outputLabels";
import { settingsUi } from "../../src/strings/settingsUi";
import { ui } from "../../src/strings/ui";
import { XLSX_FAILURES } from "../../src/strings/xlsxMessages";
import type { UnitWords } from "../../src/strings/unitWords";

// Every dictionary of words the secretary reads: src/strings, and the engine's tables the settings sheet prints.
// A dictionary() is also its lookup, a function: spread, it is its two tables.
const DICTIONARIES: Record<string, unknown> = {
  ui: { ...ui },
  label: { ...label },
  formLabel: { ...formLabel },
  cliLabel: { ...cliLabel },
  cliError: { ...cliError },
  CLI_HELP,
  CLI_NOUNS,
  mergeLabel: { ...mergeLabel },
  formsUi: { ...formsUi },
  settingsUi: { ...settingsUi },
  dialogWord: { ...dialogWord },
  HOST_MESSAGES,
  XLSX_MESSAGES: XLSX_FAILURES.words,
  issueMessages,
  SETTING_NOTES: { ...SETTING_NOTES },
  SETTING_KEY_LABELS,
  SETTINGS_COLUMN_LABELS,
  CLASSIFICATION_NAMES,
  settingWords,
};

// Where a stray word is the point: the note of the Loại setting says which titles a bloc and a cluster use,
// and a setting's name is a fixed key the reader matches (a cluster's own name for it is beside it).
const ALLOWED: ReadonlyArray<{ path: string; term: GlossaryKey }> = [
  { path: "SETTING_NOTES.vi.kind", term: "leader" },
  { path: "SETTING_NOTES.en.kind", term: "leader" },
  { path: "SETTING_KEY_LABELS.nextLeader.vi", term: "leader" },
];

// The bloc words as placeholders, so that a message's own words are checked, not the ones it is given.
const PLACEHOLDER_WORDS = new Proxy({} as UnitWords, { get: (_, key) => `{${String(key)}}` });

// Issues that reach every branch of a message: every detail present (as its own name), none, and each kept reason.
const PROBES: Issue[] = [
  { details: new Proxy({}, { get: (_, key) => `‹${String(key)}›`, has: () => true }) },
  { details: {} },
  { details: { reason: "formula" } },
  { details: { reason: "merged" } },
].map((extra) => ({
  code: "criteria-table-missing",
  severity: "error",
  sheet: "Trang",
  cell: "A1",
  value: "‹value›",
  unit: "‹unit›",
  criterion: "‹criterion›",
  file: "‹file›",
  ...extra,
})) as unknown as Issue[];

interface Found {
  path: string;
  lang: Lang;
  text: string;
}

/** Every string of a dictionary with the language it is in: a `vi`/`en` key on the way down says which. */
function strings(value: unknown, path: string, lang: Lang | null, out: Found[]): Found[] {
  if (typeof value === "string") {
    if (lang) out.push({ path, lang, text: value });
  } else if (typeof value === "function") {
    // A message of an issue code: its text for every probe. Other functions (matchers) are not words.
    if (lang && value.length >= 1 && path.startsWith("issueMessages"))
      for (const probe of PROBES)
        out.push({ path, lang, text: (value as Message)(probe, PLACEHOLDER_WORDS) });
  } else if (Array.isArray(value)) {
    // The CLI's help lines and English noun forms are lists of words.
    value.forEach((inner, i) => strings(inner, `${path}.${i}`, lang, out));
  } else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      // `also` lists the spellings a reader accepts from a workbook: typed by people, not written by us.
      if (key === "also") continue;
      const next = key === "vi" || key === "en" ? key : lang;
      strings(inner, `${path}.${key}`, next, out);
    }
  }
  return out;
}

const matches = (avoided: Avoided, text: string): boolean =>
  typeof avoided === "string"
    ? text.toLocaleLowerCase("vi").includes(avoided.toLocaleLowerCase("vi"))
    : avoided.test(text);

/** The stray synonyms in a set of dictionaries: which term, which word, where. */
function strays(dictionaries: Record<string, unknown>): string[] {
  const found = new Set<string>();
  for (const [name, dictionary] of Object.entries(dictionaries)) {
    for (const { path, lang, text } of strings(dictionary, name, null, [])) {
      for (const [key, usage] of Object.entries(GLOSSARY_USAGE) as [
        GlossaryKey,
        (typeof GLOSSARY_USAGE)[GlossaryKey],
      ][]) {
        if (ALLOWED.some((allowed) => allowed.path === path && allowed.term === key)) continue;
        for (const avoided of usage.avoid[lang])
          if (matches(avoided, text)) found.add(`${path}: "${String(avoided)}" for ${key} in "${text}"`);
      }
    }
  }
  return [...found];
}

describe("the glossary", () => {
  it("finds the strings of every dictionary in both languages, messages included", () => {
    for (const [name, dictionary] of Object.entries(DICTIONARIES)) {
      const found = strings(dictionary, name, null, []);
      expect([name, found.some((f) => f.lang === "vi")]).toEqual([name, true]);
      expect([name, found.some((f) => f.lang === "en")]).toEqual([name, true]);
    }
    const messages = strings(issueMessages, "issueMessages", null, []);
    expect(messages.length).toBeGreaterThan(PROBES.length * Object.keys(issueMessages.vi).length);
  });

  it("catches a stray synonym planted in a dictionary", () => {
    const planted = {
      vi: { max: "Điểm chuẩn", info: "Thông tin", counts: "{infos} thông tin", group: "Dòng tiêu chí lớn" },
      en: { max: "Max", info: "Info", replace: "was replaced" },
    };
    expect(strays({ planted })).toEqual([
      expect.stringContaining("planted.vi.max"),
      expect.stringContaining("planted.vi.info"),
      expect.stringContaining("planted.vi.counts"),
      expect.stringContaining("planted.vi.group"),
      expect.stringContaining("planted.en.max"),
      expect.stringContaining("planted.en.info"),
    ]);
  });

  it("no dictionary uses a word the glossary replaces", () => {
    expect(strays(DICTIONARIES)).toEqual([]);
  });

  it("no term avoids its own word", () => {
    for (const key of Object.keys(GLOSSARY) as GlossaryKey[])
      for (const lang of ["vi", "en"] as const)
        expect(
          GLOSSARY_USAGE[key].avoid[lang].filter((avoided) => matches(avoided, GLOSSARY[key][lang])),
        ).toEqual([]);
  });

  it("the pane and the data check sheet name a severity alike, and the sheets and forms the max points", () => {
    for (const lang of ["vi", "en"] as const) {
      for (const severity of ["error", "warning", "info"] as const) {
        expect(ui[lang][`severity_${severity}`]).toBe(term(severity, lang, true));
        expect(label[lang][severity]).toBe(term(severity, lang, true));
      }
      expect(label[lang].max).toBe(term("maxPoints", lang, true));
      expect(formLabel[lang].max).toBe(term("maxPoints", lang, true));
      expect(formsUi[lang].openFile).toBe(term("openInNewWorkbook", lang, true));
    }
  });
});
