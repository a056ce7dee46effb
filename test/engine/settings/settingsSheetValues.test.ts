import type { Lang } from "../../../src/engine/lang";
import { readSettings } from "../../../src/engine/settings/readSettings";
import { defaultSettings, type AwardRule, type Settings } from "../../../src/engine/settings/settings";
import { SETTING_KEYS } from "../../../src/engine/settings/settingKeys";
import { SETTINGS_SHEET_NAME, settingsSheetValues } from "../../../src/engine/settings/settingsSheetValues";
import { sheet, workbook } from "../../helpers/grid";

const changed: Settings = {
  blocName: "Khối thi đua các cơ quan Trung ương",
  year: 2023,
  scale: 1000,
  scoreSource: "bloc",
  crossScoreMethod: "trimmed",
  decimals: 3,
  missingScore: "zero",
  reviewGap: 7.5,
  classificationThresholds: [925.5, 700.25, 500],
  tieBreaks: [{ kind: "group", group: "II" }, { kind: "votes" }, { kind: "bonus" }, { kind: "penalty" }],
  nextLeader: "top",
  lang: "en",
  // Against a name that says khối, so the sheet must say cụm.
  kind: "cluster",
  groupFloors: [85, 80.5, 70],
  place: "Quảng Trị",
  meetingDate: { day: 5, month: 1, year: 2025 },
  signers: [
    { title: "Trưởng khối", name: "Nguyễn Văn A" },
    { title: "Thư ký", name: "Trần Thị B" },
  ],
  documentNumber: "01/TTr-KTĐ",
  recipients: ["Như trên", "Sở Nội vụ (Ban Thi đua - Khen thưởng)", "Lưu: VT"],
  addressee: "Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị",
  legalBasis: ["Luật Thi đua, khen thưởng số 06/2022/QH15", "Quy chế hoạt động của Cụm"],
  awardRules: [
    {
      award: "Cờ thi đua của Chính phủ",
      count: 1,
      maxSharePercent: 20,
      minScore: 950.5,
      minClassification: "excellent",
      minVoteSharePercent: 90,
    },
    {
      award: "Bằng khen của Thủ tướng",
      count: null,
      maxSharePercent: 12.5,
      minScore: null,
      minClassification: "good",
      minVoteSharePercent: null,
    },
    {
      award: "Giấy khen",
      count: 5,
      maxSharePercent: null,
      minScore: null,
      minClassification: null,
      minVoteSharePercent: 50,
    },
  ],
};

const withoutPlace = (settings: Settings): Settings => ({
  ...settings,
  nextLeader:
    typeof settings.nextLeader === "string" ? settings.nextLeader : { unit: settings.nextLeader.unit },
  awardRules: settings.awardRules.map(({ sheet: _s, row: _r, ...rule }): AwardRule => rule),
});

function roundTrip(settings: Settings, lang: Lang) {
  const values = settingsSheetValues(settings, lang);
  // A different year in the options, so that the year must come from the sheet.
  const result = readSettings(workbook(sheet(SETTINGS_SHEET_NAME[lang], values)), { year: 1999 });
  return { values, result };
}

describe("settingsSheetValues", () => {
  it.each([
    ["vi", "defaults"],
    ["en", "defaults"],
    ["vi", "changed"],
    ["en", "changed"],
  ] as const)("round-trips the %s sheet of the %s settings through readSettings", (lang, which) => {
    const settings = which === "defaults" ? defaultSettings(2024) : changed;
    const { result } = roundTrip(settings, lang);
    expect(result.issues).toEqual([]);
    expect(result.sheet).toBe(lang === "vi" ? "Cấu hình" : "Settings");
    expect(withoutPlace(result.settings)).toEqual(settings);
  });

  const variants: Partial<Settings>[] = [
    { scoreSource: "self", crossScoreMethod: "median", nextLeader: "rotation", lang: "vi" },
    { scoreSource: "blocIfPresent", crossScoreMethod: "mean", missingScore: "error" },
    { tieBreaks: [] },
    { tieBreaks: [{ kind: "group", group: "A" }] },
    { tieBreaks: [{ kind: "women" }, { kind: "votes" }], nextLeader: { unit: "Sở Tư pháp" } },
    { groupFloors: null, place: "", meetingDate: null, signers: [], documentNumber: "" },
    { awardRules: [] },
    { blocName: "", decimals: 0, reviewGap: 0, classificationThresholds: [1000, 999.999, 0] },
    { blocName: "Cụm thi đua số 3", kind: "cluster" },
    { blocName: "CỤM THI ĐUA SỐ 3", kind: "bloc" },
    { blocName: "Khối A", kind: "bloc" },
  ];
  it.each(variants.flatMap((variant) => (["vi", "en"] as const).map((lang) => [lang, variant] as const)))(
    "round-trips the %s sheet of %p",
    (lang, variant) => {
      const settings = { ...changed, ...variant };
      const { result } = roundTrip(settings, lang);
      const expectedIssues = settings.awardRules.length === 0 ? ["settings-rules-empty"] : [];
      expect(result.issues.map((i) => i.code)).toEqual(expectedIssues);
      expect(withoutPlace(result.settings)).toEqual(settings);
    },
  );

  it("writes a rectangle: header, one row per key, a blank row, the rules header and rules", () => {
    const values = settingsSheetValues(changed, "vi");
    const keys = SETTING_KEYS.length;
    expect(new Set(values.map((row) => row.length))).toEqual(new Set([6]));
    expect(values).toHaveLength(1 + keys + 1 + 1 + 3);
    expect(values[0]?.slice(0, 3)).toEqual(["Tham số", "Giá trị", "Ghi chú"]);
    expect(values[keys + 1]?.every((cell) => cell === "")).toBe(true);
    expect(values[keys + 2]?.[0]).toBe("Hình thức");
    expect(values.slice(1, keys + 1).every((row) => typeof row[2] === "string" && row[2].length > 10)).toBe(
      true,
    );
    expect(values[keys + 3]).toEqual([
      "Cờ thi đua của Chính phủ",
      1,
      20,
      950.5,
      "Hoàn thành xuất sắc nhiệm vụ",
      90,
    ]);
    expect(values[keys + 4]).toEqual([
      "Bằng khen của Thủ tướng",
      "",
      12.5,
      "",
      "Hoàn thành tốt nhiệm vụ",
      "",
    ]);
  });

  it("writes values in the language's words, decimals with a comma in Vietnamese", () => {
    const vi = new Map(settingsSheetValues(changed, "vi").map((row) => [row[0], row[1]]));
    const en = new Map(settingsSheetValues(changed, "en").map((row) => [row[0], row[1]]));
    expect(vi.get("Xếp loại")).toBe("925,5; 700,25; 500");
    expect(en.get("Classification")).toBe("925.5; 700.25; 500");
    expect(vi.get("Tiêu chí phụ")).toBe("nhóm II; phiếu; điểm thưởng; điểm trừ");
    expect(en.get("Tie-breaks")).toBe("group II; votes; bonus; deductions");
    expect(vi.get("Tổng hợp chấm chéo")).toBe("bỏ cao nhất và thấp nhất");
    expect(en.get("Cross-score method")).toBe("trimmed");
    expect(vi.get("Năm")).toBe(2023);
    expect(en.get("Review gap")).toBe(7.5);
    const defaults = new Map(settingsSheetValues(defaultSettings(2024), "vi").map((row) => [row[0], row[1]]));
    expect(defaults.get("Nguồn điểm")).toBe("khối chấm nếu có");
    expect(defaults.get("Tiêu chí phụ")).toBe("nhóm I; điểm trừ; điểm thưởng; phiếu");
    // The document keys are listed, with notes, even when blank; their blank values raise no issue.
    expect(vi.get("Ngưỡng từng nhóm")).toBe("85; 80,5; 70");
    expect(vi.get("Địa danh")).toBe("Quảng Trị");
    expect(vi.get("Ngày họp")).toBe("05/01/2025");
    expect(en.get("Signers")).toBe("Trưởng khối: Nguyễn Văn A; Thư ký: Trần Thị B");
    expect(en.get("Document number")).toBe("01/TTr-KTĐ");
    for (const key of ["Ngưỡng từng nhóm", "Địa danh", "Ngày họp", "Người ký", "Số văn bản"])
      expect(defaults.get(key)).toBe("");
    const designated = { ...changed, nextLeader: { unit: "Sở Tư pháp" } };
    expect(
      new Map(settingsSheetValues(designated, "vi").map((r) => [r[0], r[1]])).get("Trưởng khối năm sau"),
    ).toBe("Sở Tư pháp");
  });

  it("leaves Loại blank when the name already says it, so that a renamed bloc decides again", () => {
    const kindCell = (settings: Settings, lang: Lang) =>
      new Map(settingsSheetValues(settings, lang).map((row) => [row[0], row[1]])).get(
        lang === "vi" ? "Loại" : "Kind",
      );
    expect(kindCell(defaultSettings(2024), "vi")).toBe("");
    expect(kindCell({ ...changed, blocName: "Cụm thi đua các xã phía Bắc" }, "vi")).toBe("");
    expect(kindCell(changed, "vi")).toBe("cụm");
    expect(kindCell(changed, "en")).toBe("cluster");
    expect(kindCell({ ...changed, blocName: "Cụm thi đua số 3", kind: "bloc" }, "vi")).toBe("khối");
  });
});
