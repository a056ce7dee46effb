import { normalizeLabel } from "../read/normalizeLabel";
import type { Roster, RosterUnit } from "./unitScores";

/** A unit name as found in the scores, resolved against the roster. */
export interface ResolvedUnit {
  /** Identity for merging: the folded roster name, or the folded name as found. */
  id: string;
  /** The roster's spelling when on the roster, else the name as found. */
  name: string;
  rosterUnit: RosterUnit | null;
}

/** Resolves unit names the way headers match: by the roster's full or short name, ignoring case and diacritics. */
export class UnitNames {
  private readonly byLabel = new Map<string, RosterUnit>();

  constructor(readonly roster: Roster | null) {
    for (const unit of roster?.units ?? []) {
      for (const label of [unit.shortName, unit.name]) {
        const folded = normalizeLabel(label);
        if (folded && !this.byLabel.has(folded)) this.byLabel.set(folded, unit);
      }
    }
    // A full name wins over another unit's short name.
    for (const unit of roster?.units ?? []) this.byLabel.set(normalizeLabel(unit.name), unit);
  }

  /** The roster unit a name refers to, or null. */
  find(name: string): RosterUnit | null {
    return this.byLabel.get(normalizeLabel(name)) ?? null;
  }

  resolve(name: string): ResolvedUnit {
    const rosterUnit = this.find(name);
    const spelled = rosterUnit?.name ?? name.trim();
    return { id: normalizeLabel(spelled), name: spelled, rosterUnit };
  }
}
