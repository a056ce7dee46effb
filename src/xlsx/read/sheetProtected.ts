import { attribute } from "../xml";

const PROTECTION = /<(?:[\w.-]+:)?sheetProtection\b([^>]*)>/;

/**
 * Whether a worksheet part is protected: its `<sheetProtection>` says `sheet="1"` (Excel) or `sheet="true"`
 * (LibreOffice); without that attribute, or without the element, the sheet is open.
 */
export function sheetProtected(xml: string): boolean {
  // The element follows <sheetData> (CT_Worksheet's order): the cells, most of the part, are not searched.
  const after = xml.lastIndexOf("sheetData>");
  const match = PROTECTION.exec(after < 0 ? xml : xml.slice(after));
  const sheet = match ? attribute(match[1] ?? "", "sheet") : undefined;
  return sheet === "1" || sheet === "true";
}
