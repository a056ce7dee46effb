import type { Issue, IssueCode } from "../engine/issues";
import type { Lang } from "../engine/lang";
import type { UnitKind } from "../engine/settings/settings";
import { ballotMessages } from "./issues/ballot";
import { criteriaMessages } from "./issues/criteria";
import { formMessages } from "./issues/forms";
import { readMessages } from "./issues/read";
import { rankingMessages } from "./issues/ranking";
import { scoresMessages } from "./issues/scores";
import { settingsMessages } from "./issues/settings";
import { d, dv, v, type Message, type StageMessages } from "./issues/format";
import { unitWords } from "./unitWords";

// Messages are kept per pipeline stage (src/strings/issues/); this table joins them and, being typed
// as a full record per language, makes a code without a message a compile error.
export const issueMessages: StageMessages<IssueCode> = {
  vi: {
    ...criteriaMessages.vi,
    ...settingsMessages.vi,
    ...scoresMessages.vi,
    ...rankingMessages.vi,
    ...formMessages.vi,
    ...readMessages.vi,
    ...ballotMessages.vi,
    "number-as-text": (i) =>
      `Số "${v(i)}" được nhập dạng văn bản; đã đọc là ${dv(i, "read")}. Nên nhập dạng số.`,
  },
  en: {
    ...criteriaMessages.en,
    ...settingsMessages.en,
    ...scoresMessages.en,
    ...rankingMessages.en,
    ...formMessages.en,
    ...readMessages.en,
    ...ballotMessages.en,
    "number-as-text": (i) =>
      `The number "${v(i)}" was typed as text; read as ${d(i, "read")}. Enter it as a number.`,
  },
};

/** The issue's message in a language, in the words of a bloc or a cluster (the result's `settings.kind`). */
export function formatIssue(issue: Issue, lang: Lang, kind: UnitKind = "bloc"): string {
  // The code picks the message, so the issue is of the code the message expects: TypeScript cannot pair the
  // two through the lookup, hence this one widening.
  const message = issueMessages[lang][issue.code] as Message;
  return message(issue, unitWords(kind, lang));
}
