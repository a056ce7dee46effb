import { a1, parseA1 } from "../address";

// `='Phiếu - BTC'!D12`, `=Data!$D$12`, `=D12`: a formula that only fetches one cell.
const SINGLE_REF = /^=\s*(?:(?:'((?:[^']|'')+)'|([^\s'!(),:;=+\-*/&^<>"]+))!)?(\$?[A-Za-z]{1,3}\$?\d+)\s*$/u;

/**
 * The cell a formula merely copies (`='Phiếu - BTC'!D12` → sheet `Phiếu - BTC`, cell `D12`; `=D12` → `D12` on
 * `ownSheet`), or null for any other formula (a sum, a lookup) or one whose text the host did not give.
 */
export function formulaSource(formula: string, ownSheet: string): { sheet: string; cell: string } | null {
  const match = SINGLE_REF.exec(formula);
  if (!match?.[3]) return null;
  const at = parseA1(match[3]);
  if (!at) return null;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? ownSheet);
  return { sheet, cell: a1(at.row, at.col) };
}
