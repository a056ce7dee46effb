import { isLeaf, type CriteriaTable, type Criterion } from "../criteria/criterion";
import { normalizeLabel } from "../read/normalizeLabel";
import { round6 } from "../scores/readScoreCell";

/** How a returned form's criteria line up with the master's (leaves only: they carry the scores). */
export interface CriteriaMatch {
  /** Form leaf key → master leaf key, for every form leaf that has a master counterpart. */
  toMaster: Map<string, string>;
  /** Same text under another key: imported into the master's key. */
  renumbered: { form: Criterion; master: Criterion }[];
  /** Form leaves with no counterpart: their scores cannot be imported. */
  added: Criterion[];
  /** Master leaves the form lacks. */
  removed: Criterion[];
  /** Matched leaves whose maxima differ: the master's maximum stays. */
  maxChanged: { form: Criterion; master: Criterion }[];
}

const nameOf = (criterion: Criterion): string => normalizeLabel(criterion.name);

/**
 * Matches a form's leaf criteria to the master's: the same key with the same text (compared like headers)
 * is the same criterion; the same text under another key is renumbered; anything else in the form is added
 * and a master leaf nobody matched is removed.
 */
export function matchCriteria(form: CriteriaTable, master: CriteriaTable): CriteriaMatch {
  const masterLeaves = master.all.filter(isLeaf);
  const formLeaves = form.all.filter(isLeaf);
  const byKey = new Map(masterLeaves.map((leaf) => [leaf.key, leaf]));
  const claimed = new Set<string>();
  const toMaster = new Map<string, string>();
  const pairs: { form: Criterion; master: Criterion }[] = [];
  const unmatched: Criterion[] = [];
  for (const leaf of formLeaves) {
    const same = byKey.get(leaf.key);
    if (same && nameOf(same) === nameOf(leaf)) {
      claimed.add(same.key);
      pairs.push({ form: leaf, master: same });
    } else unmatched.push(leaf);
  }
  // Text is compared only after every exact match is claimed, so a renumbering never steals a criterion.
  const renumbered: CriteriaMatch["renumbered"] = [];
  const added: Criterion[] = [];
  for (const leaf of unmatched) {
    const other = masterLeaves.find((m) => !claimed.has(m.key) && nameOf(m) === nameOf(leaf));
    if (!other) {
      added.push(leaf);
      continue;
    }
    claimed.add(other.key);
    pairs.push({ form: leaf, master: other });
    renumbered.push({ form: leaf, master: other });
  }
  const maxChanged: CriteriaMatch["maxChanged"] = [];
  for (const pair of pairs) {
    toMaster.set(pair.form.key, pair.master.key);
    const [a, b] = [pair.form.max, pair.master.max];
    if (a !== null && b !== null && round6(a) !== round6(b)) maxChanged.push(pair);
  }
  const removed = masterLeaves.filter((leaf) => !claimed.has(leaf.key));
  return { toMaster, renumbered, added, removed, maxChanged };
}
