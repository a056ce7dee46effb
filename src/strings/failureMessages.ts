import type { Lang } from "../engine/lang";
import { fillTemplate } from "./fillTemplate";

/** An adapter's failures worded by kind and by the action that met them (hostMessages.ts, xlsxMessages.ts). */
export interface FailureMessages<Kind extends string, Action extends string> {
  /** Every action, in the order of its table. */
  actions: Action[];
  /** Both tables in both languages, for the glossary's check. */
  words: Readonly<
    Record<Lang, { kinds: Readonly<Record<Kind, string>>; again: Readonly<Record<Action, string>> }>
  >;
  /** What happened, what to do, and to do `action` again, in `lang`; `subject` fills in `{name}`. */
  message: (kind: Kind, action: Action, lang: Lang, subject?: string) => string;
}

/**
 * The words of an adapter's failures: `kinds` says what happened and what to do, ending with `{again}`, which
 * `again` words for each action (a kind or an action missing in one language is a compile error).
 */
export function failureMessages<Kind extends string, Action extends string>(
  kinds: Record<Lang, Record<Kind, string>>,
  again: Record<Lang, Record<Action, string>>,
): FailureMessages<Kind, Action> {
  return {
    actions: Object.keys(again.vi) as Action[],
    words: { vi: { kinds: kinds.vi, again: again.vi }, en: { kinds: kinds.en, again: again.en } },
    message: (kind, action, lang, subject) =>
      fillTemplate(kinds[lang][kind], { name: subject ?? "", again: again[lang][action] }),
  };
}
