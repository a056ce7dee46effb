import { evaluateBloc } from "../../../src/engine/evaluateBloc";
import { isLeaf, type Criterion } from "../../../src/engine/criteria/criterion";
import { readCriteria } from "../../../src/engine/criteria/readCriteria";
import type { Issue } from "../../../src/engine/issues";
import { readRoster } from "../../../src/engine/scores/readRoster";
import { readScores } from "../../../src/engine/scores/readScores";
import { layoutUnitForm } from "../../../src/engine/forms/layoutUnitForm";
import type { Lang } from "../../../src/engine/lang";
import { SAMPLES } from "../../../src/samples";
import { fillOf, layoutSheet } from "../../helpers/layoutSheet";

const codeAt = (i: Issue) => `${i.code} ${i.sheet}!${i.cell}`;

const shape = (c: Criterion) => ({
  key: c.key,
  code: c.code,
  name: c.name,
  max: c.max,
  kind: c.kind,
  weight: c.weight,
  level: c.level,
  evidenceRequired: c.evidenceRequired,
});

describe.each(["vi", "en"] as Lang[])("layoutUnitForm read back (%s)", (lang) => {
  it.each(SAMPLES.map((s) => [s.id, s] as const))(
    "gives every unit of %s its own criteria and scores, with no issue but its numbers typed as text",
    (_, sample) => {
      const master = evaluateBloc(sample.build(2024), { year: 2024 });
      const criteria = master.criteria!;
      expect(master.units.length).toBeGreaterThan(0);
      for (const unit of master.units) {
        const input = { criteria, unit: unit.name, blocName: master.settings.blocName, year: 2024 };
        const form = layoutUnitForm({ ...input, fill: fillOf(unit) }, lang, "Phiếu");
        const workbook = { sheets: [layoutSheet(form)] };
        const read = readCriteria(workbook, { scale: master.settings.scale });
        const { roster, issues: rosterIssues } = readRoster(workbook);
        const scores = readScores(workbook, read.table!, roster);
        // A score typed as text ("9,5") is copied as typed, so it is noted again on the form.
        const asText = [...unit.self.values()].filter(
          (r) => typeof r.raw === "string" && r.raw.trim() !== "",
        );
        const notes = (issues: Issue[]) => issues.filter((i) => i.code === "number-as-text");
        const others = (issues: Issue[]) => issues.filter((i) => i.code !== "number-as-text").map(codeAt);
        const found = [...read.issues, ...rosterIssues, ...scores.issues];
        expect(others(found)).toEqual([]);
        expect(notes(found).map((i) => i.value)).toEqual(asText.map((r) => r.raw));
        const back = evaluateBloc(workbook, { year: 2024 });
        // A lone form has no roster, so no current leader to rotate from: a bloc-level note, not the form's.
        const formIssues = back.issues.filter((i) => i.code !== "award-no-current-leader");
        expect(others(formIssues)).toEqual([]);
        expect(notes(formIssues)).toHaveLength(asText.length);
        expect(back.ranking.map((r) => r.result.unit)).toEqual([unit.name]);
        expect(back.criteria!.all.map(shape)).toEqual(criteria.all.map(shape));
        expect(back.criteria!.weighted).toBe(criteria.weighted);
        expect(back.units.map((u) => u.name)).toEqual([unit.name]);
        const backUnit = back.units[0]!;
        expect(backUnit.sources).toEqual([{ sheet: "Phiếu", layout: "perUnit" }]);
        const values = (m: Map<string, { raw: unknown }>) => [...m].map(([k, r]) => [k, r.raw]);
        expect(values(backUnit.self)).toEqual(values(unit.self));
        // Evidence is typed per leaf on a form; a parent row has no evidence cell to fill.
        const leaves = new Set(criteria.all.filter(isLeaf).map((c) => c.key));
        const texts = (m: Map<string, { text: string }>) =>
          [...m].filter(([k]) => leaves.has(k)).map(([k, r]) => [k, r.text]);
        expect(texts(backUnit.evidence)).toEqual(texts(unit.evidence));
        expect(texts(backUnit.explanation)).toEqual(texts(unit.explanation));
        expect(backUnit.bloc.size + backUnit.final.size).toBe(0);
      }
    },
  );
});
