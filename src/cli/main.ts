import { evaluateBloc } from "../engine/evaluateBloc";
import { layoutOutputs } from "../engine/layout/layoutOutputs";
import { cliLabel } from "../strings/cliLabels";
import { applyLayouts } from "../xlsx/applyLayouts";
import { readXlsx } from "../xlsx/readXlsx";
import type { CliIo } from "./cliIo";
import { jsonReport } from "./jsonReport";
import { fileProblem } from "./fileProblem";
import { runForms } from "./formsCommand";
import { runMerge } from "./mergeCommand";
import { parseArgs, USAGE } from "./parseArgs";
import { summary } from "./summary";

/** Exit statuses (DESIGN §8). */
export const EXIT = { ranked: 0, dataErrors: 1, usage: 2 } as const;

const defaultOutput = (input: string): string => input.replace(/(\.xlsx)?$/i, ".ranked.xlsx");

/**
 * `bloc-rank WORKBOOK.xlsx [-o OUT.xlsx] [--json] [--lang vi|en] [--check]`: ranks the bloc in a workbook and
 * writes the input's sheets plus the output sheets to OUT (default NAME.ranked.xlsx), never to the input.
 * Returns the exit status: 0 ranked, 1 data errors (outputs still written, provisional), 2 usage or file error.
 * `bloc-rank forms …` and `bloc-rank merge …` go to their own commands (formsCommand, mergeCommand).
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  // With --json, stdout always carries exactly one JSON object, failures included.
  const fail = (file: string, problem: string): number => {
    io.stderr.write(`bloc-rank: ${file ? `${file}: ` : ""}${problem}\n`);
    if (argv.includes("--json")) io.stdout.write(`${JSON.stringify({ ok: false, error: problem, file })}\n`);
    return EXIT.usage;
  };
  if (typeof args === "string") return fail("", `${args}\n${USAGE}`);
  if (args.command === "forms") return runForms(args, io);
  if (args.command === "merge") return runMerge(args, io);
  const output = args.output ?? defaultOutput(args.input);
  let data: Uint8Array;
  try {
    data = await io.readFile(args.input);
    if (!args.check && (await io.resolve(output)) === (await io.resolve(args.input))) {
      return fail(output, "refusing to write over the input workbook; choose another -o");
    }
  } catch (error) {
    return fail(args.input, fileProblem(error));
  }
  let read: Awaited<ReturnType<typeof readXlsx>>;
  try {
    read = await readXlsx(data);
  } catch (error) {
    return fail(args.input, fileProblem(error));
  }
  const result = evaluateBloc(read.workbook, { year: io.now().getFullYear() });
  const lang = args.lang ?? result.settings.lang;
  const status = result.provisional ? EXIT.dataErrors : EXIT.ranked;
  if (!args.check) {
    try {
      const written = await applyLayouts(data, layoutOutputs(result, { lang, existing: read.existing }));
      await io.writeFile(output, written);
    } catch (error) {
      return fail(output, fileProblem(error));
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
