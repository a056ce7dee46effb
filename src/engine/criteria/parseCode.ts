/** Where a code puts its row in the hierarchy (DESIGN §2.1). */
export type CodeShape =
  | { level: "group"; label: string }
  | { level: "criterion"; path: number[] }
  | { level: "item"; letter: string }
  | { level: "bullet" }
  | { level: "unrecognized" };

const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const PATH = /^\d{1,3}(\.\d{1,3})*$/;
// The Vietnamese alphabet's sub-item letters include đ; single lower-case letters only, so "I" stays Roman.
const LETTER = /^[a-zđ]$/u;
const BULLET = /^[-+*•–—]+$/;

/** Reads a code cell: `II` a group, `1.2` a criterion path, `a)` a sub-item, `-` a bullet line. */
export function parseCode(raw: string): CodeShape {
  const code = raw
    .trim()
    .replace(/^\((.*)\)$/, "$1")
    .replace(/[.):]+$/, "")
    .trim();
  if (code === "") return { level: "unrecognized" };
  if (BULLET.test(code)) return { level: "bullet" };
  if (ROMAN.test(code)) return { level: "group", label: code };
  // Parts lettered A, B, C… act as groups like Roman numerals.
  if (/^[A-Z]$/.test(code)) return { level: "group", label: code };
  if (PATH.test(code)) return { level: "criterion", path: code.split(".").map(Number) };
  if (LETTER.test(code)) return { level: "item", letter: code };
  return { level: "unrecognized" };
}

const LEADING_CODE = /^((?:X{0,3})(?:IX|IV|V?I{0,3})|[A-Z]|\d{1,3}(?:\.\d{1,3})*|[a-zđ])\s*[.):]\s+(\S.*)$/su;

/**
 * Splits a code typed at the start of the text ("I. Công tác chuyên môn", "a) Có kế hoạch"), for tables
 * that merge the code and criterion cells or leave the code column empty. Null when there is none.
 */
export function splitLeadingCode(text: string): { code: string; rest: string } | null {
  const match = LEADING_CODE.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  return { code: match[1], rest: match[2].trim() };
}
