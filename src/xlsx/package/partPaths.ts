// Part names inside the zip: no leading slash, as JSZip names its entries ("xl/worksheets/sheet1.xml").

/** The folder of a part, with its trailing slash ("xl/" for xl/workbook.xml, "" for a part at the root). */
export function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** The relationships part of a part: xl/_rels/workbook.xml.rels; `_rels/.rels` for the package ("" source). */
export function relsPathOf(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

/** The part whose relationships a .rels part holds ("" for the package's own `_rels/.rels`), or null. */
export function sourceOfRels(rels: string): string | null {
  const match = /^(.*?)_rels\/([^/]*)\.rels$/.exec(rels);
  return match ? `${match[1]}${match[2]}` : null;
}

function decodePath(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/** The part a relationship's Target names, resolved against its source part: relative, or absolute (`/xl/…`). */
export function resolveTarget(source: string, target: string): string {
  const path = decodePath(target.replace(/\\/g, "/").replace(/[?#].*$/, ""));
  const joined = path.startsWith("/") ? path.slice(1) : folderOf(source) + path;
  const out: string[] = [];
  for (const segment of joined.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

/** The Target by which `source` refers to `part`, relative to the source's folder (`worksheets/sheet2.xml`). */
export function relativeTarget(source: string, part: string): string {
  const from = folderOf(source).split("/").filter(Boolean);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.slice(common).map(() => "..");
  return [...up, ...to.slice(common)].map((segment) => encodeURI(segment)).join("/");
}
