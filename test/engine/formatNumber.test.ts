import { dec } from "../../src/engine/decimal";
import { formatNumber } from "../../src/engine/formatNumber";

describe("formatNumber", () => {
  it("writes a Vietnamese decimal comma and an English decimal point", () => {
    expect(formatNumber(7.5, "vi")).toBe("7,5");
    expect(formatNumber(7.5, "en")).toBe("7.5");
    expect(formatNumber(-0.25, "vi")).toBe("-0,25");
    expect(formatNumber(100, "vi")).toBe("100");
  });

  it("fixes a total to the settings' decimals, rounding half up", () => {
    expect(formatNumber(dec(92.5), "vi", 2)).toBe("92,50");
    expect(formatNumber(dec(92.125), "en", 2)).toBe("92.13");
    expect(formatNumber(dec(92.5), "en", 0)).toBe("93");
  });

  it("groups no thousands, so that a number reads back as typed", () => {
    expect(formatNumber(12345.5, "vi")).toBe("12345,5");
    expect(formatNumber(12345.5, "en")).toBe("12345.5");
  });
});
