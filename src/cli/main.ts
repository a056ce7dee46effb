import { evaluateBloc, type Lang, layoutOutputs } from "../engine";
import { cliError } from "../strings/cliErrors";
import { helpText, usageText } from "../strings/cliHelp";
import { cliLabel } from "../strings/cliLabels";
import { applyLayouts } from "../xlsx/applyLayouts";
import { readXlsx } from "../xlsx/readXlsx";
import type { CliIo } from "./cliIo";
import { jsonReport } from "./jsonReport";
import { failureJson, fileProblem, internalProblem, type CliFailure } from "./fileProblem";
import { runForms } from "./formsCommand";
import { runMerge } from "./mergeCommand";
import { argvLang, parseArgs, type RankArgs } from "./parseArgs";
import { sameFile } from "./sameFile";
import { summary } from "./summary";

/** Exit statuses (DESIGN §8). */
export const EXIT = { ranked: 0, dataErrors: 1, usage: 2 } as const;

const defaultOutput = (input: string): string => input.replace(/(\.xlsx)?$/i, ".ranked.xlsx");

/**
 * `bloc-rank WORKBOOK.xlsx [-o OUT.xlsx] [--json] [--lang vi|en] [--check]`: ranks the bloc in a workbook and
 * writes the input's sheets plus the output sheets to OUT (default NAME.ranked.xlsx), never to the input.
 * Returns the exit status: 0 ranked, 1 data errors (outputs still written, provisional), 2 usage or file error.
 * `bloc-rank forms …` and `bloc-rank merge …` go to their own commands (formsCommand, mergeCommand).
 * Never rejects: an unexpected exception is one line on stderr (and, with --json, one JSON object), exit 2.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let printed = false;
  const guarded: CliIo = {
    ...io,
    stdout: {
      write: (text: string) => {
        printed = true;
        return io.stdout.write(text);
      },
    },
  };
  try {
    return await dispatch(argv, guarded);
  } catch (error) {
    // Nothing is ever written to an input, so whatever failed, the input is as it was.
    const problem = internalProblem(error, argvLang(argv));
    io.stderr.write(`bloc-rank: ${problem.message}\n`);
    if (argv.includes("--json") && !printed) io.stdout.write(`${failureJson(problem, "")}\n`);
    return EXIT.usage;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    const lang = argvLang(argv);
    io.stderr.write(`bloc-rank: ${args}\n${usageText(lang)}\n`);
    if (argv.includes("--json")) io.stdout.write(`${failureJson({ code: "usage", message: args }, "")}\n`);
    return EXIT.usage;
  }
  if (args.command === "help") {
    const text = helpText(args.lang ?? "vi", args.topic);
    io.stdout.write(args.json ? `${JSON.stringify({ ok: true, usage: text })}\n` : `${text}\n`);
    return EXIT.ranked;
  }
  if (args.command === "forms") return runForms(args, io);
  if (args.command === "merge") return runMerge(args, io);
  return runRank(args, io);
}

async function runRank(args: RankArgs, io: CliIo): Promise<number> {
  const output = args.output ?? defaultOutput(args.input);
  // Until the workbook's own settings are read, messages follow --lang, else Vietnamese.
  let lang: Lang = args.lang ?? "vi";
  // With --json, stdout always carries exactly one JSON object, failures included.
  const fail = (file: string, problem: CliFailure): number => {
    io.stderr.write(`bloc-rank: ${file ? `${file}: ` : ""}${problem.message}\n`);
    if (args.json) io.stdout.write(`${failureJson(problem, file)}\n`);
    return EXIT.usage;
  };
  let data: Uint8Array;
  try {
    data = await io.readFile(args.input);
  } catch (error) {
    return fail(args.input, fileProblem(error, "rank", lang));
  }
  if (!args.check && (await sameFile(io, output, args.input))) {
    return fail(output, {
      code: "same-as-input",
      message: cliError(lang, "same-as-input", { input: args.input }),
    });
  }
  let read: Awaited<ReturnType<typeof readXlsx>>;
  try {
    read = await readXlsx(data);
  } catch (error) {
    return fail(args.input, fileProblem(error, "rank", lang));
  }
  const result = evaluateBloc(read.workbook, { year: io.now().getFullYear() });
  lang = args.lang ?? result.settings.lang;
  const status = result.provisional ? EXIT.dataErrors : EXIT.ranked;
  if (!args.check) {
    try {
      const written = await applyLayouts(data, layoutOutputs(result, { lang, existing: read.existing }));
      await io.writeFile(output, written);
    } catch (error) {
      return fail(output, fileProblem(error, "rank", lang));
    }
  }
  if (args.json) io.stdout.write(`${JSON.stringify(jsonReport(result, lang))}\n`);
  else {
    io.stdout.write(summary(result, lang));
    io.stdout.write(
      `${args.check ? cliLabel(lang, "checked") : cliLabel(lang, "written", { file: output })}\n`,
    );
  }
  return status;
}
