import { matchRole } from "../../../src/engine/read/headerRoles";
import { normalizeLabel } from "../../../src/engine/read/normalizeLabel";
import { readNumber } from "../../../src/engine/read/readNumber";

describe("normalizeLabel", () => {
  it("folds case, diacritics, đ, punctuation and spaces", () => {
    expect(normalizeLabel("  Điểm   TỰ chấm: ")).toBe("diem tu cham");
    expect(normalizeLabel("ĐIỂM TỰ CHẤM")).toBe(normalizeLabel("diem tu cham"));
    // Decomposed input (as some Mac keyboards type it) folds the same way.
    expect(normalizeLabel("Điểm tự chấm".normalize("NFD"))).toBe("diem tu cham");
  });
});

describe("matchRole", () => {
  it.each([
    ["STT", "code"],
    ["Số TT", "code"],
    ["Mã tiêu chí", "code"],
    ["No.", "code"],
    ["Nội dung tiêu chí", "criterion"],
    ["Criterion", "criterion"],
    ["Thang điểm", "max"],
    ["Điểm", "max"],
    ["Max points", "max"],
    ["Hệ số", "weight"],
    ["Loại điểm", "kind"],
    ["Yêu cầu minh chứng", "evidenceRequired"],
    ["ĐTC", "self"],
    ["Self score", "self"],
    ["Điểm thẩm định", "bloc"],
    ["Review", "bloc"],
    ["Điểm cụm chấm", "bloc"],
    ["Số lần", "count"],
    ["Số lần vi phạm", "count"],
    ["Tài liệu kiểm chứng", "evidence"],
    ["Giải trình", "explanation"],
    ["Điểm chốt", "final"],
    ["Ghi chú", "notes"],
  ])("%s is %s", (label, role) => {
    expect(matchRole(label)?.role).toBe(role);
  });

  it("numbers cross-scoring columns and rejects other text", () => {
    expect(matchRole("Khối chấm 2")).toEqual({ role: "bloc", scorer: 2 });
    expect(matchRole("TĐ1")).toEqual({ role: "bloc", scorer: 1 });
    expect(matchRole("Review 3")).toEqual({ role: "bloc", scorer: 3 });
    expect(matchRole("Cụm chấm 2")).toEqual({ role: "bloc", scorer: 2 });
    expect(matchRole("Ban Tổ chức Tỉnh ủy")).toBeNull();
    expect(matchRole("Điểm 2024")).toBeNull();
  });
});

describe("readNumber", () => {
  it.each([
    [7.5, { kind: "number", value: 7.5, fromText: false }],
    ["7,5", { kind: "number", value: 7.5, fromText: true }],
    [" 7.5 ", { kind: "number", value: 7.5, fromText: true }],
    ["-2", { kind: "number", value: -2, fromText: true }],
    ["10 điểm", { kind: "number", value: 10, fromText: true }],
    ["10đ", { kind: "number", value: 10, fromText: true }],
    ["", { kind: "empty" }],
    ["   ", { kind: "empty" }],
    ["abc", { kind: "invalid", text: "abc" }],
    ["#N/A", { kind: "invalid", text: "#N/A" }],
    ["1.000,5", { kind: "invalid", text: "1.000,5" }],
    [true, { kind: "invalid", text: "TRUE" }],
  ])("%p", (value, read) => {
    expect(readNumber(value)).toEqual(read);
  });
});
