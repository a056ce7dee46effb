import { summary } from "../../src/cli/summary";
import { evaluateBloc } from "../../src/engine/evaluateBloc";
import type { CellValue } from "../../src/engine/workbook";
import { clusterBloc } from "../helpers/clusterBloc";

const ROLES: Record<string, string> = {
  "Ban Tổ chức Tỉnh ủy": "Cụm trưởng",
  "Ban Dân vận Tỉnh ủy": "Cụm phó",
};
const lines = (name: string, kind: CellValue | undefined, lang: "vi" | "en", roles = ROLES): string[] =>
  summary(evaluateBloc(clusterBloc({ name, kind, roles }), { year: 2024 }), lang).split("\n");

describe("the CLI summary of a cluster (DESIGN §2.3)", () => {
  it("names next year's cụm trưởng and cụm phó", () => {
    expect(lines("Cụm thi đua số 3", undefined, "vi")).toContain(
      "Cụm trưởng năm sau: Ban Tuyên giáo Tỉnh ủy; cụm phó: Ban Dân vận Tỉnh ủy",
    );
    expect(lines("Khối các cơ quan Đảng tỉnh", "cụm", "en")).toContain(
      "Next cluster leader: Ban Tuyên giáo Tỉnh ủy; deputy: Ban Dân vận Tỉnh ủy",
    );
  });

  it("keeps the bloc's words for Loại: khối", () => {
    expect(lines("Cụm thi đua số 3", "khối", "vi")).toContain(
      "Trưởng khối năm sau: Ban Tuyên giáo Tỉnh ủy; phó khối: Ban Dân vận Tỉnh ủy",
    );
  });

  it("heads an unnamed cluster Cụm thi đua, and words its issues for a cluster", () => {
    const printed = lines("", "cụm", "vi", {});
    expect(printed[0]).toMatch(/^Cụm thi đua — /);
    // No current leader: the warning about it is listed, in cụm words.
    const warning = printed.find((line) => line.includes("Đơn vị") && /cụm trưởng/.test(line));
    expect(warning).toBeDefined();
    expect(printed.filter((line) => /trưởng khối/i.test(line))).toEqual([]);
  });
});
