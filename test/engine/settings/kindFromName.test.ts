import { kindFromName } from "../../../src/engine/settings/kindFromName";

describe("kindFromName", () => {
  it.each([
    "CỤM THI ĐUA SỐ 3",
    "Cụm thi đua các xã phía Bắc",
    "cụm thi đua số 1",
    "Cum thi dua so 2",
    "  Cụm  các huyện miền núi",
    "Cụm",
  ])("%p is a cluster", (name) => {
    expect(kindFromName(name)).toBe("cluster");
  });

  it.each([
    "",
    "Khối các cơ quan Đảng tỉnh",
    "KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ",
    // Cụm only counts as the first word.
    "Khối thi đua Cụm A",
    "Cumulative bloc",
  ])("%p is a bloc", (name) => {
    expect(kindFromName(name)).toBe("bloc");
  });
});
