import { helpText, usageText } from "../strings/cliHelp";
import type { CliIo } from "./cliIo";
import { EXIT } from "./exitStatus";
import { argvLang, parseArgs } from "./parseArgs";

/**
 * `bloc-rank …`: parses the arguments and runs the command they name: the ranking (rankCommand), `forms`
 * (formsCommand), `merge` (mergeCommand) or `help`. Returns the exit status (report's EXIT).
 * Never rejects: an unexpected exception is one line on stderr (and, with --json, one JSON object), exit 2.
 * Each command's module (and the engine, the .xlsx adapter, JSZip, ExcelJS behind it) loads only when that
 * command runs (issue 17, start-up): --help loads the help's strings alone, a usage error also the reporter
 * (which brings the engine, for the issue messages and the host errors) but no command.
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
    const lang = argvLang(argv);
    const [{ reporter }, { internalProblem }] = await Promise.all([
      import(/* webpackChunkName: "commands" */ "./report"),
      import(/* webpackChunkName: "commands" */ "./fileProblem"),
    ]);
    const report = reporter(io, "rank", { json: argv.includes("--json") && !printed, lang });
    return report.fail("", internalProblem(error, lang));
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    const lang = argvLang(argv);
    const { reporter } = await import(/* webpackChunkName: "commands" */ "./report");
    const status = reporter(io, "rank", { json: argv.includes("--json"), lang }).fail("", {
      code: "usage",
      message: args,
    });
    io.stderr.write(`${usageText(lang)}\n`);
    return status;
  }
  if (args.command === "help") {
    const text = helpText(args.lang ?? "vi", args.topic);
    io.stdout.write(args.json ? `${JSON.stringify({ ok: true, usage: text })}\n` : `${text}\n`);
    return EXIT.ok;
  }
  if (args.command === "forms")
    return (await import(/* webpackChunkName: "commands" */ "./formsCommand")).runForms(args, io);
  if (args.command === "merge")
    return (await import(/* webpackChunkName: "commands" */ "./mergeCommand")).runMerge(args, io);
  return (await import(/* webpackChunkName: "commands" */ "./rankCommand")).runRank(args, io);
}
