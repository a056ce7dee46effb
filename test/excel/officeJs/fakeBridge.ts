// The in-memory workbook behind Microsoft's client library: a Responder (see realContext.ts) that carries out
// each request Office.js built on the fake's proxies (test/excel/fakeExcel, which mirror Office.js's names),
// syncs the fake once, and answers the Query actions with what the fake loaded, in the shape Office.js reads
// (PascalCase properties, `_Items` for a collection, null for a null object). A failing sync of the fake comes
// back as the error body Excel would send. So Office.js's own proxies, load rules and errors run the
// adapter, and the fake keeps only the workbook's state. Test-only.
import { FakeExcelError } from "../fakeExcel/FakeExcelError";
import type { FakeExcel } from "../fakeExcel/fakeExcel";
import { FakeRequestContext } from "../fakeExcel/FakeRequestContext";
import { formatAddress, parseAddress } from "../fakeExcel/parseAddress";
import type { ObjectPathInfo, RequestAction, RequestBody, Responder, ResponseBody } from "./realContext";

type Fake = Record<string, unknown>;
type Rect = ReturnType<typeof parseAddress>;

/** A path resolved on the fake, with the cells it covers when it is a range of a known address. */
interface Resolved {
  object: Fake;
  /** The sheet proxy and rectangle of a range made by `getRange(address)` (for Office.js's own slicing). */
  range?: { sheet: Fake; rect: Rect };
}

const camel = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** Office.js sends optional parameters left out as trailing nulls; the fake takes them as left out. */
function argumentsOf(info: ObjectPathInfo["ArgumentInfo"], resolve: (id: number) => Resolved): unknown[] {
  const args = [...(info?.Arguments ?? [])];
  const referenced = info?.ReferencedObjectPathIds ?? [];
  referenced.forEach((id, i) => {
    if (id) args[i] = resolve(id).object;
  });
  while (args.length > 0 && args[args.length - 1] === null) args.pop();
  return args;
}

/** Excel on the web refuses a request, and fails a response, over 5 MB. */
export const HOST_LIMIT = 5 * 1024 * 1024;

const refused = (code: string, message: string): ResponseBody => ({
  Results: [],
  Error: { Code: code, Message: message, HttpStatusCode: 400, Location: "" },
});

/**
 * A Responder that runs every request on `fake`, one fake sync per request. A request over `limit` bytes (as
 * Office.js sent it) is refused with nothing applied; a response over it fails after the request ran, as
 * Excel on the web does.
 */
export function fakeBridge(fake: FakeExcel, limit = HOST_LIMIT, responseLimit = limit): Responder {
  // Excel answers the Instantiate action of an object made by a method (a range from getRange, a used range)
  // with a reference id, and Office.js then names that object by it in later syncs (a method's path is
  // invalid after its request). The bridge keeps, for each id handed out, the paths that made the object.
  const references = new Map<string, { paths: RequestBody["ObjectPaths"]; id: number }>();
  return async (body: RequestBody, requestBytes: number): Promise<ResponseBody> => {
    if (requestBytes > limit) {
      return refused(
        "RequestPayloadSizeLimitExceeded",
        `The request (${requestBytes} bytes) is over ${limit}.`,
      );
    }
    const context = new FakeRequestContext(fake.model, fake);
    const resolver = (paths: RequestBody["ObjectPaths"]) => {
      const resolved = new Map<number, Resolved>();
      const resolve = (id: number): Resolved => {
        const known = resolved.get(id);
        if (known) return known;
        const path = paths[String(id)];
        if (!path) throw new Error(`object path ${id} not in the request`);
        let found: Resolved;
        if (path.ObjectPathType === 6) {
          const made = references.get(path.Name);
          if (!made) throw new Error(`unknown reference ${path.Name}`);
          found = resolver(made.paths)(made.id);
        } else found = resolvePath(path, context, resolve);
        resolved.set(id, found);
        return found;
      };
      return resolve;
    };
    const resolve = resolver(body.ObjectPaths);
    // A copy: Office.js rewrites the paths it sent once it reads the reference ids.
    let sent: RequestBody["ObjectPaths"] | null = null;
    const remember = (id: number): string => {
      sent ??= JSON.parse(JSON.stringify(body.ObjectPaths)) as RequestBody["ObjectPaths"];
      const reference = `#${references.size + 1}`;
      references.set(reference, { paths: sent, id });
      return reference;
    };
    const queries: { action: RequestAction; object: Fake; select: string[] }[] = [];
    const results: ResponseBody["Results"] = [];
    try {
      for (const action of body.Actions) act(action, resolve, queries, results, body, remember);
      await context.sync();
    } catch (error) {
      if (!(error instanceof FakeExcelError)) throw error;
      return refused(error.code, error.message);
    }
    for (const { action, object, select } of queries) {
      results.push({ ActionId: action.Id, Value: loadedValue(object, select) });
    }
    const responseBytes = Buffer.byteLength(JSON.stringify(results), "utf8");
    if (responseBytes > responseLimit) {
      return refused(
        "ResponsePayloadSizeLimitExceeded",
        `The response (${responseBytes} bytes) is over ${responseLimit}.`,
      );
    }
    return { Results: results };
  };
}

function resolvePath(
  path: ObjectPathInfo,
  context: FakeRequestContext,
  resolve: (id: number) => Resolved,
): Resolved {
  if (path.ObjectPathType === 1) return { object: context.workbook as unknown as Fake };
  const parent = resolve(path.ParentObjectPathId!);
  const args = argumentsOf(path.ArgumentInfo, resolve);
  if (path.ObjectPathType === 4) return { object: parent.object[camel(path.Name)] as Fake };
  if (path.ObjectPathType === 5) return { object: call(parent.object, "getItem", args) };
  if (path.ObjectPathType !== 3) throw new Error(`object path type ${path.ObjectPathType} not bridged`);
  // Office.js writes a 2-D array past 1,500 cells as slices: range.getRow(i).getBoundingRect(range.getRow(j)).
  if (path.Name === "GetRow" && parent.range) {
    const { sheet, rect } = parent.range;
    const row = rect.top + (args[0] as number);
    return sliceOf(sheet, { ...rect, top: row, bottom: row });
  }
  if (path.Name === "GetBoundingRect" && parent.range) {
    const other = resolve(path.ArgumentInfo!.ReferencedObjectPathIds!.find(Boolean)!).range!;
    const a = parent.range.rect;
    const b = other.rect;
    return sliceOf(parent.range.sheet, {
      top: Math.min(a.top, b.top),
      left: Math.min(a.left, b.left),
      bottom: Math.max(a.bottom, b.bottom),
      right: Math.max(a.right, b.right),
    });
  }
  const object = call(parent.object, camel(path.Name), args);
  if (path.Name === "GetRange" && typeof args[0] === "string") {
    return { object, range: { sheet: parent.object, rect: parseAddress(args[0]) } };
  }
  return { object };
}

function sliceOf(sheet: Fake, rect: Rect): Resolved {
  return { object: call(sheet, "getRange", [formatAddress(rect)]), range: { sheet, rect } };
}

function call(object: Fake, method: string, args: unknown[]): Fake {
  const fn = object[method];
  if (typeof fn !== "function") throw new Error(`the fake has no ${method} on ${object.constructor.name}`);
  return (fn as (...a: unknown[]) => Fake).apply(object, args);
}

function act(
  action: RequestAction,
  resolve: (id: number) => Resolved,
  queries: { action: RequestAction; object: Fake; select: string[] }[],
  results: ResponseBody["Results"],
  body: RequestBody,
  remember: (id: number) => string,
): void {
  const target = resolve(action.ObjectPathId);
  const args = argumentsOf(action.ArgumentInfo, resolve);
  switch (action.ActionType) {
    case 1: {
      // Excel answers a sheet added with its id (the fake's sheets are known by name), an object made by a
      // method with a reference id.
      const path = body.ObjectPaths[String(action.ObjectPathId)];
      const parent = path?.ParentObjectPathId ? body.ObjectPaths[String(path.ParentObjectPathId)] : undefined;
      if (
        path?.Name === "Add" &&
        parent?.Name === "Worksheets" &&
        typeof path.ArgumentInfo?.Arguments?.[0] === "string"
      ) {
        results.push({ ActionId: action.Id, Value: { Id: path.ArgumentInfo.Arguments[0] } });
      } else if (path?.ObjectPathType === 3) {
        results.push({ ActionId: action.Id, Value: { _ReferenceId: remember(action.ObjectPathId) } });
      }
      return;
    }
    case 2: {
      const select = action.QueryInfo?.Select ?? [];
      const collection = target.object.constructor.name.endsWith("Collection");
      const props = collection ? select.map((p) => `items/${p}`) : select;
      call(target.object, "load", [props.join(",")]);
      queries.push({ action, object: target.object, select });
      return;
    }
    case 3:
      // Office.js's own check of a sliced write's shape; the fake checks each slice.
      if (action.Name === "_ValidateArraySize") return;
      call(target.object, camel(action.Name), args);
      return;
    case 4:
      target.object[camel(action.Name)] = args[0];
      return;
    default:
      throw new Error(`action type ${action.ActionType} not bridged`);
  }
}

/** What Office.js reads back from a Query: the selected properties, PascalCase, nested by `/`. */
function loadedValue(object: Fake, select: string[]): unknown {
  if (isNull(object)) return null;
  if (object.constructor.name.endsWith("Collection")) {
    const items = object.items as Fake[];
    return {
      _Items: items.map((item) => {
        const value = propertiesOf(item, select) as Record<string, unknown>;
        // A sheet's id: Office.js then reaches the item by it (an indexer), as with Excel's GUIDs.
        if (object.constructor.name === "FakeWorksheetCollection") value.Id = item.name;
        return value;
      }),
    };
  }
  return propertiesOf(object, select);
}

function propertiesOf(object: Fake, select: string[]): unknown {
  const value: Record<string, unknown> = {};
  for (const path of select) {
    const keys = path.split("/");
    let from: Fake = object;
    let into = value;
    keys.forEach((key, i) => {
      if (i === keys.length - 1) into[pascal(key)] = from[key];
      else {
        from = from[key] as Fake;
        into = (into[pascal(key)] ??= {}) as Record<string, unknown>;
      }
    });
  }
  return value;
}

function isNull(object: Fake): boolean {
  if (!("isNullObject" in object)) return false;
  try {
    return (object as { isNullObject: boolean }).isNullObject;
  } catch {
    return false; // not a …OrNullObject proxy: never null
  }
}
