// TextEncoder for webviews without it (IE11, EdgeHTML 18 before 2020's updates): core-js has none, and the Excel
// adapter sizes its requests in UTF-8 bytes with it. Encoding only, as the WHATWG standard does (a lone
// surrogate becomes U+FFFD).

/** The UTF-8 bytes of `text`. */
export function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else code = 0xfffd;
    } else if (code >= 0xdc00 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000)
      bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 0x3f),
        0x80 | ((code >> 6) & 0x3f),
        0x80 | (code & 0x3f),
      );
  }
  return bytes;
}

/** The part of TextEncoder the add-in uses: `encoding` and `encode`. */
export class Utf8Encoder {
  readonly encoding = "utf-8";
  encode(text = ""): Uint8Array {
    return new Uint8Array(utf8Bytes(String(text)));
  }
}
