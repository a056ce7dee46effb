#!/usr/bin/env node
// The bloc-rank command line (DESIGN §8). The TypeScript is compiled to lib/ by `npm ci` (prepare script).
const { main } = require("../lib/cli/main.js");
const { nodeIo } = require("../lib/cli/nodeIo.js");

const argv = process.argv.slice(2);
// main never rejects; this is the last resort should it ever, keeping the one-line, one-object contract.
main(argv, nodeIo()).then(
  (status) => (process.exitCode = status),
  (error) => {
    const detail = error && error.message ? error.message.split("\n")[0] : String(error);
    // In --lang's words like every other message, unless even the strings fail to load.
    let message = `internal error: ${detail}`;
    try {
      const { cliError } = require("../lib/strings/cliErrors.js");
      message = cliError(require("../lib/cli/parseArgs.js").argvLang(argv), "internal", { detail });
    } catch {
      // keep the English line
    }
    process.stderr.write(`bloc-rank: ${message}\n`);
    if (argv.includes("--json"))
      process.stdout.write(
        `${JSON.stringify({ ok: false, error: { code: "internal", message }, file: "" })}\n`,
      );
    process.exitCode = 2;
  },
);
