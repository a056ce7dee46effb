import { attribute, escapeXml } from "../xml";
import { findElement, findElements, maskMarkup, rootElement, splice } from "./xmlText";

/** One `<Relationship>` of a .rels part, with its span in the part's text. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  start: number;
  end: number;
}

/** A relationship to write: the Target is relative to the source part. */
export interface NewRelationship {
  id: string;
  type: string;
  target: string;
}

const NAMESPACE = "http://schemas.openxmlformats.org/package/2006/relationships";

const prefixOf = (masked: string): string => rootElement(masked)?.prefix ?? "";

/** The relationships of a .rels part's text; junk gives none. */
export function parseRelationships(xml: string): Relationship[] {
  const masked = maskMarkup(xml);
  const rels: Relationship[] = [];
  for (const span of findElements(masked, `${prefixOf(masked)}Relationship`)) {
    const id = attribute(span.attrs, "Id");
    const target = attribute(span.attrs, "Target");
    if (id === undefined || target === undefined) continue;
    rels.push({
      id,
      type: attribute(span.attrs, "Type") ?? "",
      target,
      external: (attribute(span.attrs, "TargetMode") ?? "").toLowerCase() === "external",
      start: span.start,
      end: span.end,
    });
  }
  return rels;
}

/** Whether a relationship is of a type, by the type's last segment (transitional and strict OOXML alike). */
export const isType = (rel: { type: string }, name: string): boolean =>
  rel.type.slice(rel.type.lastIndexOf("/") + 1) === name;

/** The rels text without the relationships of these ids; every other byte stays. */
export function removeRelationships(xml: string, ids: ReadonlySet<string>): string {
  const drop = parseRelationships(xml).filter((rel) => ids.has(rel.id));
  let text = xml;
  for (const rel of drop.reverse()) text = splice(text, rel.start, rel.end, "");
  return text;
}

/** The rels text with these relationships appended (a new part when `xml` is null). */
export function appendRelationships(xml: string | null, rels: readonly NewRelationship[]): string {
  if (xml === null) {
    xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NAMESPACE}"></Relationships>`;
  }
  const masked = maskMarkup(xml);
  const prefix = prefixOf(masked);
  const elements = rels
    .map(
      (rel) =>
        `<${prefix}Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(rel.target)}"/>`,
    )
    .join("");
  const root = findElement(masked, `${prefix}Relationships`);
  if (!root) return appendRelationships(null, rels);
  if (root.selfClosing) {
    const open = `${xml.slice(root.start, root.openEnd - 2)}>`;
    return splice(xml, root.start, root.end, `${open}${elements}</${prefix}Relationships>`);
  }
  return splice(xml, root.innerEnd, root.innerEnd, elements);
}

/** An id not used by these relationships: rId(max + 1). */
export function freshRelationshipId(
  rels: readonly { id: string }[],
  taken: ReadonlySet<string> = new Set(),
): string {
  let max = 0;
  for (const rel of rels) {
    const match = /^rId(\d+)$/.exec(rel.id);
    if (match) max = Math.max(max, Number(match[1]));
  }
  const used = new Set([...rels.map((rel) => rel.id), ...taken]);
  let n = max + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}
