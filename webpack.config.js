// Webpack configuration modelled on Microsoft's Office add-in React template (yo office), trimmed to what
// this add-in needs: three pages (task pane, ribbon commands, the commands' failure dialog), the manifest and
// icons copied to dist/.
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { version } = require("./package.json");

const urlDev = "https://localhost:3000/";

/**
 * The one place the production address comes from: ADDIN_BASE_URL at build time. CI builds without it,
 * so an unset variable keeps the dev address (with a warning) rather than failing.
 */
function productionBaseUrl() {
  const raw = (process.env.ADDIN_BASE_URL || "").trim();
  if (!raw) {
    console.warn(
      `warning: ADDIN_BASE_URL is not set; dist/manifest.xml keeps ${urlDev} (fine for CI, not for deployment)`,
    );
    return urlDev;
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `ADDIN_BASE_URL is not a valid URL: "${raw}". Example: ADDIN_BASE_URL=https://addins.example.gov.vn/bloc/`,
    );
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_BASE_URL must use https (Office loads add-ins only over HTTPS): "${raw}"`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Only `webpack serve` needs the dev certificates; a build must not touch the certificate store. */
async function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

/**
 * Records, per entry point, the files a page loads first and the npm packages inside them, so that
 * scripts/check-bundles.js can prove the ribbon bundle holds no React or Fluent without guessing from text.
 */
class BundleReportPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BundleReportPlugin", (compilation) => {
      const stage = webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT;
      compilation.hooks.processAssets.tap({ name: "BundleReportPlugin", stage }, () => {
        const packagesOf = (chunks) => {
          const packages = new Set();
          for (const chunk of chunks) {
            for (const mod of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
              for (const inner of mod.modules || [mod]) {
                const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(inner.resource || "");
                if (match) packages.add(match[1].replace(/\\/g, "/"));
              }
            }
          }
          return [...packages].sort();
        };
        const report = {};
        for (const [name, entry] of compilation.entrypoints) {
          report[name] = {
            files: entry.getFiles().filter((f) => f.endsWith(".js")),
            packages: packagesOf(entry.chunks),
          };
        }
        // Chunks loaded on demand (the samples, the .xlsx reader and ExcelJS): measured apart from the budgets.
        const lazy = [...compilation.chunks].filter((chunk) => !chunk.canBeInitial());
        report.lazy = lazy.map((chunk) => ({
          name: chunk.name || String(chunk.id),
          files: [...chunk.files].filter((f) => f.endsWith(".js")),
          packages: packagesOf([chunk]),
          // A chunk webpack split off (numbered) is named by the lazy parts that load it (webpackChunkName).
          loadedWith: [...chunk.groupsIterable]
            .map((group) => group.name)
            .filter((name) => name && name !== chunk.name),
        }));
        compilation.emitAsset(
          "bundle-report.json",
          new webpack.sources.RawSource(JSON.stringify(report, null, 2)),
        );
      });
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const urlProd = dev ? urlDev : productionBaseUrl();
  return {
    devtool: "source-map",
    // ES2017 keeps the bundles loadable by Office 2019's older webviews as far as our own code goes.
    target: ["web", "es2017"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      dialog: "./src/dialog/dialog.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`; the build only strips types, keeping ES modules for tree shaking.
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { target: "ES2017" } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ __APP_VERSION__: JSON.stringify(version) }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.{png,svg}", to: "assets/[name][ext]", noErrorOnMissing: true },
          // Static bilingual help: the manifest's SupportUrl and Get Started "learn more" link.
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return dev ? content : content.toString().split(urlDev).join(urlProd);
            },
          },
        ],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "dialog.html",
        template: "./src/dialog/dialog.html",
        chunks: ["dialog"],
      }),
      new BundleReportPlugin(),
    ],
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_SERVE ? await devServerHttps() : undefined },
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    },
  };
};
