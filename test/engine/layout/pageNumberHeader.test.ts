import { pageNumberHeader } from "../../../src/engine/layout/pageNumberHeader";

describe("pageNumberHeader: the page number in the body font", () => {
  test("the first format naming a font gives the number its font and size", () => {
    expect(
      pageNumberHeader([
        { range: "A1", format: { bold: true, fontSize: 14 } },
        { range: "A1:H40", format: { fontName: "Times New Roman", fontSize: 13 } },
        { range: "A2", format: { fontName: "Arial", fontSize: 9 } },
      ]),
    ).toBe('&"Times New Roman,Regular"&13&P');
  });

  test("a font without a size keeps the default size; no font at all, the bare number", () => {
    expect(pageNumberHeader([{ range: "A1", format: { fontName: "Times New Roman" } }])).toBe(
      '&"Times New Roman,Regular"&P',
    );
    expect(pageNumberHeader([{ range: "A1", format: { bold: true } }])).toBe("&P");
    expect(pageNumberHeader([])).toBe("&P");
  });

  test("an ampersand in the name is doubled, a quote left out, so the codes stay whole", () => {
    expect(pageNumberHeader([{ range: "A1", format: { fontName: 'A&B "Sans"' } }])).toBe(
      '&"A&&B Sans,Regular"&P',
    );
  });
});
