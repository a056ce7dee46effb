import { spawnSync } from "child_process";
import path from "path";

const root = path.resolve(__dirname, "../..");

// One ESLint process lints every probe (starting ESLint costs about a second), with the project's config.
const LINT_ALL = `
import { ESLint } from "eslint";
const probes = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const { filePath, code } of probes) {
  const [result] = await eslint.lintText(code, { filePath });
  out.push(result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? "parse"));
}
console.log(JSON.stringify(out));
`;

const probes: { filePath: string; code: string }[] = [];
let results: string[][] = [];

/** Registers source text to lint as if it were the given file; the rule ids it breaks are known after beforeAll. */
function probe(filePath: string, code: string): () => string[] {
  const index = probes.push({ filePath, code }) - 1;
  return () => results[index] ?? [];
}

beforeAll(() => {
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", LINT_ALL, JSON.stringify(probes)], {
    cwd: root,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  results = JSON.parse(run.stdout) as string[][];
}, 60_000);

describe("the engine boundary (DESIGN §6)", () => {
  it.each(
    [
      ['import { x } from "../excel/readWorkbook";', "no-restricted-imports"],
      ['import { x } from "../../xlsx/readXlsx";', "no-restricted-imports"],
      ['import { x } from "../cli/main";', "no-restricted-imports"],
      ['import { x } from "../taskpane/components/App";', "no-restricted-imports"],
      ['import * as React from "react";', "no-restricted-imports"],
      ['import { Button } from "@fluentui/react-components";', "no-restricted-imports"],
      ['import * as fs from "fs";', "no-restricted-imports"],
      ['import { readFile } from "node:fs/promises";', "no-restricted-imports"],
      ['import ExcelJS from "exceljs";', "no-restricted-imports"],
      ["export const n = document.title;", "no-restricted-globals"],
      ["export const f = () => Excel.run(async () => undefined);", "no-restricted-globals"],
      ["export const o = Office.context;", "no-restricted-globals"],
    ].map(
      ([code, rule]) =>
        [code, rule, probe("src/engine/criteria/probe.ts", `${code}\nexport const used = 1;\n`)] as const,
    ),
  )("rejects %s in src/engine", (_code, rule, errors) => {
    expect(errors()).toContain(rule);
  });

  const own = probe(
    "src/engine/criteria/probe.ts",
    'import { a1 } from "../address";\nexport const r = a1(0, 0);\n',
  );
  const host = probe("src/taskpane/probe.ts", 'import * as React from "react";\nexport const r = React;\n');
  it("accepts the engine's own imports, and the same host imports outside the engine", () => {
    expect(own()).toEqual([]);
    expect(host()).toEqual([]);
  });
});

describe("the Office add-in rules", () => {
  const loop = `export async function f(sheets: string[]) {
  await Excel.run(async (context) => {
    for (const name of sheets) {
      context.workbook.worksheets.getItem(name).getRange("A1").values = [[1]];
      await context.sync();
    }
  });
}
`;
  const unloaded = `export async function g() {
  await Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    await context.sync();
    return range.values;
  });
}
`;
  const syncInLoop = probe("src/excel/probe.ts", loop);
  const readUnloaded = probe("src/excel/probe.ts", unloaded);
  it("rejects context.sync() in a loop and reading a property that was not loaded", () => {
    expect(syncInLoop()).toContain("office-addins/no-context-sync-in-loop");
    expect(readUnloaded()).toContain("office-addins/load-object-before-read");
  });
});
