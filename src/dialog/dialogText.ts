// The failure dialog's words for what its query asked, apart from the DOM so the tests can read them.
import type { Lang } from "../engine";
import { dialogWord } from "../strings/dialogStrings";
import { hostErrorMessage } from "../strings/hostMessages";
import type { DialogContent } from "./dialogQuery";

/** Everything the dialog page puts on screen, in one language. */
export interface DialogText {
  lang: Lang;
  title: string;
  heading: string;
  /** What happened and what to do about it. */
  message: string;
  close: string;
}

/** The words for `content`: a host failure's own message, or the unexpected (or generic) error text. */
export function dialogText(content: DialogContent): DialogText {
  const { lang } = content;
  // No object spread: in the ES5 dialog bundle it needs Object.assign, whose polyfill brings core-js's machinery.
  const heading = dialogWord(lang, content.kind === "unexpected" ? "unexpectedHeading" : "hostHeading");
  const message =
    content.kind !== "unexpected"
      ? hostErrorMessage(content.kind, content.action ?? "rank", lang, content.name)
      : content.text
        ? dialogWord(lang, "unexpected", { message: content.text })
        : dialogWord(lang, "generic");
  return { lang, title: dialogWord(lang, "pageTitle"), heading, message, close: dialogWord(lang, "close") };
}
