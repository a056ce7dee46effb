// Served in place of Microsoft's office.js when the browser tests open the production pages: it provides the
// Office and Excel globals over the strict fake workbook, so the real bundles run unchanged. The page's query
// string picks the workbook and the display language: `?fixture=sample&lang=en&excelApi=1.9`.
// Real Office calls callbacks asynchronously; so does this stub, so the add-in meets the same ordering. And as
// Office does on some platforms, a command's completed() ends its runtime: the dialogs it opened and left open
// close, and their handlers hear nothing more, so a command that completes too early loses its dialog here too.
import { FakeExcel, FakeExcelError } from "../excel/fakeExcel/fakeExcel";
import { rankInExcel } from "../../src/excel/rankInExcel";
import { fixture } from "./fixtures";
import type { DialogCall, HostState, Invocation, PageHooks } from "./PageHooks";

const INVOKE_TIME_LIMIT_MS = 20000;
const HANDLER_WAIT_MS = 10000;

const params = new URLSearchParams(location.search);
const chosen = fixture(params.get("fixture") ?? "sample");
const displayLanguage = params.get("lang") === "en" ? "en-US" : "vi-VN";
const excelApi = params.get("excelApi");
const fake = new FakeExcel(chosen.workbook, { ...chosen.host, ...(excelApi ? { excelApi } : {}) });

// Methods the fake is growing (selection, active sheet, protection): used when present so the stub works
// with the fake before and after they land.
interface FakeExtras {
  selection?: () => { sheet: string; address: string } | null;
  activeSheet?: () => string | null;
  protect?: (sheet: string) => void;
  model?: { active?: { name: string } | null };
}
const extras = fake as unknown as FakeExtras;

/** The earlier rank run a `protected` fixture needs, then the user's protection of its outputs. */
async function prepare(): Promise<void> {
  if (chosen.protectedOutputs.length === 0) return;
  const wasCellEdit = fake.cellEditMode;
  fake.cellEditMode = false;
  const report = await fake.run((context) => rankInExcel(context, { supports: fake.isSetSupported }));
  fake.cellEditMode = wasCellEdit;
  for (const layout of report.layouts.filter((l) => chosen.protectedOutputs.includes(l.kind))) {
    if (extras.protect) extras.protect(layout.name);
    else fake.sheet(layout.name).protected = true;
  }
}
const ready = prepare();

const dialogs: DialogCall[] = [];
const dialogHandlers: Map<string, (arg: unknown) => void>[] = [];
const messages: string[] = [];
const actions = new Map<string, (event: unknown) => unknown>();
const invocations: Invocation[] = [];
// Set once a command completed: its runtime is gone, so its dialogs' messages reach nobody.
let runtimeEnded = false;

const later = (run: () => void) => setTimeout(run, 0);

function displayDialogAsync(url: string, optionsOrCallback?: unknown, maybeCallback?: unknown): void {
  const callback = (typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback) as
    ((result: unknown) => void) | undefined;
  const options = typeof optionsOrCallback === "function" ? undefined : optionsOrCallback;
  const record: DialogCall = {
    url,
    options: options ?? null,
    handlers: [],
    closed: false,
    open: true,
    closedBy: null,
  };
  const handlers = new Map<string, (arg: unknown) => void>();
  dialogs.push(record);
  dialogHandlers.push(handlers);
  const dialog = {
    addEventHandler(type: string, handler: (arg: unknown) => void) {
      record.handlers.push(type);
      handlers.set(type, handler);
    },
    close() {
      record.closed = true;
      if (record.open) record.closedBy = "addin";
      record.open = false;
    },
    messageChild() {},
  };
  later(() => callback?.({ status: "succeeded", value: dialog, error: null, asyncContext: undefined }));
}

/** What Office does when a command completes: its runtime ends, and the dialogs still open close with it. */
function endRuntime(): void {
  runtimeEnded = true;
  dialogs.forEach((record, index) => {
    if (record.open) record.closedBy = "office";
    record.open = false;
    dialogHandlers[index]?.clear();
  });
}

function dialogHandler(index: number, type: string): (arg: unknown) => void {
  if (runtimeEnded) throw new Error("the command has completed: its runtime and its dialogs are gone");
  const handler = dialogHandlers[index]?.get(type);
  if (!handler) throw new Error(`dialog ${index} has no ${type} handler`);
  return handler;
}

const info = { host: "Excel", platform: "OfficeOnline" };

const Office = {
  HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
  PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
  onReady(callback?: (ready: typeof info) => void): Promise<typeof info> {
    return ready.then(
      () =>
        new Promise((resolve) =>
          later(() => {
            callback?.(info);
            resolve(info);
          }),
        ),
    );
  },
  context: {
    displayLanguage,
    contentLanguage: displayLanguage,
    host: "Excel",
    platform: "OfficeOnline",
    diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.0.0" },
    requirements: {
      isSetSupported: (name: string, version?: string | number) =>
        fake.isSetSupported(name, version === undefined ? undefined : String(version)),
    },
    ui: {
      displayDialogAsync,
      messageParent(message: string) {
        messages.push(message);
      },
    },
  },
  actions: {
    associate(name: string, handler: (event: unknown) => unknown) {
      actions.set(name, handler);
    },
  },
};

// Files the pane asked Excel to open as new workbooks (`Excel.createWorkbook`), as the Base64 it passed.
const createdWorkbooks: string[] = [];

async function createWorkbook(base64?: string): Promise<void> {
  await new Promise((resolve) => later(() => resolve(undefined)));
  if (!fake.isSetSupported("ExcelApi", "1.8"))
    throw new FakeExcelError("ApiNotFound", "Excel.createWorkbook needs ExcelApi 1.8");
  createdWorkbooks.push(base64 ?? "");
}

// The adapter uses Excel.run and createWorkbook alone; no Excel enum is read at run time (only as types).
const Excel = {
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => fake.run(batch),
  createWorkbook,
};
const OfficeExtension = { Error: FakeExcelError };

async function handlerNamed(name: string): Promise<(event: unknown) => unknown> {
  await ready;
  const started = Date.now();
  while (!actions.has(name) && Date.now() - started < HANDLER_WAIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const handler = actions.get(name);
  if (!handler) throw new Error(`no ribbon handler "${name}"; associated: ${[...actions.keys()].join(", ")}`);
  return handler;
}

async function invoke(name: string): Promise<{ completedCalls: number }> {
  const handler = await handlerNamed(name);
  const invocation: Invocation = { name, completedCalls: 0, returned: false };
  invocations.push(invocation);
  runtimeEnded = false;
  let completed = () => {};
  const done = new Promise<void>((resolve) => (completed = resolve));
  const event = {
    source: { id: name },
    completed() {
      invocation.completedCalls++;
      endRuntime();
      completed();
    },
  };
  const limit = new Promise<void>((resolve) => setTimeout(resolve, INVOKE_TIME_LIMIT_MS));
  const returned = Promise.resolve(handler(event))
    .catch(() => undefined)
    .then(() => {
      invocation.returned = true;
    });
  await Promise.race([Promise.all([done, returned]), limit]);
  // A second completed() would come after the first; give it a moment to show.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { completedCalls: invocation.completedCalls };
}

function state(): HostState {
  return {
    sheets: fake.sheetNames(),
    names: fake.names(),
    active: extras.activeSheet ? extras.activeSheet() : (extras.model?.active?.name ?? null),
    selection: extras.selection ? extras.selection() : null,
    syncs: fake.syncCount,
  };
}

const hooks: PageHooks = {
  __ready: () => ready,
  __fake: fake,
  __dialogs: dialogs,
  __createdWorkbooks: createdWorkbooks,
  __messages: messages,
  __associated: () => [...actions.keys()],
  __invoke: invoke,
  __invocations: () => invocations.map((invocation) => ({ ...invocation })),
  __dialogMessage(index, message) {
    dialogHandler(index, Office.EventType.DialogMessageReceived)({ message, origin: location.origin });
  },
  __dialogEvent(index, code) {
    const handler = dialogHandler(index, Office.EventType.DialogEventReceived);
    const record = dialogs[index];
    if (code === 12006 && record?.open) {
      record.open = false;
      record.closedBy = "user";
    }
    handler({ error: code });
  },
  __state: state,
};

Object.assign(window as object, { Office, Excel, OfficeExtension }, hooks);
