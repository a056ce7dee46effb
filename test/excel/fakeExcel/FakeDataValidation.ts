import { FakeClientObject, parseLoad, properties } from "./FakeClientObject";
import { FakeExcelError } from "./FakeExcelError";
import type { FakeRange } from "./FakeRange";
import type { FakeRequestContext } from "./FakeRequestContext";
import type { CellState, ValidationState } from "./SheetModel";
import { checkAlert, checkPrompt, checkRule, ruleType, shownRule } from "./validationRules";

const fresh = (): ValidationState => ({
  rule: null,
  errorAlert: { message: "", title: "", style: "Stop", showAlert: true },
  prompt: { message: "", title: "", showPrompt: false },
  ignoreBlanks: true,
});

/**
 * `range.dataValidation` (ExcelApi 1.8; ApiNotFound on an older host). A rule, alert or prompt is checked for
 * its shape when assigned (InvalidArgument at the sync) and stored on every cell of the range; a protected
 * sheet refuses it (AccessDenied). Reading a loaded range whose cells differ gives type "Inconsistent".
 */
export class FakeDataValidation extends FakeClientObject {
  declare rule: Record<string, unknown>;
  declare errorAlert: ValidationState["errorAlert"];
  declare prompt: ValidationState["prompt"];
  declare ignoreBlanks: boolean;
  declare readonly type: string;

  static {
    properties(FakeDataValidation, {
      rule: (validation, rule) => validation.change(rule, (state) => (state.rule = checkRule(rule))),
      errorAlert: (validation, alert) =>
        validation.change(
          alert,
          (state) => (state.errorAlert = { ...state.errorAlert, ...checkAlert(alert) }),
        ),
      prompt: (validation, prompt) =>
        validation.change(prompt, (state) => (state.prompt = { ...state.prompt, ...checkPrompt(prompt) })),
      ignoreBlanks: (validation, value) =>
        validation.change(value, (state) => {
          if (typeof value !== "boolean")
            throw new FakeExcelError("InvalidArgument", "ignoreBlanks is a boolean.");
          state.ignoreBlanks = value;
        }),
      type: null,
    });
  }

  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }

  clear(): void {
    this.ctx.queue.push(() => {
      this.ctx.require("1.8", "Range.dataValidation");
      this.range.eachCell((cell) => delete cell.validation);
    });
  }

  load(props: unknown): this {
    const names = parseLoad(props);
    this.ctx.queue.push(() => {
      this.ctx.require("1.8", "Range.dataValidation");
      const { sheet, rect } = this.range.resolve();
      const states = new Set<string>();
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++)
          states.add(JSON.stringify(sheet.peek(r, c)?.validation ?? null));
      }
      const only = states.size === 1 ? (JSON.parse([...states][0]!) as ValidationState | null) : undefined;
      for (const name of names) this.loaded.set(name, loadedValue(name, only));
    });
    return this;
  }

  private change(payload: unknown, apply: (state: ValidationState) => void): void {
    this.ctx.queue.push(() => {
      this.ctx.require("1.8", "Range.dataValidation");
      this.range.eachCell((cell: CellState) => {
        const state = cell.validation ? structuredClone(cell.validation) : fresh();
        apply(state);
        cell.validation = state;
      });
    }, payload);
  }
}

/** A loaded property: from the one state every cell shares (null: none), or undefined when they differ. */
function loadedValue(name: string, only: ValidationState | null | undefined): unknown {
  const state = only === null ? fresh() : only;
  switch (name) {
    case "type":
      return state === undefined ? "Inconsistent" : ruleType(state.rule);
    case "rule":
      return state === undefined ? null : shownRule(state.rule);
    case "errorAlert":
    case "prompt":
    case "ignoreBlanks":
      return state === undefined ? null : state[name];
    default:
      throw new FakeExcelError("InvalidArgument", `The fake cannot load DataValidation.${name}.`);
  }
}
