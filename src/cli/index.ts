// What bin/bloc-rank.js needs, in one module: the entry of the CLI's bundle (webpack.cli.config.js, lib/bloc-rank.js).
export { main } from "./main";
export { nodeIo } from "./nodeIo";
export { argvLang } from "./parseArgs";
export { cliError } from "../strings/cliErrors";
