import type { SettingKey } from "../../../src/engine/settings/settingKeys";
import { validateSettingInput } from "../../../src/engine/settings/validateSettingInput";

// The pane's settings form reads what is typed as the sheet's reader does: a number beyond ±10¹⁵ (DESIGN §9)
// is refused before it reaches the sheet.
describe("validateSettingInput with numbers out of range", () => {
  const digits = `1${"0".repeat(399)}`;
  it.each<[SettingKey, string]>([
    ["scale", digits],
    ["scale", "1e999"],
    ["reviewGap", "9".repeat(32_000)],
    ["decimals", digits],
    ["year", digits],
    ["classificationThresholds", `${digits}; 80; 70`],
    ["groupFloors", "85; 1e999; 70"],
  ])("refuses a %s out of range", (key, text) => {
    expect(validateSettingInput(key, text, "vi")).toEqual({ ok: false, code: "settings-value-invalid" });
  });

  it("takes 10¹⁵ as a scale", () => {
    expect(validateSettingInput("scale", "1000000000000000", "vi")).toEqual({ ok: true, value: 1e15 });
  });
});
