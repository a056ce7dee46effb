import fc from "fast-check";
import { dialogUrl, readDialogQuery, type DialogContent } from "../../src/dialog/dialogQuery";

// The dialog's query is built and read without URL and URLSearchParams (the ES5 ribbon and dialog run in
// IE11, which has neither): both must agree with what those APIs give for the same content.
const BASE = "https://addins.example.gov.vn/bloc/commands.html?_host_Info=Excel$Win32$16.01$vi-VN#x";

/** What URL and URLSearchParams would make of the same content: the reference. */
function referenceUrl(base: string, content: DialogContent, cut: Record<string, string>): string {
  const url = new URL("dialog.html", base);
  url.search = "";
  url.hash = "";
  url.searchParams.set("kind", content.kind);
  url.searchParams.set("lang", content.lang);
  for (const [name, value] of Object.entries(cut)) url.searchParams.set(name, value);
  return url.href;
}

const awkward = fc.string({
  unit: fc.constantFrom(
    "a",
    " ",
    "+",
    "&",
    "=",
    "%",
    "?",
    "#",
    "/",
    "!",
    "'",
    "(",
    ")",
    "~",
    "*",
    "ệ",
    "😀",
    "\ud800",
    "\udc00",
  ),
  maxLength: 40,
});

describe("the dialog query without URL or URLSearchParams", () => {
  it("writes what URLSearchParams writes, for any text", () => {
    fc.assert(
      fc.property(awkward, fc.constantFrom("vi", "en"), (text, lang) => {
        const content: DialogContent = { kind: "unexpected", lang: lang as "vi" | "en", text };
        const ours = dialogUrl(BASE, content);
        const cut = new URL(ours).searchParams.get("text");
        expect(ours).toBe(referenceUrl(BASE, content, cut === null ? {} : { text: cut }));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a well-formed query as URLSearchParams.get reads it", () => {
    // Values escaped as a browser or Office would (spaces as + or %20); a malformed escape is only required
    // not to throw (dialogQuery.test.ts).
    const value = fc.tuple(awkward, fc.boolean()).map(([text, plus]) => {
      const escaped = encodeURIComponent(text.replace(/[\ud800-\udfff]/g, ""));
      return plus ? escaped.replace(/%20/g, "+") : escaped;
    });
    const query = fc
      .tuple(
        fc.constantFrom("unexpected", "payload", "name-clash", "melted"),
        fc.constantFrom("en", "vi", "fr"),
        value,
        value,
      )
      .map(([kind, lang, text, name]) => `?kind=${kind}&lang=${lang}&text=${text}&name=${name}&text=x`);
    fc.assert(
      fc.property(query, (search) => {
        const params = new URLSearchParams(search);
        const lang = params.get("lang") === "en" ? "en" : "vi";
        const kind = params.get("kind");
        const text = params.get("text")!.trim();
        // A name is kept when present at all (trimmed), as readDialogQuery always did.
        const name = params.get("name")!;
        const expected =
          kind === "payload" || kind === "name-clash"
            ? name
              ? { kind, lang, name: name.trim() }
              : { kind, lang }
            : kind === "unexpected" && text
              ? { kind, lang, text }
              : { kind: "unexpected", lang };
        expect(readDialogQuery(search)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("a base without a path still puts the page at the root", () => {
    expect(dialogUrl("https://example.gov.vn", { kind: "payload", lang: "vi" })).toBe(
      "https://example.gov.vn/dialog.html?kind=payload&lang=vi",
    );
  });
});
