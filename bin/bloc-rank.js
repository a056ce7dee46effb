#!/usr/bin/env node
// The bloc-rank command line (DESIGN §8). The TypeScript is compiled to lib/ by `npm ci` (prepare script).
const { main } = require("../lib/cli/main.js");
const { nodeIo } = require("../lib/cli/nodeIo.js");

main(process.argv.slice(2), nodeIo()).then(
  (status) => (process.exitCode = status),
  (error) => {
    process.stderr.write(`bloc-rank: internal error: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 2;
  },
);
