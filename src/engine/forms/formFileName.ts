import { formLabel } from "../../strings/formLabels";
import type { Lang } from "../lang";

const MAX_LENGTH = 100;
const EXTENSION = ".xlsx";
// Names Windows refuses for a file whatever its extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** Vietnamese letters to their bare ASCII letters (đ has no combining mark to drop), then anything else out. */
function toAscii(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[\\/:*?"<>|]/g, "-")
    .replace(/[^\x20-\x7e]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

// Windows drops trailing dots and spaces, so two names differing only there would clash.
const tidy = (base: string): string => base.replace(/[. ]+$/, "").trim();

/**
 * A safe .xlsx file name for a unit's form: ASCII (Vietnamese diacritics folded, đ→d), no \/:*?"<>| or
 * control characters, no Windows reserved name, ≤ 100 chars, unique in `taken` (folded case); adds it.
 */
export function formFileName(unit: string, lang: Lang, taken: Set<string>): string {
  const prefix = formLabel(lang, "filePrefix");
  const name = toAscii(unit);
  let base = tidy((name ? `${prefix} - ${name}` : prefix).slice(0, MAX_LENGTH - EXTENSION.length));
  if (RESERVED.test(base.split(".")[0] ?? "")) base = `${base}_`;
  const fileOf = (suffix: string): string =>
    `${tidy(base.slice(0, MAX_LENGTH - EXTENSION.length - suffix.length))}${suffix}${EXTENSION}`;
  let file = fileOf("");
  for (let n = 2; taken.has(file.toLowerCase()); n++) file = fileOf(` (${n})`);
  taken.add(file.toLowerCase());
  return file;
}
