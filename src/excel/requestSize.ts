import type { StepEnv } from "./step";

// How Office.js serializes a batch (read from its client library, RichApi request body): a sync sends
// `{"Actions":[…],"ObjectPaths":{…}}`, the `JSON.stringify` of what was queued, non-ASCII as UTF-8 (not escaped).
// Every proxy reached (a property such as `format`, a method returning an object such as `getRange("A1")`)
// is an object path, sent with an Instantiate action; every property set or method called on it is one more
// action, its arguments inline. The shapes below are those texts with the ids left out; `ID` bounds an id's
// digits (ids count every path and action of the context, under 10 million for any write of ours).
const ID = 7;
/** `"id":{"Id":id,"ObjectPathType":4,"Name":"","ParentObjectPathId":id},` */
const PROPERTY_PATH = 59 + 3 * ID;
/** A method path: the property path's text and `,"ArgumentInfo":{"Arguments":}` around its arguments. */
const METHOD_PATH = PROPERTY_PATH + 30;
/** `{"Id":id,"ActionType":1,"Name":"","ObjectPathId":id},` and the path's id in an action's `"L":[…]`. */
const INSTANTIATE = 46 + 3 * ID;
/** `{"Id":id,"ActionType":4,"Name":"","ObjectPathId":id,"ArgumentInfo":{"Arguments":[]}},` with `"L":[]`. */
const ACTION = 86 + 2 * ID;
/** Office.js sends a method's optional parameters left out as nulls (`names.add(n, f)` goes as `[n, f, null]`). */
const OMITTED_ARGUMENTS = 15;

/** `,"D":true`: a path Office.js will not keep (`untrack()`). */
const UNTRACKED = 9;
/** `,"ReferencedObjectPathIds":[…]` beside arguments that are proxies (their path ids, 0 for the others). */
const REFERENCED = 30;

/** Office.js sends a 2-D write of more cells than this as slices of whole rows (`setRangePropertiesInBulk`). */
const BULK_CELLS = 1500;

/**
 * What Office.js adds to a 2-D write of `rows` × `cols` past 1,500 cells: a `_ValidateArraySize` action, then
 * per slice of round(1500 / cols) rows the range `getRow(i).getBoundingRect(getRow(j))` (three untracked
 * paths, each instantiated) and a property set of its own. The data itself is counted once, as for one write.
 */
export function bulkWriteSize(rows: number, cols: number): number {
  if (rows * cols <= BULK_CELLS) return 0;
  const perSlice = Math.max(1, Math.round(BULK_CELLS / cols));
  const slices = Math.ceil(rows / perSlice);
  const getRow = METHOD_PATH + "GetRow".length + String(rows).length + 2 + UNTRACKED + INSTANTIATE;
  const bounding = METHOD_PATH + "GetBoundingRect".length + 2 * ID + 2 + REFERENCED + UNTRACKED + INSTANTIATE;
  const set = ACTION + "NumberFormat".length + 2;
  return (
    ACTION + "_ValidateArraySize".length + jsonSize([rows, cols]) + slices * (2 * getRow + bounding + set)
  );
}

/** The request's envelope and the root object (the workbook), sent once in every sync. */
export const REQUEST_OVERHEAD = 32 + PROPERTY_PATH + INSTANTIATE;

/**
 * What a sheet's proxy costs in a sync that uses it: `workbook.worksheets` and the sheet itself (by name when
 * added or looked up, by Excel's id, a 38-character GUID, in a later sync), each with its Instantiate action.
 */
export const sheetPathSize = (name: string): number =>
  2 * INSTANTIATE +
  PROPERTY_PATH +
  "Worksheets".length +
  METHOD_PATH +
  "GetItem".length +
  Math.max(jsonSize(name), 42);

const utf8 = new TextEncoder();

/** The UTF-8 length of a value's JSON, as the request carries it. */
export const jsonSize = (data: unknown): number => utf8.encode(JSON.stringify(data) ?? "null").length;

/** A step's share of a request: its bytes, and the sheets it reaches (whose paths each sync sends once). */
export interface RequestShare {
  size: number;
  sheets: string[];
}

/**
 * Measures what `queue` adds to a request by running it against stand-ins for Office.js's proxies that count
 * the bytes Office.js would serialize for each path and action, instead of queueing anything. Requirement
 * sets all report supported, so optional parts count too.
 */
export function measureQueue(queue: (env: StepEnv) => void): RequestShare {
  // IE11 (Office 2016–2019 on older Windows, where the ribbon runs) has no Proxy. There Excel is the desktop
  // one, which has no 5 MB limit (Excel on the web's): a flat share per step keeps the write in a few syncs.
  if (typeof Proxy === "undefined") return { size: NO_PROXY_STEP, sheets: [] };
  const meter = { size: 0 };
  const sheets: string[] = [];
  const env = {
    context: stand(meter, "context", true),
    sheet: (name: string) => {
      if (!sheets.includes(name)) sheets.push(name);
      return stand(meter, name, true);
    },
    supports: () => true,
  } as unknown as StepEnv;
  queue(env);
  return { size: meter.size, sheets };
}

/** A step's share where it cannot be measured: more than any one step but a whole-grid write sends. */
const NO_PROXY_STEP = 2000;

const USE = Symbol("use");

/**
 * A stand-in for a proxy object. Reading a property gives the stand-in of a property path, counted once it is
 * used; calling a method counts a method action, recounted as a method path and its Instantiate action when
 * its result is used in turn (`getRange(a).format`).
 */
function stand(meter: { size: number }, name: string, counted: boolean, cost = 0): object {
  let pending = !counted;
  const use = (): void => {
    if (pending) meter.size += cost;
    pending = false;
  };
  const target = function () {} as unknown as Record<string | symbol, unknown>;
  return new Proxy(target, {
    get(_t, key) {
      if (key === USE) return use;
      if (typeof key === "symbol") return undefined;
      use();
      // The context's workbook is Office.js's root object, already counted in every request.
      if (name === "context" && key === "workbook") return stand(meter, "workbook", true);
      return stand(meter, key, false, PROPERTY_PATH + key.length + INSTANTIATE);
    },
    set(_t, key, value: unknown) {
      use();
      meter.size += ACTION + String(key).length + jsonSize([value]);
      return true;
    },
    apply(_t, _this, args: unknown[]) {
      const proxies = args.filter(isStand).length;
      const sent =
        jsonSize(args.map((arg) => (isStand(arg) ? null : arg))) +
        OMITTED_ARGUMENTS +
        (proxies > 0 ? REFERENCED + proxies * 2 * ID + 2 * args.length : 0);
      for (const arg of args) if (isStand(arg)) (arg as { [USE]: () => void })[USE]();
      meter.size += ACTION + name.length + sent;
      const asPath = METHOD_PATH + name.length + sent + INSTANTIATE;
      return stand(meter, name, false, Math.max(0, asPath - (ACTION + name.length + sent)));
    },
  }) as object;
}

function isStand(value: unknown): boolean {
  return typeof value === "function" && (value as { [USE]?: unknown })[USE] !== undefined;
}
