import { readFileSync } from "fs";
import JSZip from "jszip";
import path from "path";
import { SAMPLES } from "../../src/samples";
import { attribute } from "../../src/xlsx/xml";
import {
  protectedWorkbook,
  WORKBOOK_PROTECTION,
  type ProtectionKind,
} from "../fixtures/packages/protectedWorkbook";
import { richWorkbook } from "../fixtures/packages/richWorkbook";
import { expectPartsKept, partsNotKept, rankTwice, type RankedTwice } from "./partsKept";
import {
  definedNameElements,
  elementAttributes,
  externalReferenceTargets,
  partText,
  sheetNames,
} from "./workbookParts";

// Issue 17's acceptance, DESIGN §10: the workbook mailed on is the user's, part for part, with our sheets added.

const ROOT = path.resolve(__dirname, "../..");
const KINDS: ProtectionKind[] = ["legacy", "modern", "sheetTrue"];

const INPUTS: [string, () => Promise<Uint8Array>][] = [
  ...SAMPLES.map(({ id }): [string, () => Promise<Uint8Array>] => [
    `sample ${id}`,
    async () => readFileSync(path.join(ROOT, "assets/samples", `${id}.xlsx`)),
  ]),
  ["richWorkbook()", richWorkbook],
  ...KINDS.map((kind): [string, () => Promise<Uint8Array>] => [
    `protectedWorkbook("${kind}")`,
    () => protectedWorkbook(kind),
  ]),
];

const workbookXml = (data: Uint8Array) => partText(data, "xl/workbook.xml");

// Each input is built and ranked (twice) once for all the checks on it: the suite stays fast.
const ranks = new Map<string, Promise<{ input: Uint8Array; ranked: RankedTwice }>>();
function rankedInput(name: string): Promise<{ input: Uint8Array; ranked: RankedTwice }> {
  let run = ranks.get(name);
  if (!run) {
    const build = INPUTS.find(([n]) => n === name)![1];
    run = build().then(async (input) => ({ input, ranked: await rankTwice(input) }));
    ranks.set(name, run);
  }
  return run;
}

describe("expectPartsKept", () => {
  let input: Uint8Array;
  beforeAll(async () => {
    input = await richWorkbook();
  });

  it("passes what an identity writer returns: the input itself, or re-zipped with no compression", async () => {
    await expectPartsKept(input, input);
    const zip = await JSZip.loadAsync(input);
    await expectPartsKept(input, await zip.generateAsync({ type: "uint8array", compression: "STORE" }));
  });

  it("passes parts added, and changes to the parts that list sheets, names, styles and strings", async () => {
    const zip = await JSZip.loadAsync(input);
    for (const name of ["xl/workbook.xml", "xl/styles.xml", "[Content_Types].xml", "docProps/app.xml"])
      zip.file(name, `${await zip.file(name)!.async("string")}<!-- ours -->`);
    zip.file("xl/worksheets/sheet6.xml", "<worksheet/>");
    zip.file("xl/calcChain.xml", "<calcChain/>");
    await expectPartsKept(input, await zip.generateAsync({ type: "uint8array" }));
  });

  it("lists every part changed or missing in one failure", async () => {
    const zip = await JSZip.loadAsync(input);
    zip.file(
      "xl/worksheets/sheet3.xml",
      (await zip.file("xl/worksheets/sheet3.xml")!.async("string")).replace("<v>", "<v>1"),
    );
    zip.file("_rels/.rels", `${await zip.file("_rels/.rels")!.async("string")} `);
    zip.remove("xl/persons/person.xml");
    zip.remove("customXml/item1.xml");
    const output = await zip.generateAsync({ type: "uint8array" });
    expect((await partsNotKept(input, output)).map((line) => line.replace(/ \(.*/, ""))).toEqual([
      "changed: _rels/.rels",
      "changed: xl/worksheets/sheet3.xml",
      "missing: xl/persons/person.xml",
      "missing: customXml/item1.xml",
    ]);
    const failure = expectPartsKept(input, output);
    await expect(failure).rejects.toThrow(/4 part\(s\)/);
    await expect(failure).rejects.toThrow(
      /changed: xl\/worksheets\/sheet3\.xml[\s\S]*missing: customXml\/item1\.xml/,
    );
  });
});

describe.each(INPUTS.map(([name]) => name))("%s, ranked and ranked again (DESIGN §10)", (name) => {
  let input: Uint8Array;
  let runs: RankedTwice;
  beforeAll(async () => {
    ({ input, ranked: runs } = await rankedInput(name));
  });

  it("is ranked both times", () => {
    expect(runs.status).toEqual([0, 0]);
  });

  it("keeps every part of the input byte for byte, but those listing sheets, names, styles and strings", async () => {
    await expectPartsKept(input, runs.once);
  });

  it("keeps them after a rerun on its own output too", async () => {
    await expectPartsKept(input, runs.twice);
  });

  it("keeps the user's sheets in order, and a rerun replaces our sheets instead of adding more", async () => {
    const [before, once, twice] = await Promise.all([input, runs.once, runs.twice].map(workbookXml));
    const ours = sheetNames(once!).filter((name) => !sheetNames(before!).includes(name));
    expect(ours.length).toBeGreaterThan(0);
    expect(sheetNames(once!).filter((name) => !ours.includes(name))).toEqual(sheetNames(before!));
    expect(sheetNames(twice!)).toEqual(sheetNames(once!));
  });
});

describe("richWorkbook(): what workbook.xml keeps", () => {
  let input: Uint8Array;
  let runs: RankedTwice;
  beforeAll(async () => {
    ({ input, ranked: runs } = await rankedInput("richWorkbook()"));
  });
  const outputs = () => [runs.once, runs.twice];

  it("keeps the user's defined names as stored: the constant, the formula, the hidden one, the sheet-scoped one", async () => {
    const names = definedNameElements(await workbookXml(input));
    expect(names.map((element) => /name="([^"]*)"/.exec(element)![1])).toEqual([
      "_DiemChon",
      "HeSo",
      "TongVP",
      "VungSoLieu",
    ]);
    for (const output of outputs())
      expect(definedNameElements(await workbookXml(output))).toEqual(expect.arrayContaining(names));
  });

  it("keeps iterative calculation on, with its iteration count", async () => {
    for (const output of outputs()) {
      const calcPr = elementAttributes(await workbookXml(output), "calcPr") ?? "";
      expect(["1", "true"]).toContain(attribute(calcPr, "iterate"));
      expect(attribute(calcPr, "iterateCount")).toBe("50");
    }
  });

  it("keeps <externalReferences> pointing at the external link part, so [1]Sheet1!A1 still resolves", async () => {
    for (const output of outputs()) {
      const rels = await partText(output, "xl/_rels/workbook.xml.rels");
      expect(externalReferenceTargets(await workbookXml(output), rels)).toEqual([
        "xl/externalLinks/externalLink1.xml",
      ]);
    }
  });
});

describe.each(KINDS)('protectedWorkbook("%s"): the workbook protection', (kind) => {
  it("is kept as stored, password hash included, after a run and a rerun", async () => {
    const { input, ranked: runs } = await rankedInput(`protectedWorkbook("${kind}")`);
    expect(await workbookXml(input)).toContain(WORKBOOK_PROTECTION[kind]);
    for (const output of [runs.once, runs.twice])
      expect(await workbookXml(output)).toContain(WORKBOOK_PROTECTION[kind]);
  });
});
