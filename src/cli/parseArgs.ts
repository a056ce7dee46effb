import type { Lang } from "../engine/lang";

/** What the command line asks for. */
export interface CliArgs {
  input: string;
  output: string | null;
  json: boolean;
  lang: Lang | null;
  check: boolean;
}

export const USAGE = "usage: bloc-rank WORKBOOK.xlsx [-o OUT.xlsx] [--json] [--lang vi|en] [--check]";

/** Parses `bloc-rank` arguments; a string is a usage error to print. */
export function parseArgs(argv: readonly string[]): CliArgs | string {
  const args: CliArgs = { input: "", output: null, json: false, lang: null, check: false };
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--json") args.json = true;
    else if (arg === "--check") args.check = true;
    else if (arg === "-o" || arg === "--output") {
      const value = argv[++i];
      if (!value) return `${arg} needs a file name`;
      args.output = value;
    } else if (arg === "--lang" || arg.startsWith("--lang=")) {
      const value = arg.includes("=") ? arg.slice("--lang=".length) : argv[++i];
      if (value !== "vi" && value !== "en") return `--lang takes vi or en, not ${value ?? "nothing"}`;
      args.lang = value;
    } else if (arg.startsWith("-") && arg !== "-") return `unknown option ${arg}`;
    else inputs.push(arg);
  }
  if (inputs.length !== 1) return inputs.length === 0 ? "no workbook given" : "give one workbook at a time";
  args.input = inputs[0] ?? "";
  if (args.check && args.output) return "--check writes nothing; drop -o";
  return args;
}
