import type { FormatRange } from "./sheetLayout";

/**
 * The header section that prints the page number, in Excel's header codes (`&P`), set in the sheet's body
 * font: the font name and size of the first format naming a font (a document names its font first, over the
 * whole sheet). Decree 30/2020 sets the number in the text's font; without one it is the host's default font.
 * Both hosts print it centred: the .xlsx adapter as `&C` plus this, the Excel adapter as the centre header.
 */
export function pageNumberHeader(formats: readonly FormatRange[]): string {
  const body = formats.find((format) => format.format.fontName !== undefined)?.format;
  if (!body?.fontName) return "&P";
  // In a header, & starts a code and " ends the font's name: a literal & is doubled, a quote cannot be kept.
  const name = body.fontName.replace(/"/g, "").replace(/&/g, "&&");
  const size = body.fontSize !== undefined ? `&${Math.round(body.fontSize)}` : "";
  return `&"${name},Regular"${size}&P`;
}
