import { displayWidth, oneLine, padStart, truncate } from "../../src/cli/displayWidth";

const NAME = "Sở Tư pháp tỉnh Quảng Trị";

describe("displayWidth", () => {
  it("counts a Vietnamese letter as one column whether typed composed or decomposed", () => {
    const composed = NAME.normalize("NFC");
    const decomposed = NAME.normalize("NFD");
    expect(decomposed.length).toBeGreaterThan(composed.length);
    expect(displayWidth(composed)).toBe([...composed].length);
    expect(displayWidth(decomposed)).toBe([...composed].length);
  });

  it("gives no column to a mark NFC cannot compose, nor to a zero-width space", () => {
    // ệ with a second acute accent has no precomposed form; the mark stays a separate code point.
    const stacked = "ệ\u0301";
    expect([...stacked.normalize("NFC")]).toHaveLength(2);
    expect(displayWidth(stacked)).toBe(1);
    expect(displayWidth("Sở\u200bY tế")).toBe(displayWidth("SởY tế"));
  });
});

describe("truncate", () => {
  it("keeps a name that fits, and cuts a longer one to the width ending in …", () => {
    expect(truncate(NAME, 40)).toBe(NAME);
    const cut = truncate(NAME.normalize("NFD"), 10);
    expect(displayWidth(cut)).toBeLessThanOrEqual(10);
    expect(cut.endsWith("…")).toBe(true);
    expect(NAME.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it("never separates a mark from its letter", () => {
    const cut = truncate("ệ\u0301ệ\u0301ệ\u0301ệ\u0301", 3);
    expect(cut).toBe("ệ\u0301ệ\u0301…");
  });
});

describe("oneLine and padStart", () => {
  it("reads a line break typed in a cell as one space", () => {
    expect(oneLine(" Sở Y tế\n(Trung tâm)\t ")).toBe("Sở Y tế (Trung tâm)");
  });

  it("right-aligns by columns, not UTF-16 units", () => {
    expect(displayWidth(padStart("tế".normalize("NFD"), 6))).toBe(6);
  });
});
