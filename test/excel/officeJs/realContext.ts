// Microsoft's own client library (@microsoft/office-js, Excel on the web) run in a Node `vm`, with a request
// executor of ours in place of the host: every sync's request is recorded as the exact text Office.js sends
// (`JSON.stringify` of the request body, as its OfficeJsRequestExecutor does) and answered by `respond`.
// Test-only; see README.md beside this file.
import { readFileSync } from "fs";
import { createContext, runInContext } from "vm";

const LIBRARY = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");

/** One sync as the host saw it: the request text and its UTF-8 size, and the size of the answer. */
export interface RecordedSync {
  /** The request's text, kept only when the context was made with `keep` (a big write sends hundreds of MB). */
  request: string;
  requestBytes: number;
  responseBytes: number;
}

/** The request body Office.js builds: actions on object paths, each with its arguments. */
export interface RequestBody {
  Actions: RequestAction[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface RequestAction {
  Id: number;
  /** 1 Instantiate, 2 Query, 3 Method, 4 SetProperty, 5 Trace, 6 EnsureUnchanged, 7 RecursiveQuery. */
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
  QueryInfo?: { Select?: string[] | null; Expand?: string[] | null; Top?: number; Skip?: number };
}

export interface ObjectPathInfo {
  Id: number;
  /** 1 GlobalObject, 2 NewObject, 3 Method, 4 Property, 5 Indexer, 6 ReferenceId, 7 NullObject. */
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
}

/** What the host answers: the results of the actions that return something, or an error. */
export interface ResponseBody {
  Results: { ActionId: number; Value: unknown }[];
  Error?: { Code: string; Message: string; HttpStatusCode: number; ActionIndex?: number; Location?: string };
}

/** Answers one request; the default answers every request with success and no results (writes only). */
export type Responder = (body: RequestBody, requestBytes: number) => ResponseBody | Promise<ResponseBody>;

interface Library {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
}

let library: Library | null = null;

/** The library, loaded once per process (about 0.1 s) into a browser-like global of its own. */
export function officeJs(): Library {
  if (library) return library;
  const noop = (): void => {};
  // The least the library's top level touches while loading; nothing here talks to a host.
  const global: Record<string, unknown> = {
    navigator: { userAgent: "node", language: "en-US" },
    location: { href: "https://localhost/", search: "", hash: "", protocol: "https:", host: "localhost" },
    document: {
      addEventListener: noop,
      readyState: "loading",
      cookie: "",
      documentElement: {},
      getElementsByTagName: () => [],
      createElement: () => ({ style: {}, setAttribute: noop, appendChild: noop }),
    },
    addEventListener: noop,
    removeEventListener: noop,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    console,
  };
  global.window = global.self = global.top = global.parent = global;
  const sandbox = createContext(global);
  runInContext(readFileSync(LIBRARY, "utf8"), sandbox, { filename: LIBRARY });
  library = {
    Excel: global.Excel as typeof Excel,
    OfficeExtension: global.OfficeExtension as typeof OfficeExtension,
  };
  return library;
}

/** The UTF-8 size of a text, as it goes over the wire. */
export const bytesOf = (text: string): number => Buffer.byteLength(text, "utf8");

/** A real `Excel.RequestContext` whose syncs go to `respond`, each recorded in `syncs`. */
/**
 * The write-only answer: success, and for each sheet the request adds (`worksheets.add`) the id Excel gives it
 * (a GUID), so that Office.js turns that object's path into one by id and a later sync can still use it, as
 * with a real host. Anything loaded stays unloaded.
 */
export function writeOnly(body: RequestBody): ResponseBody {
  const results: ResponseBody["Results"] = [];
  for (const action of body.Actions) {
    const path = body.ObjectPaths[String(action.ObjectPathId)];
    const parent =
      path?.ParentObjectPathId === undefined ? undefined : body.ObjectPaths[String(path.ParentObjectPathId)];
    if (
      action.ActionType === 1 &&
      path?.ObjectPathType === 3 &&
      path.Name === "Add" &&
      parent?.Name === "Worksheets"
    ) {
      results.push({ ActionId: action.Id, Value: { Id: sheetId(path.Id) } });
    }
  }
  return { Results: results };
}

/** A worksheet id as Excel makes them: a GUID in braces. */
const sheetId = (n: number): string =>
  `{${n.toString(16).toUpperCase().padStart(8, "0")}-0000-4000-8000-000000000000}`;

export class RealContext {
  readonly context: Excel.RequestContext;
  readonly syncs: RecordedSync[] = [];

  constructor(
    respond: Responder = writeOnly,
    private readonly keep = false,
  ) {
    const { Excel: excel } = officeJs();
    this.context = new excel.RequestContext();
    // The executor a sync hands its message to: the library's own one for a local document would post the
    // serialized body to the host (OfficeJsRequestExecutor → RichApiMessageUtility.buildMessageArrayForIRequestExecutor).
    (this.context as unknown as { _requestExecutor: unknown })._requestExecutor = {
      executeAsync: async (_customData: string, _flags: number, message: { Body: RequestBody }) => {
        const request = JSON.stringify(message.Body);
        // The body as the host parses it; `respond` only reads it.
        const requestBytes = bytesOf(request);
        const body = await respond(message.Body, requestBytes);
        const response = JSON.stringify(body);
        this.syncs.push({
          request: this.keep ? request : "",
          requestBytes: bytesOf(request),
          responseBytes: bytesOf(response),
        });
        const error = body.Error;
        // Office.js parses the response text itself (RichApiMessageUtility.buildResponseOnSuccess).
        return {
          HttpStatusCode: error ? error.HttpStatusCode : 200,
          ErrorCode: "",
          ErrorMessage: "",
          Headers: {},
          Body: JSON.parse(response) as ResponseBody,
        };
      },
    };
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** The UTF-8 size of every request, in order. */
  get requestBytes(): number[] {
    return this.syncs.map((s) => s.requestBytes);
  }

  get responseBytes(): number[] {
    return this.syncs.map((s) => s.responseBytes);
  }
}
