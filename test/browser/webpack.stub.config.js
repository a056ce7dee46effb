// Bundles the Office stub (test/browser/officeStub.ts) into one script that the browser tests serve in place
// of office.js. Development mode: readable stack traces when a page fails in the stub or the fake.
const path = require("path");

module.exports = {
  mode: "development",
  devtool: false,
  target: ["web", "es2017"],
  entry: path.resolve(__dirname, "officeStub.ts"),
  output: { path: path.resolve(__dirname, "../../.browser"), filename: "officeStub.js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { target: "ES2017" } } },
      },
    ],
  },
  performance: { hints: false },
};
