// What the failure dialog shows travels in its URL's query as data (a kind, a language, a sheet name or a short
// error text), never as markup: the dialog builds its words itself, so nothing in the URL can inject HTML.
// Pure functions, no DOM and no Office: the ribbon bundle, the dialog page and the tests share them.
import type { Lang } from "../engine/lang";
import type { ExcelHostErrorKind } from "../excel/ExcelHostError";

/** What the dialog tells the user: a host failure by kind, or an unexpected error with its (short) text. */
export type DialogContent =
  { kind: ExcelHostErrorKind; lang: Lang; name?: string } | { kind: "unexpected"; lang: Lang; text?: string };

// A Record so that a new host failure kind the dialog does not know is a compile error here.
const HOST_KINDS: Record<ExcelHostErrorKind, true> = {
  protected: true,
  "cell-edit": true,
  "name-clash": true,
  payload: true,
  unsupported: true,
  "too-large": true,
  busy: true,
  "excel-failed": true,
  "formula-too-long": true,
};

// Sheet names are at most 31 characters; an error text is cut so the URL stays well under browsers' limits.
const MAX_NAME = 100;
const MAX_TEXT = 300;

function isHostKind(kind: string | null): kind is ExcelHostErrorKind {
  return kind !== null && Object.prototype.hasOwnProperty.call(HOST_KINDS, kind);
}

function clip(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1)}…`;
}

/** The dialog page's address next to `base` (the commands page's own URL), carrying `content` in its query. */
export function dialogUrl(base: string, content: DialogContent): string {
  const url = new URL("dialog.html", base);
  url.search = "";
  url.hash = "";
  url.searchParams.set("kind", content.kind);
  url.searchParams.set("lang", content.lang);
  if (content.kind === "unexpected") {
    if (content.text) url.searchParams.set("text", clip(content.text, MAX_TEXT));
  } else if (content.name) {
    url.searchParams.set("name", clip(content.name, MAX_NAME));
  }
  return url.href;
}

/**
 * What a dialog URL's query (`location.search`) asks to show. Never throws: an unknown kind or a mangled query
 * becomes the generic unexpected error, an unknown language Vietnamese.
 */
export function readDialogQuery(search: string): DialogContent {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const lang: Lang = params.get("lang") === "en" ? "en" : "vi";
  const kind = params.get("kind");
  if (isHostKind(kind)) {
    const name = params.get("name");
    return name ? { kind, lang, name: clip(name, MAX_NAME) } : { kind, lang };
  }
  const text = kind === "unexpected" ? params.get("text") : null;
  return text && text.trim()
    ? { kind: "unexpected", lang, text: clip(text, MAX_TEXT) }
    : { kind: "unexpected", lang };
}
