import type { Lang } from "../engine/lang";

/** `bloc-rank WORKBOOK.xlsx …`: rank a bloc. */
export interface RankArgs {
  command: "rank";
  input: string;
  output: string | null;
  json: boolean;
  lang: Lang | null;
  check: boolean;
}

/** `bloc-rank forms WORKBOOK.xlsx …`: one self-assessment form per unit, one .xlsx each. */
export interface FormsArgs {
  command: "forms";
  input: string;
  outputDir: string | null;
  json: boolean;
  lang: Lang | null;
}

/** `bloc-rank merge MASTER.xlsx RETURNED.xlsx…`: bring returned forms into a copy of the master. */
export interface MergeArgs {
  command: "merge";
  master: string;
  returned: string[];
  output: string | null;
  json: boolean;
  lang: Lang | null;
  /** The returned forms' values replace different ones in the master (each reported), instead of conflicting. */
  replace: boolean;
}

/** What the command line asks for. */
export type CliArgs = RankArgs | FormsArgs | MergeArgs;

export const USAGE = [
  "usage: bloc-rank WORKBOOK.xlsx [-o OUT.xlsx] [--json] [--lang vi|en] [--check]",
  "       bloc-rank forms WORKBOOK.xlsx [-o DIR] [--json] [--lang vi|en]",
  "       bloc-rank merge MASTER.xlsx RETURNED.xlsx... [-o OUT.xlsx] [--replace] [--json] [--lang vi|en]",
].join("\n");

interface Common {
  files: string[];
  output: string | null;
  json: boolean;
  lang: Lang | null;
  check: boolean;
  replace: boolean;
}

// The options every command shares; --check only means something to the rank, --replace to the merge.
function parseCommon(argv: readonly string[]): Common | string {
  const common: Common = { files: [], output: null, json: false, lang: null, check: false, replace: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--json") common.json = true;
    else if (arg === "--check") common.check = true;
    else if (arg === "--replace") common.replace = true;
    else if (arg === "-o" || arg === "--output") {
      const value = argv[++i];
      if (!value) return `${arg} needs a file name`;
      common.output = value;
    } else if (arg === "--lang" || arg.startsWith("--lang=")) {
      const value = arg.includes("=") ? arg.slice("--lang=".length) : argv[++i];
      if (value !== "vi" && value !== "en") return `--lang takes vi or en, not ${value ?? "nothing"}`;
      common.lang = value;
    } else if (arg.startsWith("-") && arg !== "-") return `unknown option ${arg}`;
    else common.files.push(arg);
  }
  return common;
}

/**
 * Parses `bloc-rank` arguments; a string is a usage error to print. The first argument names the command
 * (`forms`, `merge`); anything else is a workbook to rank, as before the commands existed.
 */
export function parseArgs(argv: readonly string[]): CliArgs | string {
  const command = argv[0] === "forms" || argv[0] === "merge" ? argv[0] : "rank";
  const parsed = parseCommon(command === "rank" ? argv : argv.slice(1));
  if (typeof parsed === "string") return parsed;
  const { files, output, json, lang, check, replace } = parsed;
  if (check && command !== "rank") return `--check is for ranking only, not ${command}`;
  if (replace && command !== "merge") return "--replace is for merge only";
  if (command === "merge") {
    const [master, ...returned] = files;
    if (!master) return "no master workbook given";
    if (returned.length === 0) return "no returned workbook given";
    return { command, master, returned, output, json, lang, replace };
  }
  if (files.length !== 1) return files.length === 0 ? "no workbook given" : "give one workbook at a time";
  const input = files[0] ?? "";
  if (command === "forms") return { command, input, outputDir: output, json, lang };
  if (check && output) return "--check writes nothing; drop -o";
  return { command, input, output, json, lang, check };
}
