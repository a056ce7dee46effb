import { evaluateBloc } from "../../../src/engine/evaluateBloc";
import { layoutForms } from "../../../src/engine/forms/layoutForms";
import type { Lang } from "../../../src/engine/lang";
import type { CellValue } from "../../../src/engine/workbook";
import { clusterBloc } from "../../helpers/clusterBloc";

const firstForm = (name: string, kind: CellValue | undefined, lang: Lang) => {
  const result = evaluateBloc(clusterBloc({ name, kind, roles: {} }), { year: 2024 });
  return layoutForms(result, { lang, existing: [] })[0]!;
};
const texts = (values: unknown[][]): string[] =>
  values.flat().filter((v): v is string => typeof v === "string");

describe("a cluster's self-assessment forms (DESIGN §2.3)", () => {
  it("name the cluster and its secretary in cụm words", () => {
    const form = firstForm("Cụm thi đua số 3", undefined, "vi");
    expect(form.values[1]?.[0]).toBe("Cụm thi đua: Cụm thi đua số 3");
    expect(texts(form.values).some((t) => t.endsWith("thư ký của cụm thi đua."))).toBe(true);
    expect(texts(form.values).filter((t) => /khối thi đua/i.test(t))).toEqual([]);
  });

  it("in English too, and keep the bloc's words for Loại: khối", () => {
    const en = firstForm("Cụm thi đua số 3", undefined, "en");
    expect(en.values[1]?.[0]).toBe("Emulation cluster: Cụm thi đua số 3");
    expect(texts(en.values).some((t) => t.endsWith("to the cluster's secretary."))).toBe(true);
    const bloc = firstForm("Cụm thi đua số 3", "khối", "vi");
    expect(bloc.values[1]?.[0]).toBe("Khối thi đua: Cụm thi đua số 3");
  });
});
