import type { Lang } from "../engine/lang";
import { fillTemplate } from "./fillTemplate";

/** A dictionary's words: the same keys in both languages. */
export type Words<Key extends string> = Readonly<Record<Lang, Readonly<Record<Key, string>>>>;

/** The keys of a dictionary made by `dictionary`. */
export type WordKey<W extends Words<string>> = keyof W["vi"] & string;

/**
 * The words of one dictionary in both languages. Vietnamese is the reference: English must have every key it
 * has and no other, both compile errors (DESIGN §6), so that a label is never shown in the wrong language.
 * Call it (and `lookup`) as `/* @__PURE__ *\/ dictionary(vi, en)`: a bundle that uses none of a dictionary's
 * words then drops them, as it drops an unused object literal (the ribbon's bundle takes only pickLang of ui.ts).
 */
export function dictionary<
  const Vi extends Readonly<Record<string, string>>,
  En extends Readonly<Record<keyof Vi, string>>,
>(vi: Vi, en: En & Readonly<Record<Exclude<keyof En, keyof Vi>, never>>): Words<keyof Vi & string> {
  return { vi, en };
}

/** A label lookup: the word of `key` in `lang` with its `{name}` placeholders filled in from `values`. */
export type Lookup<Key extends string> = (
  lang: Lang,
  key: Key,
  values?: Readonly<Record<string, string | number>>,
) => string;

/** The lookup of one dictionary's words. */
export function lookup<Key extends string>(words: Words<Key>): Lookup<Key> {
  return (lang, key, values = {}) => fillTemplate(words[lang][key], values);
}
