import { formFileName } from "../../../src/engine/forms/formFileName";

describe("formFileName", () => {
  it("folds Vietnamese to ASCII, đ to d, and ends in .xlsx", () => {
    expect(formFileName("Ban Tổ chức Tỉnh ủy", "vi", new Set())).toBe(
      "Phieu tu cham - Ban To chuc Tinh uy.xlsx",
    );
    expect(formFileName("Hội Đông y tỉnh", "en", new Set())).toBe(
      "Self-assessment form - Hoi Dong y tinh.xlsx",
    );
  });

  it("removes characters Windows refuses, control characters and trailing dots", () => {
    const name = formFileName('Hội "Nạn nhân" da cam/dioxin: tỉnh*?<>|\\\t\u0007...', "vi", new Set());
    expect(name).toMatch(/^[\x20-\x7e]+\.xlsx$/);
    expect(name).not.toMatch(/[\\/:*?"<>|]/);
    expect(name).toBe("Phieu tu cham - Hoi -Nan nhan- da cam-dioxin- tinh------.xlsx");
  });

  it("never makes a Windows reserved name, even from an empty unit", () => {
    expect(formFileName("", "vi", new Set())).toBe("Phieu tu cham.xlsx");
    const reserved = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
    for (const unit of ["CON", "nul", "COM1", "lpt9"])
      expect(formFileName(unit, "en", new Set())).not.toMatch(reserved);
  });

  it("keeps to 100 characters", () => {
    const long = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh ".repeat(5);
    const taken = new Set<string>();
    const first = formFileName(long, "vi", taken);
    const second = formFileName(long, "vi", taken);
    expect(first.length).toBeLessThanOrEqual(100);
    expect(second.length).toBeLessThanOrEqual(100);
    expect(second).toMatch(/ \(2\)\.xlsx$/);
  });

  it("is unique in taken, ignoring case, and adds what it returns", () => {
    const taken = new Set(["phieu tu cham - hoi nguoi mu tinh.xlsx"]);
    expect(formFileName("Hội Người mù tỉnh", "vi", taken)).toBe("Phieu tu cham - Hoi Nguoi mu tinh (2).xlsx");
    expect(formFileName("HỘI NGƯỜI MÙ TỈNH", "vi", taken)).toBe("Phieu tu cham - HOI NGUOI MU TINH (3).xlsx");
    expect(taken.size).toBe(3);
  });
});
