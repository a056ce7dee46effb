import { dialogUrl, readDialogQuery, type DialogContent } from "../../src/dialog/dialogQuery";
import { HOST_KINDS } from "../helpers/hostKinds";

const KINDS = HOST_KINDS;
const DEV = "https://localhost:3000/commands.html?_host_Info=Excel$Win32$16.01$vi-VN#x";
const PROD = "https://addins.example.gov.vn/bloc/commands.html";

const roundTrip = (content: DialogContent) => readDialogQuery(new URL(dialogUrl(DEV, content)).search);

describe("dialogUrl", () => {
  it("puts dialog.html next to the commands page, on the dev server and under a production base path", () => {
    const dev = new URL(dialogUrl(DEV, { kind: "payload", lang: "vi" }));
    const prod = new URL(dialogUrl(PROD, { kind: "payload", lang: "vi" }));
    expect([dev.origin, dev.pathname, dev.hash]).toEqual(["https://localhost:3000", "/dialog.html", ""]);
    expect([prod.origin, prod.pathname]).toEqual(["https://addins.example.gov.vn", "/bloc/dialog.html"]);
  });

  it("carries data only: the commands page's own query is not passed on", () => {
    const url = new URL(dialogUrl(DEV, { kind: "name-clash", lang: "en", name: "Xếp hạng" }));
    expect(Object.fromEntries(url.searchParams)).toEqual({
      kind: "name-clash",
      lang: "en",
      name: "Xếp hạng",
    });
  });

  it("cuts a long error text", () => {
    const url = new URL(dialogUrl(DEV, { kind: "unexpected", lang: "vi", text: "a".repeat(5000) }));
    expect(url.searchParams.get("text")!.length).toBe(300);
  });
});

describe("readDialogQuery", () => {
  it.each(KINDS.flatMap((kind) => (["vi", "en"] as const).map((lang) => [kind, lang] as const)))(
    "%s in %s round-trips",
    (kind, lang) => {
      expect(roundTrip({ kind, lang })).toEqual({ kind, lang });
    },
  );

  it("keeps a sheet name with markup characters as plain text", () => {
    const name = `<img src=x onerror=alert(1)> & "Xếp hạng"`;
    expect(roundTrip({ kind: "name-clash", lang: "vi", name })).toEqual({
      kind: "name-clash",
      lang: "vi",
      name,
    });
  });

  it("keeps an unexpected error's text", () => {
    expect(roundTrip({ kind: "unexpected", lang: "en", text: "boom" })).toEqual({
      kind: "unexpected",
      lang: "en",
      text: "boom",
    });
  });

  it.each([
    "",
    "?",
    "?kind=melted&lang=en",
    "?kind=__proto__",
    "?kind=constructor",
    "?kind=toString&lang=fr",
    "?kind=%E0%A4%A&lang=%",
    "?kind=unexpected&text=%20%20",
    "?lang=en&lang=vi",
  ])("turns %j into the generic message, never a throw", (search) => {
    const content = readDialogQuery(search);
    expect(content.kind).toBe("unexpected");
    expect("text" in content).toBe(false);
    expect(["vi", "en"]).toContain(content.lang);
  });

  it("reads only vi or en as the language", () => {
    expect(readDialogQuery("?kind=payload&lang=en").lang).toBe("en");
    expect(readDialogQuery("?kind=payload&lang=EN-us").lang).toBe("vi");
    expect(readDialogQuery("?kind=payload").lang).toBe("vi");
  });

  it("cuts an over-long text or name from a hand-made query", () => {
    const content = readDialogQuery(`?kind=unexpected&text=${"b".repeat(2000)}`);
    expect(content.kind === "unexpected" && content.text?.length).toBe(300);
    const clash = readDialogQuery(`?kind=name-clash&name=${"c".repeat(2000)}`);
    expect(clash.kind === "name-clash" && clash.name?.length).toBe(100);
  });
});
