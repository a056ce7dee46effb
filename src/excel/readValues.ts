import { columnName } from "../engine";
import { ExcelHostError, syncOrThrow } from "./ExcelHostError";
import { jsonSize } from "./requestSize";

/** A read aims each sync's response under 4.5 MB, leaving room under Excel on the web's 5 MB for the estimate. */
export const READ_BUDGET = Math.floor(4.5 * 1024 * 1024);

// What a used range's values weigh in a response, before any is seen: 6 bytes a cell (a number or "" and its
// comma) and 400 a row for the one long text most rows of a bloc's sheets carry (a criterion's wording, a
// unit's name, an explanation). A per-unit form of 300-character criteria weighs ~12% less than this, a score
// matrix of numbers ~30% less; what arrives corrects it for the syncs after the first. Texts much longer than
// that on most rows are what can still make Excel refuse a first plan (then readValues plans smaller).
const CELL_BYTES = 6;
const ROW_BYTES = 400;
// A group Excel still refuses is halved; this many refusals in one read and the workbook is beyond reading.
const MAX_REFUSALS = 6;

/** A sheet's used range, where it is (loaded in the sync before). */
export interface UsedRect {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** A used range read: its values (and `formulas` where formula cells are not listed), and its formula cells' areas. */
export interface UsedValues {
  values: unknown[][];
  /** Loaded beside the values where ExcelApi 1.9's formula areas are not used (or were refused). */
  formulas: unknown[][] | null;
  /** The sheet's formula cells (ExcelApi 1.9), a null object when it has none; null where `formulas` is loaded. */
  special: Excel.RangeAreas | null;
}

/**
 * How a read finds formula cells: `areas`, their addresses (ExcelApi 1.9); `load`, `formulas` beside the
 * values; `none`, not at all (the caller knows them).
 */
export type FormulaRead = "areas" | "load" | "none";

interface Piece {
  /** Index into the sheets read. */
  sheet: number;
  /** First row of the band, counted from the used range's top. */
  top: number;
  rows: number;
}

interface Loaded {
  piece: Piece;
  range: Excel.Range;
}

export interface ValuesRead {
  found: Map<number, UsedValues>;
  /** The syncs the read made (one per group, refused ones included). */
  syncs: number;
  /** The bytes of values (and formulas) received, as their UTF-8 JSON. */
  received: number;
}

/**
 * Reads the values of used ranges whose size is known, in as few syncs as their response allows. The rule:
 * - each sync's expected response stays under `READ_BUDGET` (4.5 MB): ranges are taken in order, whole while
 *   they fit, the one where the room ends cut by rows, so the syncs are ⌈estimate / 4.5 MB⌉;
 * - the estimate starts at `CELL_BYTES` a cell and `ROW_BYTES` a row (twice that where `formulas` are loaded
 *   too) and, after each sync, is scaled by the bytes that actually arrived against it, so the later syncs follow
 *   the workbook's own text: one sync while the values stay under 4.5 MB, one more per 4.5 MB beyond;
 * - should Excel still refuse a response (`ResponsePayloadSizeLimitExceeded`), that group is read again as two
 *   or more, and no later group is planned more than half the size of the smallest one refused; at most
 *   `MAX_REFUSALS` refusals in a read.
 * With `areas` a sheet's formula cells come as the address of their areas (ExcelApi 1.9), in the sync of its
 * first rows; should Excel refuse to list them (too many separate areas), that group and every later one load
 * `formulas` instead.
 * @throws ExcelHostError `payload` past `MAX_REFUSALS`, or when Excel cannot return even one row; other host
 *   errors as they come.
 */
export async function readValues(
  context: Excel.RequestContext,
  sheets: readonly { sheet: Excel.Worksheet; used: UsedRect }[],
  formulas: FormulaRead,
  budget = READ_BUDGET,
): Promise<ValuesRead> {
  const found = new Map<number, UsedValues>();
  const bands = new Map<number, { piece: Piece; values: unknown[][]; formulas: unknown[][] | null }[]>();
  let mode = formulas;
  let scale = 1;
  // The smallest group (by its unscaled estimate) Excel refused: none is planned more than half its size again,
  // whatever the ratio measured on what arrived says (a host with a smaller limit, a sheet of heavier text).
  let smallestRefused = Infinity;
  let estimatedSoFar = 0;
  let received = 0;
  let syncs = 0;
  let refusals = 0;
  const raw = (piece: Piece, formulas: boolean): number =>
    piece.rows * (sheets[piece.sheet]!.used.columnCount * CELL_BYTES + ROW_BYTES) * (formulas ? 2 : 1);
  const estimate = (piece: Piece): number => raw(piece, mode === "load") * scale;
  let pending: Piece[] = sheets.flatMap(({ used }, i) =>
    used.rowCount > 0 ? [{ sheet: i, top: 0, rows: used.rowCount }] : [],
  );

  while (pending.length > 0) {
    // Filled up to the budget on the estimate as it now stands, a range cut by rows where the room ends.
    pending = coalesce(pending);
    const group: Piece[] = [];
    let room = budget;
    while (pending.length > 0) {
      const next = pending[0]!;
      const size = estimate(next);
      if (size <= room) {
        group.push(pending.shift()!);
        room -= size;
        continue;
      }
      const rows = Math.min(next.rows - 1, Math.floor(room / estimate({ ...next, rows: 1 })));
      const taken = group.length === 0 ? Math.max(1, rows) : rows;
      if (taken >= next.rows) {
        // One row alone over the budget: it goes by itself (Excel may still answer it under 5 MB).
        group.push(pending.shift()!);
        room -= size;
      } else if (taken > 0) {
        const part = { ...next, rows: taken };
        group.push(part);
        room -= estimate(part);
        pending[0] = { ...next, top: next.top + taken, rows: next.rows - taken };
      }
      break;
    }
    const withAreas = mode === "areas";
    const withFormulas = mode === "load";
    const loaded: Loaded[] = group.map((piece) => {
      const { sheet, used } = sheets[piece.sheet]!;
      const top = used.rowIndex + piece.top;
      const address = `${columnName(used.columnIndex)}${top + 1}:${columnName(used.columnIndex + used.columnCount - 1)}${top + piece.rows}`;
      const range = sheet.getRange(address);
      if (withFormulas) range.load("values,formulas");
      else range.load("values");
      return { piece, range };
    });
    const areas = new Map<number, Excel.RangeAreas>();
    if (withAreas) {
      for (const piece of group.filter(({ top }) => top === 0)) {
        // Asked of the whole sheet, not of the used range: Excel searches the used part anyway.
        const formulaAreas = sheets[piece.sheet]!.sheet.getRange().getSpecialCellsOrNullObject("Formulas");
        formulaAreas.load("address");
        areas.set(piece.sheet, formulaAreas);
      }
    }
    syncs++;
    try {
      // Bounded by the response, not by the data: one sync unless the values pass Excel's 4.5 MB.
      await syncOrThrow(context);
    } catch (failure) {
      const kind = failure instanceof ExcelHostError ? failure.kind : null;
      if (kind === "payload") {
        refusals++;
        const oneRow = group.length === 1 && group[0]!.rows === 1;
        if (refusals > MAX_REFUSALS || oneRow) throw failure;
        smallestRefused = Math.min(smallestRefused, sum(group.map((piece) => raw(piece, withFormulas))));
        scale = Math.max(scale, (2 * budget) / smallestRefused);
        pending = [...group, ...pending];
        continue;
      }
      if (withAreas && kind !== "cell-edit" && kind !== "busy") {
        mode = "load";
        pending = [...group, ...pending];
        continue;
      }
      throw failure;
    }
    for (const { piece, range } of loaded) {
      const values = range.values as unknown[][];
      const formulas = withFormulas ? (range.formulas as unknown[][]) : null;
      received += jsonSize(values) + (formulas ? jsonSize(formulas) : 0);
      estimatedSoFar += raw(piece, withFormulas);
      const list = bands.get(piece.sheet) ?? [];
      list.push({ piece, values, formulas });
      bands.set(piece.sheet, list);
    }
    scale = Math.max(0.05, received / estimatedSoFar, (2 * budget) / smallestRefused);
    for (const [sheet, formulaAreas] of areas) {
      found.set(sheet, { values: [], formulas: null, special: formulaAreas });
    }
  }
  for (const [sheet, list] of bands) {
    list.sort((a, b) => a.piece.top - b.piece.top);
    const special = found.get(sheet)?.special ?? null;
    // A sheet's first band came with its formula areas, or every band of it with `formulas` (or neither).
    const loaded = !special && list.every((band) => band.formulas !== null);
    const sheetFormulas = loaded ? list.flatMap((band) => band.formulas!) : null;
    found.set(sheet, { values: list.flatMap((band) => band.values), formulas: sheetFormulas, special });
  }
  return { found, syncs, received };
}

const sum = (sizes: number[]): number => sizes.reduce((a, b) => a + b, 0);

// Neighbouring bands of one sheet joined again, to be cut afresh on a corrected estimate.
function coalesce(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last && last.sheet === piece.sheet && last.top + last.rows === piece.top) {
      out[out.length - 1] = { ...last, rows: last.rows + piece.rows };
    } else out.push(piece);
  }
  return out;
}
