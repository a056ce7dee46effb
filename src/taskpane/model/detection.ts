import { type BlocResult, isLeaf, type ScoreLayout } from "../../engine";

/** What the pane reports having found in the workbook, before anything is ranked. */
export interface Detection {
  criteria: { sheet: string; count: number; scale: number } | null;
  roster: { sheet: string; count: number } | null;
  /** Units with scores somewhere, or on the roster when no scores are found yet. */
  unitCount: number;
  /** Each way scores are entered, once, in the order first met. */
  layouts: ScoreLayout[];
  settingsSheet: string | null;
  /** No criteria table and no units: the pane offers to insert a sample bloc. */
  empty: boolean;
}

export function detection(result: BlocResult): Detection {
  const { criteria, roster } = result;
  const layouts: ScoreLayout[] = [];
  for (const unit of result.units)
    for (const source of unit.sources) if (!layouts.includes(source.layout)) layouts.push(source.layout);
  const scored = result.units.filter((unit) => unit.sources.length > 0).length;
  const unitCount = Math.max(scored, roster?.units.length ?? 0);
  return {
    criteria: criteria
      ? { sheet: criteria.sheet, count: criteria.all.filter(isLeaf).length, scale: result.settings.scale }
      : null,
    roster: roster ? { sheet: roster.sheet, count: roster.units.length } : null,
    unitCount,
    layouts,
    settingsSheet: result.settingsSheet,
    empty: criteria === null && unitCount === 0,
  };
}
