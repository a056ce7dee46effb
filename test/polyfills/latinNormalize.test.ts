import { readFileSync } from "fs";
import { combiningClass, latinNfc, latinNfd, latinNormalize } from "../../src/polyfills/latinNormalize";
import { normalizeLabel } from "../../src/engine/read/normalizeLabel";

// The fallback for webviews without String.prototype.normalize, judged against Node's own normalize.
interface Generator {
  latinDecompositions(): string;
  source(): string;
  target: string;
}
const generator = require("../../scripts/make-latin-decompositions.js") as Generator;

const MARKS = Array.from({ length: 0x70 }, (_, i) => String.fromCharCode(0x300 + i));
const latinLetters = (): string[] => {
  const letters: string[] = [];
  for (const [from, to] of [
    [0x0041, 0x007a],
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
  ] as const)
    for (let code = from; code <= to; code++) letters.push(String.fromCharCode(code));
  return letters;
};

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe("the Latin normalize fallback", () => {
  it("is generated from Node's normalize and up to date", () => {
    expect(readFileSync(generator.target, "utf8")).toBe(generator.source());
    expect(generator.latinDecompositions().length).toBeGreaterThan(1000);
  });

  it("gives Node's NFC and NFD for every Latin letter", () => {
    const wrong = latinLetters().filter(
      (c) => latinNfc(c) !== c.normalize("NFC") || latinNfd(c) !== c.normalize("NFD"),
    );
    expect(wrong).toEqual([]);
  });

  it("recomposes every decomposed letter, whatever order its marks were typed in", () => {
    const wrong: string[] = [];
    for (const letter of latinLetters()) {
      const nfd = letter.normalize("NFD");
      if (nfd.length < 2) continue;
      for (const marks of permutations([...nfd.slice(1)])) {
        const typed = nfd[0] + marks.join("");
        if (latinNfc(typed) !== typed.normalize("NFC")) wrong.push(typed);
        if (latinNfd(typed) !== typed.normalize("NFD")) wrong.push(typed);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("orders combining marks by the class Node's normalize orders them by", () => {
    const wrong: string[] = [];
    for (const a of MARKS)
      for (const b of MARKS) {
        const native = `x${a}${b}`.normalize("NFD");
        const ours = latinNfd(`x${a}${b}`);
        if (native !== ours) wrong.push(`${a.charCodeAt(0).toString(16)} ${b.charCodeAt(0).toString(16)}`);
      }
    expect(wrong).toEqual([]);
    expect([combiningClass("\u0323"), combiningClass("\u0302"), combiningClass("a")]).toEqual([220, 230, 0]);
  });

  it.each([
    "Điểm tự chấm",
    "Điểm tự chấm".normalize("NFD"),
    // Unikey's combining mode: the vowel with its hat precomposed, the tone as a combining mark.
    "Tô\u0301i đa 2 điê\u0309m; Viê\u0323t Nam; ngày 15 tha\u0301ng 12 năm 2024",
    "Nguyễn Thị Ánh — 12,5 điểm/lần (tối đa 3 điểm)",
    "ASCII only, 漢字 and 😀 pass through",
  ])("normalizes %j as Node does", (text) => {
    for (const form of ["NFC", "NFD", undefined] as const)
      expect(latinNormalize.call(text, form)).toBe(text.normalize(form));
  });

  it("refuses an unknown form as normalize does", () => {
    expect(() => latinNormalize.call("a", "NFX")).toThrow(RangeError);
  });
});

describe("installPolyfills", () => {
  const original = String.prototype.normalize;
  const restore = () =>
    Object.defineProperty(String.prototype, "normalize", {
      value: original,
      writable: true,
      configurable: true,
    });
  afterEach(restore);

  it("fills in normalize and TextEncoder only where missing, and the engine folds labels with them", async () => {
    const { installPolyfills } = await import("../../src/polyfills/installPolyfills");
    const scope: { TextEncoder?: unknown } = {};
    delete (String.prototype as { normalize?: unknown }).normalize;
    installPolyfills(scope);
    expect(String.prototype.normalize).toBe(latinNormalize);
    expect(typeof scope.TextEncoder).toBe("function");
    const label = "Điểm  tự chấm:".normalize("NFD");
    restore();
    const native = normalizeLabel(`${label} `);
    delete (String.prototype as { normalize?: unknown }).normalize;
    installPolyfills(scope);
    expect(normalizeLabel(`${label}  `)).toBe(native);
    restore();
    const modern = { TextEncoder: TextEncoder };
    installPolyfills(modern);
    expect(modern.TextEncoder).toBe(TextEncoder);
    expect(String.prototype.normalize).toBe(original);
  });
});
