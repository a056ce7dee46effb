import type { BALLOT_ISSUES } from "../../engine/awards/ballotIssueCodes";
import { d, v, type Messages, type StageMessages } from "./format";

type BallotCode = keyof typeof BALLOT_ISSUES;

const vi: Messages<BallotCode> = {
  "ballot-result-invalid": (i) =>
    `Kết quả bỏ phiếu của ${i.unit || "đơn vị"} (${d(i, "award")}) là "${v(i)}", không phải số phiếu hay tỷ lệ phiếu; kết quả này không được tính. Hãy nhập một số (ví dụ 7, hoặc 85%).`,
  "ballot-result-award-unknown": (i) =>
    `Kết quả bỏ phiếu ghi hình thức "${d(i, "award")}" nhưng bảng quy định khen thưởng không có hình thức này; kết quả không được tính. Hãy ghi đúng tên hình thức như trong trang Cấu hình.`,
  "ballot-result-not-tied": (i) =>
    `${i.unit || "Đơn vị"} có kết quả bỏ phiếu cho ${d(i, "award")} nhưng không thuộc các đơn vị bằng điểm cần bỏ phiếu${d(i, "units") ? ` (${d(i, "units")})` : ""}; kết quả này không được tính.`,
  "ballot-result-duplicate": (i) =>
    `Kết quả bỏ phiếu của ${i.unit || "đơn vị"} cho ${d(i, "award")} được nhập hai lần; chỉ tính lần nhập đầu. Hãy xóa dòng thừa.`,
  "ballot-result-incomplete": (i) =>
    `${d(i, "award")}: chưa có kết quả bỏ phiếu của ${d(i, "missing")}; vẫn cần bỏ phiếu để chọn ${d(i, "seats")} đơn vị. Hãy nhập đủ kết quả cho mọi đơn vị bằng điểm.`,
  "ballot-result-tied": (i) =>
    `${d(i, "award")}: kết quả bỏ phiếu (${d(i, "votes")}) vẫn bằng nhau ở ranh giới ${d(i, "seats")} suất; cần bỏ phiếu lại giữa các đơn vị bằng phiếu.`,
  "award-ballot-settled": (i) =>
    `${d(i, "award")}: theo kết quả bỏ phiếu (${d(i, "votes")}), đề nghị ${d(i, "elected")}.`,
};

const en: Messages<BallotCode> = {
  "ballot-result-invalid": (i) =>
    `The ballot result of ${i.unit || "a unit"} (${d(i, "award")}) is "${v(i)}", not a number of votes or a vote share; it is not counted. Enter a number (such as 7, or 85%).`,
  "ballot-result-award-unknown": (i) =>
    `A ballot result names the award "${d(i, "award")}", which the award rules do not have; it is not counted. Write the award's name as on the Settings sheet.`,
  "ballot-result-not-tied": (i) =>
    `${i.unit || "A unit"} has a ballot result for ${d(i, "award")} but is not one of the tied units to vote on${d(i, "units") ? ` (${d(i, "units")})` : ""}; it is not counted.`,
  "ballot-result-duplicate": (i) =>
    `The ballot result of ${i.unit || "a unit"} for ${d(i, "award")} is entered twice; the first counts. Delete the other row.`,
  "ballot-result-incomplete": (i) =>
    `${d(i, "award")}: no ballot result yet for ${d(i, "missing")}; a ballot must still choose ${d(i, "seats")}. Enter a result for every tied unit.`,
  "ballot-result-tied": (i) =>
    `${d(i, "award")}: the ballot results (${d(i, "votes")}) are still tied across the quota of ${d(i, "seats")}; vote again between the units with equal votes.`,
  "award-ballot-settled": (i) =>
    `${d(i, "award")}: by the ballot results (${d(i, "votes")}), ${d(i, "elected")} proposed.`,
};

export const ballotMessages: StageMessages<BallotCode> = { vi, en };
