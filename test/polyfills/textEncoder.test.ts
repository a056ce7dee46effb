import { Utf8Encoder, utf8Bytes } from "../../src/polyfills/textEncoder";

// The fallback TextEncoder, judged against Node's.
describe("the UTF-8 encoder fallback", () => {
  it.each([
    "",
    "ASCII",
    "Điểm tự chấm — 12,5đ",
    "漢字",
    "😀 and 𝔸",
    "lone \ud800 high, lone \udc00 low, \ud800 at the end\ud800",
  ])("encodes %j as TextEncoder does", (text) => {
    const native = Array.from(new TextEncoder().encode(text));
    expect(utf8Bytes(text)).toEqual(native);
    const encoded = new Utf8Encoder().encode(text);
    expect(encoded).toBeInstanceOf(Uint8Array);
    expect(Array.from(encoded)).toEqual(native);
  });

  it("names its encoding", () => {
    expect(new Utf8Encoder().encoding).toBe(new TextEncoder().encoding);
  });
});
