import { sharedStrings } from "../../../src/xlsx/read/sharedStrings";

const sst = (items: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="9">${items}</sst>`;

describe("sharedStrings: the table of a workbook's strings", () => {
  test("plain text, entities and character references decoded, whitespace kept", () => {
    expect(
      sharedStrings(
        sst(
          '<si><t>Điểm</t></si><si><t xml:space="preserve"> a &lt; b &amp; &quot;c&quot; &#7899;&#x1EDB; </t></si><si><t/></si>',
        ),
      ),
    ).toEqual(["Điểm", ' a < b & "c" ớớ ', ""]);
  });

  test("what is no entity stays as written", () => {
    expect(sharedStrings(sst("<si><t>&amp;lt; &unknown; & &#xZZ; &#99999999; a&amp;b</t></si>"))).toEqual([
      "&lt; &unknown; & &#xZZ; &#99999999; a&b",
    ]);
  });

  test("rich text: the runs' text joined, phonetic runs left out", () => {
    expect(
      sharedStrings(
        sst(
          '<si><r><rPr><b/><sz val="11"/></rPr><t>Tổng </t></r><r><t xml:space="preserve">hợp </t></r><r><t>điểm</t></r>' +
            '<rPh sb="0" eb="2"><t>トウ</t></rPh><phoneticPr fontId="1"/></si><si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh></si>',
        ),
      ),
    ).toEqual(["Tổng hợp điểm", "漢字"]);
  });

  test("_xHHHH_ escapes decoded, _x005F_ being a literal underscore", () => {
    expect(
      sharedStrings(sst("<si><t>a_x000D__x000A_b</t></si><si><t>_x005F_x000D_ và _x_</t></si>")),
    ).toEqual(["a\r\nb", "_x000D_ và _x_"]);
  });

  test("prefixed elements; empty items keep their index", () => {
    expect(
      sharedStrings(
        '<x:sst xmlns:x="urn:x"><x:si><x:t>một</x:t></x:si><x:si/><x:si><x:r><x:t>ba</x:t></x:r></x:si></x:sst>',
      ),
    ).toEqual(["một", "", "ba"]);
  });

  test("no table", () => {
    expect(sharedStrings(null)).toEqual([]);
  });
});
