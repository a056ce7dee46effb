import { attribute, escapeXml } from "../xml";
import { findElement, findElements, maskMarkup, rootElement, splice } from "./xmlText";

// [Content_Types].xml edited as text: Override elements removed or appended, every other byte kept.

const NAMESPACE = "http://schemas.openxmlformats.org/package/2006/content-types";

/** The content types part of a package that has none. */
export const EMPTY_CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${NAMESPACE}"></Types>`;

const partNameOf = (part: string): string => `/${part}`.toLowerCase();

/** The text without the Override elements of these parts (zip entry names, compared case-insensitively). */
export function removeOverrides(xml: string, parts: readonly string[]): string {
  const names = new Set(parts.map(partNameOf));
  const masked = maskMarkup(xml);
  const prefix = rootElement(masked)?.prefix ?? "";
  const drop = findElements(masked, `${prefix}Override`).filter((span) =>
    names.has((attribute(span.attrs, "PartName") ?? "").toLowerCase()),
  );
  let text = xml;
  for (const span of drop.reverse()) text = splice(text, span.start, span.end, "");
  return text;
}

/** The content type the part's Override gives, or undefined. */
export function overrideOf(xml: string, part: string): string | undefined {
  const masked = maskMarkup(xml);
  const prefix = rootElement(masked)?.prefix ?? "";
  const name = partNameOf(part);
  const span = findElements(masked, `${prefix}Override`).find(
    (s) => (attribute(s.attrs, "PartName") ?? "").toLowerCase() === name,
  );
  return span ? attribute(span.attrs, "ContentType") : undefined;
}

function append(xml: string, element: (prefix: string) => string): string {
  const masked = maskMarkup(xml);
  const prefix = rootElement(masked)?.prefix ?? "";
  const root = findElement(masked, `${prefix}Types`);
  if (!root) return append(EMPTY_CONTENT_TYPES, element);
  if (root.selfClosing) {
    const open = `${xml.slice(root.start, root.openEnd - 2)}>`;
    return splice(xml, root.start, root.end, `${open}${element(prefix)}</${prefix}Types>`);
  }
  return splice(xml, root.innerEnd, root.innerEnd, element(prefix));
}

/** The text with an Override for the part (any previous one for it replaced). */
export function addOverride(xml: string, part: string, contentType: string): string {
  return append(
    removeOverrides(xml, [part]),
    (prefix) => `<${prefix}Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(contentType)}"/>`,
  );
}

/** The text with a Default for the extension, added only when none is there. */
export function ensureDefault(xml: string, extension: string, contentType: string): string {
  const masked = maskMarkup(xml);
  const prefix = rootElement(masked)?.prefix ?? "";
  const has = findElements(masked, `${prefix}Default`).some(
    (span) => (attribute(span.attrs, "Extension") ?? "").toLowerCase() === extension,
  );
  if (has) return xml;
  return append(
    xml,
    (p) => `<${p}Default Extension="${escapeXml(extension)}" ContentType="${escapeXml(contentType)}"/>`,
  );
}
