import { ownershipName, planReplacement, sheetOwnership } from "../../../src/engine";

const mark = (kind: Parameters<typeof ownershipName>[0], sheet: string) => ({
  name: ownershipName(kind),
  references: [`'${sheet}'!$A$1`],
});

// A workbook after one run: the user's sheets, our outputs, and a settings sheet and a form of hers.
const ownership = sheetOwnership(
  ["Bảng tiêu chí", "Xếp hạng", "Chi tiết điểm", "Cấu hình", "Phiếu bầu", "Phiếu - VP"],
  [
    mark("details", "Chi tiết điểm"),
    mark("ranking", "Xếp hạng"),
    mark("ballot", "Phiếu bầu"),
    mark("dataCheck", "Đã xoá"),
  ],
);

describe("planReplacement", () => {
  it("removes our outputs of the kinds written with their marks, and keeps the others in the marks' order", () => {
    const plan = planReplacement(ownership, [
      { name: "Xếp hạng", kind: "ranking" },
      { name: "Kiểm tra dữ liệu", kind: "dataCheck" },
    ]);
    expect(plan).toEqual({
      remove: ["Xếp hạng"],
      marksToDrop: [ownershipName("ranking"), ownershipName("dataCheck")],
      keep: [
        { sheet: "Chi tiết điểm", kind: "details" },
        { sheet: "Phiếu bầu", kind: "ballot" },
      ],
      clash: null,
      guarded: null,
    });
  });

  it("guards a sheet to remove that is protected, and only such a sheet (names compared as Excel does)", () => {
    const layouts = [{ name: "Xếp hạng", kind: "ranking" as const }];
    const guarded = (protectedSheets: string[]) =>
      planReplacement({ ...ownership, protectedSheets }, layouts).guarded;
    expect(guarded(["XẾP HẠNG"])).toBe("Xếp hạng");
    // Protected sheets that stay (the user's, an output of a kind not written) do not matter.
    expect(guarded(["Bảng tiêu chí", "Chi tiết điểm"])).toBeNull();
    expect(guarded([])).toBeNull();
  });

  it("never removes a settings sheet or a form, which are the user's once written", () => {
    const plan = planReplacement(ownership, [
      { name: "Cấu hình (2)", kind: "settings" },
      { name: "Phiếu - TC", kind: "form" },
    ]);
    expect(plan.remove).toEqual([]);
    expect(plan.marksToDrop).toEqual([]);
    expect(plan.keep.map((owned) => owned.sheet)).toEqual(["Chi tiết điểm", "Xếp hạng", "Phiếu bầu"]);
  });

  it("finds a name taken by a sheet that stays, case ignored, but not one it replaces", () => {
    expect(planReplacement(ownership, [{ name: "XẾP HẠNG", kind: "ranking" }]).clash).toBeNull();
    expect(planReplacement(ownership, [{ name: "bảng tiêu chí", kind: "ranking" }]).clash).toBe(
      "bảng tiêu chí",
    );
    // A details sheet stays when only the ranking is written: its name is taken.
    expect(planReplacement(ownership, [{ name: "Chi tiết điểm", kind: "ranking" }]).clash).toBe(
      "Chi tiết điểm",
    );
    expect(planReplacement(ownership, [{ name: "Phiếu - vp", kind: "form" }]).clash).toBe("Phiếu - vp");
  });

  it("finds two layouts of one name", () => {
    const plan = planReplacement({ existing: [], marks: [] }, [
      { name: "Ra", kind: "ranking" },
      { name: "RA", kind: "details" },
    ]);
    expect(plan.clash).toBe("RA");
  });
});
