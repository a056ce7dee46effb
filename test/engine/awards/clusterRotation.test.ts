import { evaluateBloc } from "../../../src/engine/evaluateBloc";
import { readRole } from "../../../src/engine/scores/rosterCells";
import { clusterBloc } from "../../helpers/clusterBloc";

describe("a cluster's roster roles (DESIGN §2.3)", () => {
  it.each([
    "Cụm trưởng",
    "CỤM TRƯỞNG",
    "cum truong",
    "Trưởng cụm",
    "Cụm trưởng (2025)",
    "Trưởng khối (2024)",
    "Cluster leader",
  ])("%p is the leader", (text) => {
    expect(readRole(text)).toBe("leader");
  });

  it.each(["Cụm phó", "Phó cụm", "Phó cụm trưởng", "Cụm phó (2025)", "CỤM PHÓ", "Cluster deputy"])(
    "%p is the deputy",
    (text) => {
      expect(readRole(text)).toBe("deputy");
    },
  );

  // The roster's order: Văn phòng, Ban Tổ chức, Ban Tuyên giáo, Ban Dân vận, Ban Nội chính, Ủy ban Kiểm tra,
  // Đảng ủy Khối, Báo Quảng Trị, Trường Chính trị. Ranked by total, Ban Tổ chức and Văn phòng come first,
  // which is what a roster without a readable leader would propose instead.
  it.each([
    [
      { "Ban Tổ chức Tỉnh ủy": "Cụm trưởng", "Ban Dân vận Tỉnh ủy": "Cụm phó" },
      "Ban Tuyên giáo Tỉnh ủy",
      "Ban Dân vận Tỉnh ủy",
    ],
    [
      { "Báo Quảng Trị": "Cụm trưởng (2025)", "Trường Chính trị Lê Duẩn": "Phó cụm" },
      "Trường Chính trị Lê Duẩn",
      "Văn phòng Tỉnh ủy",
    ],
    [
      { "Ủy ban Kiểm tra Tỉnh ủy": "Trưởng cụm" },
      "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh",
      "Báo Quảng Trị",
    ],
  ])("rotates from the roster's cụm trưởng %p: next %s, deputy %s", (roles, leader, deputy) => {
    const result = evaluateBloc(clusterBloc({ name: "Cụm thi đua số 3", roles }), { year: 2024 });
    const roster = result.issues.filter((i) => i.code.startsWith("roster-") || i.code.startsWith("award-"));
    expect(roster).toEqual([]);
    expect(result.settings.kind).toBe("cluster");
    expect(result.next).toEqual({ leader, deputy, by: "rotation" });
  });

  it("falls back to rank with award-no-current-leader when the roster names no cụm trưởng", () => {
    const result = evaluateBloc(clusterBloc({ name: "Cụm thi đua số 3", roles: {} }), { year: 2024 });
    expect(result.issues.filter((i) => i.code === "award-no-current-leader")).toHaveLength(1);
    expect(result.next).toEqual({ leader: "Ban Tổ chức Tỉnh ủy", deputy: "Văn phòng Tỉnh ủy", by: "top" });
  });
});
