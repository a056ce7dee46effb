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
      ["export const y = new Date().getFullYear();", "no-restricted-syntax"],
      ["export const t = Date.now();", "no-restricted-syntax"],
      ["export const s = Date();", "no-restricted-syntax"],
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
  const dates = probe(
    "src/engine/settings/probe.ts",
    "export const d = new Date(Date.UTC(1899, 11, 30) + 45000 * 86_400_000).getUTCFullYear();\n",
  );
  const hostClock = probe("src/excel/probe.ts", "export const y = new Date().getFullYear();\n");
  it("accepts dates computed from the input in the engine, and the clock in a host", () => {
    expect(dates()).toEqual([]);
    expect(hostClock()).toEqual([]);
  });

  it("accepts the engine's own imports, and the same host imports outside the engine", () => {
    expect(own()).toEqual([]);
    expect(host()).toEqual([]);
  });
});

describe("the engine's and the Excel adapter's doors (src/engine/index.ts, src/excel/index.ts)", () => {
  const deep: [string, string][] = [
    ["src/excel/probe.ts", 'import { a1 } from "../engine/address";'],
    ["src/xlsx/probe.ts", 'import { planMerge } from "../engine/merge/planMerge";'],
    ["src/cli/probe.ts", 'import { layoutOutputs } from "../engine/layout/layoutOutputs";'],
    ["src/taskpane/components/probe.tsx", 'import type { Lang } from "../../engine/lang";'],
    ["src/commands/probe.ts", 'import { evaluateBloc } from "../engine/evaluateBloc";'],
    ["src/dialog/probe.ts", 'import { isHostErrorKind } from "../excel/hostErrorKinds";'],
    ["src/taskpane/model/probe.ts", 'export const load = () => import("../../excel/rankInExcel");'],
  ];
  const rejected = deep.map(
    ([file, code]) => [file, code, probe(file, `${code}\nexport const used = 1;\n`)] as const,
  );
  it.each(rejected)("rejects a deep import in %s: %s", (_file, _code, errors) => {
    expect(errors().filter((rule) => rule.startsWith("no-restricted-"))).toHaveLength(1);
  });

  const doors = [
    probe("src/excel/probe.ts", 'import { a1 } from "../engine";\nexport const r = a1(0, 0);\n'),
    probe(
      "src/taskpane/components/probe.tsx",
      'import { selectCell } from "../../excel";\nexport const s = selectCell;\n',
    ),
    probe(
      "src/excel/probe.ts",
      'import { toHostError } from "./ExcelHostError";\nexport const t = toHostError;\n',
    ),
  ];
  it("accepts the doors, and the adapter's own modules importing each other", () => {
    expect(doors.map((errors) => errors())).toEqual([[], [], []]);
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
