import type { Lang } from "../engine";
import { cliError } from "../strings/cliErrors";
import type { HelpTopic } from "../strings/cliHelp";

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

/** `bloc-rank --help` (or `bloc-rank help`): the usage of every command, or of one (`help forms`), exit 0. */
export interface HelpArgs {
  command: "help";
  /** The command asked about (`help merge`, `forms --help`); null for every command. */
  topic: HelpTopic | null;
  json: boolean;
  lang: Lang | null;
}

/** What the command line asks for. */
export type CliArgs = RankArgs | FormsArgs | MergeArgs | HelpArgs;

interface Common {
  files: string[];
  output: string | null;
  json: boolean;
  lang: Lang | null;
  check: boolean;
  replace: boolean;
  help: boolean;
}

/** The language `--lang` asks for, read before the arguments are parsed, so that usage errors follow it. */
export function argvLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const value = arg.startsWith("--lang=")
      ? arg.slice("--lang=".length)
      : arg === "--lang"
        ? argv[i + 1]
        : null;
    if (value === "vi" || value === "en") return value;
  }
  return "vi";
}

// An option's value that looks like an option (`-o --json`) is a forgotten value, not a file named --json;
// a file whose name starts with a dash can still be given as ./-name.xlsx.
const isOption = (value: string): boolean => value.startsWith("-") && value !== "-";

// The options every command shares; --check only means something to the rank, --replace to the merge.
function parseCommon(argv: readonly string[], lang: Lang): Common | string {
  const common: Common = {
    files: [],
    output: null,
    json: false,
    lang: null,
    check: false,
    replace: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--json") common.json = true;
    else if (arg === "--check") common.check = true;
    else if (arg === "--replace") common.replace = true;
    else if (arg === "--help" || arg === "-h") common.help = true;
    else if (arg === "-o" || arg === "--output") {
      const value = argv[++i];
      if (!value || isOption(value))
        return cliError(lang, "usage-needs-value", { option: arg, value: value ?? "∅" });
      common.output = value;
    } else if (arg === "--lang" || arg.startsWith("--lang=")) {
      const value = arg.includes("=") ? arg.slice("--lang=".length) : argv[++i];
      if (value !== "vi" && value !== "en") return cliError(lang, "usage-lang", { value: value ?? "∅" });
      common.lang = value;
    } else if (isOption(arg)) return cliError(lang, "usage-unknown-option", { option: arg });
    else common.files.push(arg);
  }
  return common;
}

/**
 * Parses `bloc-rank` arguments; a string is a usage error to print, in the language `--lang` asks for. The
 * first argument names the command (`forms`, `merge`, `help`); anything else is a workbook to rank, as before
 * the commands existed.
 */
export function parseArgs(argv: readonly string[]): CliArgs | string {
  const lang = argvLang(argv);
  const command = argv[0] === "forms" || argv[0] === "merge" || argv[0] === "help" ? argv[0] : "rank";
  const parsed = parseCommon(command === "rank" ? argv : argv.slice(1), lang);
  if (typeof parsed === "string") return parsed;
  const { files, output, json, check, replace } = parsed;
  if (command === "help") {
    const [topic, ...more] = files;
    if (topic === undefined) return { command, topic: null, json, lang: parsed.lang };
    if ((topic !== "forms" && topic !== "merge") || more.length > 0)
      return cliError(lang, "usage-help-topic", { command: files.join(" ") });
    return { command, topic, json, lang: parsed.lang };
  }
  // `forms --help` asks about forms; `khoi.xlsx --help` about every command, ranking first.
  if (parsed.help)
    return { command: "help", topic: command === "rank" ? null : command, json, lang: parsed.lang };
  if (check && command !== "rank") return cliError(lang, "usage-check-rank-only", { command });
  if (replace && command !== "merge") return cliError(lang, "usage-replace-merge-only");
  const common = { output, json, lang: parsed.lang };
  if (command === "merge") {
    const [master, ...returned] = files;
    if (!master) return cliError(lang, "usage-no-master");
    if (returned.length === 0) return cliError(lang, "usage-no-returned");
    return { command, master, returned, ...common, replace };
  }
  if (files.length !== 1)
    return cliError(lang, files.length === 0 ? "usage-no-workbook" : "usage-one-workbook");
  const input = files[0] ?? "";
  if (command === "forms") return { command, input, outputDir: output, json, lang: parsed.lang };
  if (check && output) return cliError(lang, "usage-check-no-output");
  return { command, input, ...common, check };
}
