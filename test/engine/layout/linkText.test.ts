import { linkReference, linkText } from "../../../src/engine";

const link = { cell: "A5", sheet: "Chi tiết điểm", target: "$D$7" };

describe("linkText and linkReference", () => {
  it("shows the cell's own value, or where the link leads when the cell holds none", () => {
    expect(linkText("Văn phòng", link)).toBe("Văn phòng");
    expect(linkText(3, link)).toBe("3");
    expect(linkText(false, link)).toBe("false");
    expect(linkText(null, link)).toBe("Chi tiết điểm!$D$7");
    expect(linkText({ formula: "A1", value: 1 }, link)).toBe("Chi tiết điểm!$D$7");
  });

  it("leads to the target on the quoted sheet, without dollar signs", () => {
    expect(linkReference(link)).toBe("'Chi tiết điểm'!D7");
    expect(linkReference({ ...link, sheet: "Ban's" })).toBe("'Ban''s'!D7");
  });
});
