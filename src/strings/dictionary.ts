import type { Lang } from "../engine/lang";
import type { UnitKind } from "../engine/settings/settings";
import { fillTemplate } from "./fillTemplate";

/** A dictionary's words: the same keys in both languages. */
export type Words<Key extends string> = Readonly<Record<Lang, Readonly<Record<Key, string>>>>;

/** The keys of a dictionary made by `dictionary`. */
export type KeyOf<W extends Words<string>> = keyof W["vi"] & string;

/** One language's table of a dictionary: `Table<typeof ui>` is the pane's words in either language. */
export type Table<W extends Words<string>> = Readonly<Record<KeyOf<W>, string>>;

/** A label lookup: the word of `key` in `lang` with its `{name}` placeholders filled in from `values`. */
export type Lookup<Key extends string> = (
  lang: Lang,
  key: Key,
  values?: Readonly<Record<string, string | number>>,
) => string;

/** A lookup in a bloc's or a cluster's words: `{name}` placeholders filled with the values, else the words. */
export type KindLookup<Key extends string> = (
  ...args: [...Parameters<Lookup<Key>>, kind?: UnitKind]
) => string;

/** A dictionary: its lookup, `ui(lang, key, values)`, that is also its words, `ui[lang][key]`. */
export type Dictionary<Key extends string> = Lookup<Key> & Words<Key>;

/** A dictionary whose words may say `{leaderWord}`, `{BlocWord}`… (strings/unitWords.ts). */
export type KindDictionary<Key extends string> = KindLookup<Key> & Words<Key>;

/** What `dictionary` makes: a kind dictionary when given a wording. */
export type DictionaryOf<Key extends string, W> = W extends Wording ? KindDictionary<Key> : Dictionary<Key>;

// English must have exactly Vietnamese's keys: a missing one fails `Record<keyof Vi, string>`, an extra one
// `never`.
type English<Vi, En> = En & Readonly<Record<Exclude<keyof En, keyof Vi>, never>>;

/** The words a dictionary's labels may say besides the values given: the bloc or cluster words (unitWords). */
export type Wording = (kind: UnitKind, lang: Lang) => Readonly<Record<string, string>>;

/**
 * The words of one dictionary in both languages, and their lookup. Vietnamese is the reference: English must
 * have every key it has and no other, both compile errors (DESIGN §6), so that a label is never shown in the
 * wrong language. Call it as `/* @__PURE__ *\/ dictionary(vi, {…English…})`: a bundle that uses none of a
 * dictionary's words then drops them, as it drops an unused object literal (the ribbon's bundle takes only
 * pickLang of ui.ts). Given a `wording` (unitWords), the lookup takes a unit kind too and fills `{leaderWord}`,
 * `{BlocWord}`… with that kind's words, a bloc's unless told.
 */
export function dictionary<
  const Vi extends Readonly<Record<string, string>>,
  En extends Readonly<Record<keyof Vi, string>>,
  W extends Wording | undefined = undefined,
>(vi: Vi, en: English<Vi, En>, wording?: W): DictionaryOf<keyof Vi & string, W> {
  const say = (
    lang: Lang,
    key: keyof Vi & string,
    values: Readonly<Record<string, string | number>> = {},
    kind: UnitKind = "bloc",
  ): string => fillTemplate(say[lang][key], values, wording?.(kind, lang));
  // Set one by one, not by Object.assign, which Babel would polyfill with core-js into every bundle.
  say.vi = vi;
  say.en = en;
  // Either dictionary: TypeScript does not narrow a conditional return type by `wording`.
  return say as DictionaryOf<keyof Vi & string, W>;
}
