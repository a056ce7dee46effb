#!/usr/bin/env node
// The bloc-rank command line (DESIGN §8). `npm ci` (the prepare script) bundles the TypeScript into lib/bloc-rank.js
// (webpack.cli.config.js): one file loads faster than the ~250 modules of lib/cli/, and each command is a chunk
// of its own, read only when it runs.
const cli = require("../lib/bloc-rank.js");

const argv = process.argv.slice(2);
// main never rejects; this is the last resort should it ever, keeping the one-line, one-object contract.
cli.main(argv, cli.nodeIo()).then(
  (status) => (process.exitCode = status),
  (error) => {
    const detail = error && error.message ? error.message.split("\n")[0] : String(error);
    // In --lang's words like every other message, unless even the strings fail to load.
    let message = `internal error: ${detail}`;
    try {
      message = cli.cliError(cli.argvLang(argv), "internal", { detail });
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
