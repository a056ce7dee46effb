// The bloc-rank command line as one file, lib/bloc-rank.js (what bin/bloc-rank.js loads), built by
// `npm run build:cli` (and so by `npm ci`). Node resolving, reading and compiling ~250 modules one by one cost more
// than the ranking of the sample (issue 17, start-up; the figures are in scripts/cliSpeed.ts's output): one file,
// our code and JSZip's, loads in a fraction of it. Each command (src/cli/main.ts's import()) is its own chunk beside
// it, so `bloc-rank --help` reads only the first file. No command uses ExcelJS (a test dependency): src/xlsx reads
// and writes the parts itself, and eslint keeps it out of src.
const path = require("path");

module.exports = {
  mode: "production",
  target: "node20",
  entry: { "bloc-rank": "./src/cli/index.ts" },
  output: {
    path: path.resolve(__dirname, "lib"),
    filename: "[name].js",
    chunkFilename: "bloc-rank.[name].js",
    library: { type: "commonjs2" },
  },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: "ts-loader",
        // Types are checked by `npm run typecheck`; import() stays import() so that webpack splits the commands.
        options: {
          transpileOnly: true,
          configFile: "tsconfig.cli.json",
          compilerOptions: { module: "ESNext", moduleResolution: "Bundler" },
        },
      },
    ],
  },
  // Readable stack traces in a bug report matter more than the few milliseconds minifying saves at start-up.
  optimization: { minimize: false, splitChunks: false },
  devtool: false,
  performance: { hints: false },
  stats: "errors-warnings",
};
