import JSZip from "jszip";
import { attribute } from "../../src/xlsx/xml";

// What the parts-kept tests read from the parts that may change (workbook.xml and its relationships), as text:
// element prefixes tolerated, as other tools write them.

/** One part's text, or a failure naming it. */
export async function partText(data: Uint8Array, name: string): Promise<string> {
  const file = (await JSZip.loadAsync(data)).file(name);
  if (!file) throw new Error(`no ${name} in the package`);
  return file.async("string");
}

/** The sheet names of a workbook.xml, in tab order. */
export function sheetNames(workbookXml: string): string[] {
  return [...workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)].map(
    (m) => attribute(m[1]!, "name") ?? "",
  );
}

/**
 * Each `<definedName>` element exactly as stored, except that a sheet scope is written by the sheet's name
 * (`localSheetId="4"` → `localSheetId="=Danh mục"`): the index moves if sheets are inserted before it.
 */
export function definedNameElements(workbookXml: string): string[] {
  const sheets = sheetNames(workbookXml);
  return [...workbookXml.matchAll(/<(?:\w+:)?definedName\b[^>]*>[\s\S]*?<\/(?:\w+:)?definedName>/g)].map(
    (m) =>
      m[0].replace(
        /\blocalSheetId="(\d+)"/,
        (_, at: string) => `localSheetId="=${sheets[Number(at)] ?? `#${at}`}"`,
      ),
  );
}

/** The attribute text of the first element `name` (any prefix), or undefined. */
export function elementAttributes(xml: string, name: string): string | undefined {
  return new RegExp(`<(?:\\w+:)?${name}\\b([^>]*?)\\/?>`).exec(xml)?.[1];
}

/** The relationships of a .rels part, by id. */
export function relationshipsById(
  relsXml: string,
): Map<string, { type: string; target: string; mode?: string }> {
  const rels = new Map<string, { type: string; target: string; mode?: string }>();
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const mode = attribute(m[1]!, "TargetMode");
    rels.set(attribute(m[1]!, "Id") ?? "", {
      type: attribute(m[1]!, "Type") ?? "",
      target: attribute(m[1]!, "Target") ?? "",
      ...(mode ? { mode } : {}),
    });
  }
  return rels;
}

/** The package paths the workbook's `<externalReferences>` point at (through its relationships). */
export function externalReferenceTargets(workbookXml: string, relsXml: string): string[] {
  const block = /<(?:\w+:)?externalReferences\b[^>]*>([\s\S]*?)<\/(?:\w+:)?externalReferences>/.exec(
    workbookXml,
  );
  if (!block) return [];
  const rels = relationshipsById(relsXml);
  return [...block[1]!.matchAll(/<(?:\w+:)?externalReference\b([^>]*?)\/?>/g)].map((m) => {
    const rel = rels.get(attribute(m[1]!, "r:id") ?? "");
    if (!rel) return "(no relationship)";
    // A target relative to xl/, or absolute from the package root.
    return rel.target.startsWith("/") ? rel.target.slice(1) : `xl/${rel.target}`;
  });
}
