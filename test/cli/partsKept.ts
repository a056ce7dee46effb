import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { fakeCliIo } from "../helpers/fakeCliIo";

/**
 * The parts the output may change (DESIGN §10, issue 17's acceptance): those that list the sheets, names,
 * styles and strings. Every other part of the input comes out byte for byte.
 */
export const MAY_CHANGE: ReadonlySet<string> = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "docProps/app.xml",
  "docProps/core.xml",
  "xl/styles.xml",
  "xl/sharedStrings.xml",
  "xl/calcChain.xml",
]);

/** Every part (not folder entry) of a package, decompressed, by name. */
export async function partsOf(data: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(data);
  const parts = new Map<string, Uint8Array>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir) parts.set(file.name, await file.async("uint8array"));
  }
  return parts;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Where two byte strings first differ, with a little text around it, to see at once what changed. */
function firstDifference(before: Uint8Array, after: Uint8Array): string {
  let at = 0;
  while (at < before.length && at < after.length && before[at] === after[at]) at++;
  const decoder = new TextDecoder("utf-8", { fatal: false });
  const around = (bytes: Uint8Array) =>
    JSON.stringify(decoder.decode(bytes.subarray(Math.max(0, at - 30), at + 50)));
  return `${before.length} → ${after.length} bytes, first difference at byte ${at}: ${around(before)} → ${around(after)}`;
}

/**
 * The input's parts that are not in the output with identical (decompressed) bytes, each as a line
 * `missing: <part>` or `changed: <part> (…)`; the parts in `MAY_CHANGE` left out. Empty when all are kept.
 */
export async function partsNotKept(input: Uint8Array, output: Uint8Array): Promise<string[]> {
  const [before, after] = await Promise.all([partsOf(input), partsOf(output)]);
  const problems: string[] = [];
  for (const [name, bytes] of before) {
    if (MAY_CHANGE.has(name)) continue;
    const kept = after.get(name);
    if (!kept) problems.push(`missing: ${name}`);
    else if (!sameBytes(bytes, kept)) problems.push(`changed: ${name} (${firstDifference(bytes, kept)})`);
  }
  return problems;
}

/**
 * Fails, listing every missing or changed part in one message, unless each part of `input` outside
 * `MAY_CHANGE` is in `output` byte for byte.
 */
export async function expectPartsKept(input: Uint8Array, output: Uint8Array): Promise<void> {
  const problems = await partsNotKept(input, output);
  if (problems.length > 0) {
    throw new Error(
      `${problems.length} part(s) of the input not kept byte for byte in the output:\n  ${problems.join("\n  ")}`,
    );
  }
}

/** Both outputs of ranking a workbook and then ranking that output again, with the two exit statuses. */
export interface RankedTwice {
  once: Uint8Array;
  twice: Uint8Array;
  status: [number, number];
}

/**
 * Runs `bloc-rank in.xlsx -o once.xlsx`, then `bloc-rank once.xlsx -o twice.xlsx`, in memory.
 * @throws when a run writes no output (with what it printed to stderr).
 */
export async function rankTwice(input: Uint8Array): Promise<RankedTwice> {
  const run = fakeCliIo({ "in.xlsx": input });
  const first = await main(["in.xlsx", "-o", "once.xlsx"], run.io);
  const once = run.files["once.xlsx"];
  if (!once) throw new Error(`bloc-rank wrote no once.xlsx (status ${first}): ${run.stderr()}`);
  const second = await main(["once.xlsx", "-o", "twice.xlsx"], run.io);
  const twice = run.files["twice.xlsx"];
  if (!twice) throw new Error(`bloc-rank wrote no twice.xlsx (status ${second}): ${run.stderr()}`);
  return { once, twice, status: [first, second] };
}
