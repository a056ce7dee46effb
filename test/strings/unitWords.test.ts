import { issue, ISSUE_CODES } from "../../src/engine/issues";
import { LANGS, type Lang } from "../../src/engine/lang";
import { SETTING_KEYS } from "../../src/engine/settings/settingKeys";
import { settingNote } from "../../src/strings/settingNotes";
import type { UnitKind } from "../../src/engine/settings/settings";
import { cliLabel } from "../../src/strings/cliLabels";
import { formLabel } from "../../src/strings/formLabels";
import { formatIssue } from "../../src/strings/issueMessages";
import { label } from "../../src/strings/outputLabels";
import { UNIT_WORDS, unitWords, type UnitWords } from "../../src/strings/unitWords";

const KINDS: UnitKind[] = ["bloc", "cluster"];
const KEYS = Object.keys(UNIT_WORDS.bloc.vi).sort() as (keyof UnitWords)[];

// Words that may stay in a cluster's text: the `Khối chấm` score column the readers recognise, the command's
// name, and unit names of the Party sample.
const ALLOWED = /khối chấm|bloc-rank|bloc if present|Đảng ủy Khối/gi;
/** What still says bloc in a text meant for `lang`'s cluster. */
const blocWords = (text: string, lang: Lang): string[] =>
  text.replace(ALLOWED, "").match(lang === "vi" ? /khối/gi : /\bbloc\b/gi) ?? [];

describe("unitWords", () => {
  it.each(KINDS.flatMap((kind) => LANGS.map((lang) => [kind, lang] as const)))(
    "has every word, non-empty, for a %s in %s",
    (kind, lang) => {
      const words = unitWords(kind, lang);
      expect(Object.keys(words).sort()).toEqual(KEYS);
      for (const key of KEYS) expect({ key, empty: words[key].trim() === "" }).toEqual({ key, empty: false });
    },
  );

  it.each(LANGS)("never says khối or bloc for a cluster, nor cụm or cluster for a bloc, in %s", (lang) => {
    for (const key of KEYS) {
      expect({ key, words: blocWords(UNIT_WORDS.cluster[lang][key], lang) }).toEqual({ key, words: [] });
      expect(UNIT_WORDS.bloc[lang][key]).not.toMatch(/cụm|cluster/i);
    }
    // The leader's title differs; in Vietnamese even its word order does.
    expect(UNIT_WORDS.cluster[lang].LeaderWord).not.toBe(UNIT_WORDS.bloc[lang].LeaderWord);
    expect(UNIT_WORDS.cluster[lang].LEADER_WORD).toBe(
      UNIT_WORDS.cluster[lang].LeaderWord.toLocaleUpperCase("vi"),
    );
  });
});

describe("a cluster's labels and messages", () => {
  const sample = { unit: "X", year: 2025, leader: "A", deputy: "B", bloc: "C", n: 1 };

  it.each(LANGS)("fill every placeholder and never say khối / bloc, in %s", (lang) => {
    const texts = [
      ...Object.keys(label[lang]).map((key) => label(lang, key as never, sample, "cluster")),
      ...Object.keys(cliLabel[lang]).map((key) => cliLabel(lang, key as never, sample, "cluster")),
      ...Object.keys(formLabel[lang]).map((key) => formLabel(lang, key as never, sample, "cluster")),
      // Loại names both kinds, and Nguồn điểm's values are the words khối chấm / bloc: both stay.
      ...SETTING_KEYS.filter((key) => key !== "kind" && key !== "scoreSource").map((key) =>
        settingNote(key, lang, "cluster"),
      ),
    ];
    for (const text of texts) {
      expect({ text, left: text.match(/\{\w*Word\}|\{blocTitle\}|\{LEADER_WORD\}/g) }).toEqual({
        text,
        left: null,
      });
      expect({ text, words: blocWords(text, lang) }).toEqual({ text, words: [] });
    }
  });

  it.each(LANGS)("has issue messages that never say khối / bloc for a cluster, in %s", (lang) => {
    for (const code of ISSUE_CODES) {
      for (const setting of ["blocName", "nextLeader"]) {
        const found = issue({ code, sheet: "S", cell: "C7", value: "x", details: { setting, key: "k" } });
        const text = formatIssue(found, lang, "cluster");
        expect({ code, words: blocWords(text, lang) }).toEqual({ code, words: [] });
      }
    }
  });

  it("words the bloc and the cluster differently where a message names the leader", () => {
    const found = issue({ code: "award-no-current-leader", sheet: "Đơn vị", cell: "" });
    for (const lang of LANGS) {
      expect(formatIssue(found, lang, "cluster")).toContain(unitWords("cluster", lang).leaderWord);
      expect(formatIssue(found, lang, "bloc")).toContain(unitWords("bloc", lang).leaderWord);
      expect(formatIssue(found, lang)).toBe(formatIssue(found, lang, "bloc"));
    }
  });
});
