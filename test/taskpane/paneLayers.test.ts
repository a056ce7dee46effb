import { readdirSync, readFileSync } from "fs";
import path from "path";

// The pane's split (src/taskpane/README.md): components lay out, hooks hold the Excel effects, model is plain
// functions. Checked on the source text, as a lint rule would, so that an effect creeping back into a
// component, or React into the model, fails here.
const PANE = path.resolve(__dirname, "../../src/taskpane");

/** Each file of a folder of the pane, with its code outside comments. */
function code(folder: string): { file: string; text: string }[] {
  const dir = path.join(PANE, folder);
  return readdirSync(dir)
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => ({
      file: `${folder}/${name}`,
      text: readFileSync(path.join(dir, name), "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, ""),
    }));
}

const offenders = (folder: string, pattern: RegExp) =>
  code(folder)
    .filter(({ text }) => pattern.test(text))
    .map(({ file }) => file);

describe("the task pane's layers", () => {
  it("components call no Excel.run: their effects are hooks", () => {
    expect(offenders("components", /\bExcel\s*\.\s*run\b/)).toEqual([]);
  });

  it("components hold no hook of their own (use*.ts lives in hooks/)", () => {
    expect(readdirSync(path.join(PANE, "components")).filter((name) => /^use[A-Z]/.test(name))).toEqual([]);
  });

  it("every file in hooks/ is a hook named after its file", () => {
    const hooks = code("hooks");
    expect(hooks.length).toBeGreaterThan(0);
    const misnamed = hooks
      .filter(({ file, text }) => {
        const name = path.basename(file).replace(/\.tsx?$/, "");
        return !/^use[A-Z]/.test(name) || !new RegExp(`export function ${name}\\b`).test(text);
      })
      .map(({ file }) => file);
    expect(misnamed).toEqual([]);
  });

  it("the model imports neither React nor Fluent, and calls no Excel.run", () => {
    expect(offenders("model", /from\s+"(react|react-dom|@fluentui\/[^"]*)"|\bExcel\s*\.\s*run\b/)).toEqual(
      [],
    );
  });
});
