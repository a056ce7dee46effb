import { evaluateBloc, layoutOutputs } from "../engine";
import { cliError } from "../strings/cliErrors";
import { cliLabel } from "../strings/cliLabels";
import { applyLayouts } from "../xlsx/applyLayouts";
import { readXlsx } from "../xlsx/readXlsx";
import type { CliIo } from "./cliIo";
import { jsonReport } from "./jsonReport";
import type { RankArgs } from "./parseArgs";
import { doneStatus, reporter } from "./report";
import { sameFile } from "./sameFile";
import { summary } from "./summary";

const defaultOutput = (input: string): string => input.replace(/(\.xlsx)?$/i, ".ranked.xlsx");

/**
 * `bloc-rank WORKBOOK.xlsx [-o OUT.xlsx] [--json] [--lang vi|en] [--check]`: ranks the bloc in a workbook and
 * writes the input's sheets plus the output sheets to OUT (default NAME.ranked.xlsx), never to the input.
 * Returns the exit status: 0 ranked, 1 data errors (outputs still written, provisional), 2 usage or file error.
 */
export async function runRank(args: RankArgs, io: CliIo): Promise<number> {
  const output = args.output ?? defaultOutput(args.input);
  const report = reporter(io, "rank", args);
  let data: Uint8Array;
  try {
    data = await io.readFile(args.input);
  } catch (error) {
    return report.failOn(args.input, error);
  }
  if (!args.check && (await sameFile(io, output, args.input))) {
    return report.fail(output, {
      code: "same-as-input",
      message: cliError(report.lang, "same-as-input", { input: args.input }),
    });
  }
  let read: Awaited<ReturnType<typeof readXlsx>>;
  try {
    read = await readXlsx(data);
  } catch (error) {
    return report.failOn(args.input, error);
  }
  const result = evaluateBloc(read.workbook, { year: io.now().getFullYear() });
  const lang = report.settle(result.settings);
  if (!args.check) {
    try {
      const written = await applyLayouts(read, layoutOutputs(result, { lang, existing: read.existing }));
      await io.writeFile(output, written);
    } catch (error) {
      return report.failOn(output, error);
    }
  }
  if (args.json) io.stdout.write(`${JSON.stringify(jsonReport(result, lang))}\n`);
  else {
    io.stdout.write(summary(result, lang));
    io.stdout.write(
      `${args.check ? cliLabel(lang, "checked") : cliLabel(lang, "written", { file: output })}\n`,
    );
  }
  return doneStatus(result.provisional);
}
