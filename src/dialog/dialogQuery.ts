// What the failure dialog shows travels in its URL's query as data (a kind, a language, a sheet name or a short
// error text), never as markup: the dialog builds its words itself, so nothing in the URL can inject HTML.
// Pure functions, no DOM and no Office: the ribbon bundle, the dialog page and the tests share them.
import type { Lang } from "../engine";
import { type ExcelHostErrorKind, isHostErrorKind } from "../excel";
import { isHostAction, type HostAction } from "../strings/hostMessages";

/**
 * What the dialog tells the user: a host failure by kind, with the action that met it (the ranking when
 * absent, so a rank's query is as it always was), or an unexpected error with its (short) text.
 */
export type DialogContent =
  | { kind: ExcelHostErrorKind; lang: Lang; name?: string; action?: HostAction }
  | { kind: "unexpected"; lang: Lang; text?: string };

// Sheet names are at most 31 characters; an error text is cut so the URL stays well under browsers' limits.
const MAX_NAME = 100;
const MAX_TEXT = 300;

// String.prototype.trim's white space (\s is the same set) without its polyfill: core-js corrects IE11's trim,
// and that one call would bring core-js's machinery (some 5 KB gzip) into the dialog bundle.
const trim = (text: string): string => text.replace(/^\s+|\s+$/g, "");

function clip(text: string, max: number): string {
  const trimmed = trim(text);
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1)}…`;
}

// The query is built and read here rather than with URL and URLSearchParams: the ribbon and its dialog are ES5
// for IE11, which has neither, and their polyfills would outweigh the dialog's whole budget.

/** A string without lone surrogates (U+FFFD in their place, as URLSearchParams writes them). */
function wellFormed(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += text.charAt(i) + text.charAt(i + 1);
      i++;
    } else out += code >= 0xd800 && code <= 0xdfff ? "\ufffd" : text.charAt(i);
  }
  return out;
}

/** A query value as application/x-www-form-urlencoded writes it (what URLSearchParams would give). */
function encodeValue(value: string): string {
  return encodeURIComponent(wellFormed(value))
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, "+");
}

/** A query value decoded; a malformed escape stays as it was typed, as URLSearchParams leaves it. */
function decodeValue(value: string): string {
  const plain = value.replace(/\+/g, " ");
  try {
    return decodeURIComponent(plain);
  } catch {
    return plain.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/** The first value of each name in a query string (`?a=1&b=2`), as URLSearchParams.get reads it. */
function queryValues(search: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const pair of search.replace(/^\?/, "").split("&")) {
    if (!pair) continue;
    const equals = pair.indexOf("=");
    const name = decodeValue(equals < 0 ? pair : pair.slice(0, equals));
    if (!Object.prototype.hasOwnProperty.call(values, name))
      values[name] = equals < 0 ? "" : decodeValue(pair.slice(equals + 1));
  }
  return values;
}

/** The dialog page's address next to `base` (the commands page's own URL), carrying `content` in its query. */
export function dialogUrl(base: string, content: DialogContent): string {
  const page = base.split("#")[0]!.split("?")[0]!;
  const folder = /^[a-z][a-z0-9+.-]*:\/\/[^/]*$/i.test(page)
    ? `${page}/`
    : page.slice(0, page.lastIndexOf("/") + 1);
  const query: [string, string][] = [
    ["kind", content.kind],
    ["lang", content.lang],
  ];
  if (content.kind === "unexpected") {
    if (content.text) query.push(["text", clip(content.text, MAX_TEXT)]);
  } else {
    if (content.name) query.push(["name", clip(content.name, MAX_NAME)]);
    if (content.action && content.action !== "rank") query.push(["action", content.action]);
  }
  return `${folder}dialog.html?${query.map(([name, value]) => `${name}=${encodeValue(value)}`).join("&")}`;
}

/**
 * What a dialog URL's query (`location.search`) asks to show. Never throws: an unknown kind or a mangled query
 * becomes the generic unexpected error, an unknown language Vietnamese.
 */
export function readDialogQuery(search: string): DialogContent {
  let params: Record<string, string>;
  try {
    params = queryValues(search);
  } catch {
    params = {};
  }
  const get = (name: string): string | null =>
    Object.prototype.hasOwnProperty.call(params, name) ? params[name]! : null;
  const lang: Lang = get("lang") === "en" ? "en" : "vi";
  const kind = get("kind");
  if (isHostErrorKind(kind)) {
    const name = get("name");
    const action = get("action");
    const content: DialogContent = name ? { kind, lang, name: clip(name, MAX_NAME) } : { kind, lang };
    if (isHostAction(action) && action !== "rank") content.action = action;
    return content;
  }
  const text = kind === "unexpected" ? get("text") : null;
  return text && trim(text)
    ? { kind: "unexpected", lang, text: clip(text, MAX_TEXT) }
    : { kind: "unexpected", lang };
}
