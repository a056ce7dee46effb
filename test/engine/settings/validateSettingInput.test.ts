import {
  validateSettingChanges,
  validateSettingInput,
} from "../../../src/engine/settings/validateSettingInput";
import { settingsWith } from "../../helpers/settings";

describe("validateSettingInput", () => {
  it.each([
    ["year", "2025", "vi", 2025],
    ["scale", " 200 ", "vi", 200],
    ["reviewGap", "2,5", "vi", 2.5],
    ["reviewGap", "2.5", "en", 2.5],
    ["decimals", "0", "en", 0],
    ["scoreSource", "self", "vi", "tự chấm"],
    ["scoreSource", "Khối chấm", "en", "bloc"],
    ["crossScoreMethod", "trimmed mean", "vi", "bỏ cao nhất và thấp nhất"],
    ["missingScore", "tính 0", "en", "zero"],
    ["nextLeader", "dẫn đầu", "vi", "hạng cao nhất"],
    ["lang", "English", "vi", "en"],
    ["classificationThresholds", "92.5/70/50", "vi", "92,5; 70; 50"],
    ["classificationThresholds", "92,5; 70; 50", "en", "92.5; 70; 50"],
    ["tieBreaks", "votes, group ii", "vi", "phiếu; nhóm II"],
    ["tieBreaks", "không", "en", "none"],
    ["blocName", "  Khối 3 ", "en", "Khối 3"],
    ["tieBreaks", "tỉ lệ nữ; phiếu", "en", "women's share; votes"],
    ["nextLeader", " Sở Tư pháp ", "en", "Sở Tư pháp"],
    ["groupFloors", "85/80/70,5", "vi", "85; 80; 70,5"],
    ["meetingDate", "5/1/2025", "en", "05/01/2025"],
    [
      "signers",
      "Trưởng khối:Nguyễn Văn A | Thư ký: Trần Thị B",
      "vi",
      "Trưởng khối: Nguyễn Văn A; Thư ký: Trần Thị B",
    ],
    ["place", " Quảng Trị ", "vi", "Quảng Trị"],
    ["documentNumber", "01/TTr-KTĐ", "vi", "01/TTr-KTĐ"],
  ] as const)("%s typed %j, written in %s → %j", (key, text, lang, value) => {
    expect(validateSettingInput(key, text, lang)).toEqual({ ok: true, value });
  });

  it.each([
    ["year", "hai nghìn"],
    ["year", "1800"],
    ["scale", "0"],
    ["decimals", "1,5"],
    ["decimals", "7"],
    ["reviewGap", "-1"],
    ["scoreSource", "trung bình"],
    ["lang", "fr"],
    ["classificationThresholds", "90; 70"],
    ["tieBreaks", "điểm trừ; tuổi"],
    ["meetingDate", "30/02/2025"],
    ["signers", "Nguyễn Văn A"],
  ] as const)("%s typed %j is not a value", (key, text) => {
    expect(validateSettingInput(key, text, "vi")).toEqual({ ok: false, code: "settings-value-invalid" });
  });

  it("clears the cell for blank text, so that the default applies", () => {
    expect(validateSettingInput("year", "  ", "vi")).toEqual({ ok: true, value: "" });
  });

  it("wants group floors descending within 0–100, whatever the scale", () => {
    expect(validateSettingInput("groupFloors", "70; 80; 85", "vi")).toEqual({
      ok: false,
      code: "settings-floors-order",
    });
    expect(validateSettingInput("groupFloors", "101; 80; 70", "vi", 1000)).toEqual({
      ok: false,
      code: "settings-floors-order",
    });
  });

  it("wants thresholds descending, and within the scale when it is given", () => {
    expect(validateSettingInput("classificationThresholds", "50; 70; 90", "vi")).toEqual({
      ok: false,
      code: "settings-thresholds-order",
    });
    expect(validateSettingInput("classificationThresholds", "180; 150; 100", "vi").ok).toBe(true);
    expect(validateSettingInput("classificationThresholds", "180; 150; 100", "vi", 100)).toEqual({
      ok: false,
      code: "settings-thresholds-order",
    });
  });
});

describe("validateSettingChanges", () => {
  const options = { lang: "vi" as const, thresholdsOnSheet: false };

  it("gives the cells of valid changes, and an issue per invalid one", () => {
    const checked = validateSettingChanges(
      { year: "2025", decimals: "x", missingScore: "zero" },
      settingsWith(),
      options,
    );
    expect(checked.values).toEqual({ year: 2025, missingScore: "tính 0" });
    expect(Object.keys(checked.issues)).toEqual(["decimals"]);
    expect(checked.issues.decimals).toMatchObject({
      code: "settings-value-invalid",
      severity: "error",
      value: "x",
      details: { setting: "decimals", key: "Số chữ số thập phân" },
    });
  });

  it("checks changed thresholds against a changed scale", () => {
    const both = { scale: "200", classificationThresholds: "180; 150; 100" };
    expect(validateSettingChanges(both, settingsWith(), options).issues).toEqual({});
    const tooHigh = validateSettingChanges(
      { classificationThresholds: "180; 150; 100" },
      settingsWith(),
      options,
    );
    expect(tooHigh.issues.classificationThresholds).toMatchObject({
      code: "settings-thresholds-order",
      details: { scale: 100 },
    });
  });

  it("reports thresholds already on the sheet that a smaller scale would leave out of range", () => {
    const current = settingsWith({ classificationThresholds: [90, 70, 50] });
    const onSheet = validateSettingChanges({ scale: "60" }, current, { lang: "en", thresholdsOnSheet: true });
    expect(onSheet.values).toEqual({ scale: 60 });
    expect(onSheet.issues.classificationThresholds).toMatchObject({
      code: "settings-thresholds-order",
      value: "90; 70; 50",
      details: { scale: 60 },
    });
    // Thresholds left to their defaults follow the scale.
    expect(validateSettingChanges({ scale: "60" }, current, options).issues).toEqual({});
  });
});
