// Webpack configuration modelled on Microsoft's Office add-in React template (yo office), trimmed to what
// this add-in needs: three pages (task pane, ribbon commands, the commands' failure dialog), the manifest and
// icons copied to dist/. Two compilers: the task pane (ES2017, a modern webview) and the ribbon runtime with
// its dialog (ES5 through Babel and core-js, for IE11 and EdgeHTML: DESIGN §7).
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
 * One report for both compilers: each compiler's part is kept, and every compilation writes all parts known
 * so far, so the ribbon build (which runs second) writes the whole of it, and a watch rebuild of either
 * keeps the other's part.
 */
class BundleReport {
  constructor() {
    this.parts = new Map();
  }

  /** The plugin for one compiler. */
  part() {
    return { apply: (compiler) => this.apply(compiler) };
  }

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
        const pages = {};
        for (const [name, entry] of compilation.entrypoints) {
          pages[name] = {
            files: entry.getFiles().filter((f) => f.endsWith(".js")),
            packages: packagesOf(entry.chunks),
          };
        }
        // Chunks loaded on demand (the samples, the .xlsx reader and ExcelJS): measured apart from the budgets.
        const lazy = [...compilation.chunks]
          .filter((chunk) => !chunk.canBeInitial())
          .map((chunk) => ({
            name: chunk.name || String(chunk.id),
            // Which build made it: the ribbon's chunks must parse as ES5 like its pages.
            compiler: compiler.options.name,
            files: [...chunk.files].filter((f) => f.endsWith(".js")),
            packages: packagesOf([chunk]),
            // A chunk webpack split off (numbered) is named by the lazy parts that load it (webpackChunkName).
            loadedWith: [...chunk.groupsIterable]
              .map((group) => group.name)
              .filter((name) => name && name !== chunk.name),
          }));
        this.parts.set(compiler.options.name, { pages, lazy });
        const report = { lazy: [] };
        for (const part of this.parts.values()) {
          Object.assign(report, part.pages);
          report.lazy.push(...part.lazy);
        }
        // The pages first, as before the split into two compilers.
        const { lazy: allLazy, ...allPages } = report;
        compilation.emitAsset(
          "bundle-report.json",
          new webpack.sources.RawSource(JSON.stringify({ ...allPages, lazy: allLazy }, null, 2)),
        );
      });
    });
  }
}

/** core-js's installed minor version: with a bare `3`, preset-env would only know the polyfills of core-js 3.0. */
const coreJs = require("core-js/package.json").version.split(".").slice(0, 2).join(".");

/**
 * Polyfills `usage` would add for what the ribbon's code never does, each checked: IE11 has typed arrays (the
 * UTF-8 encoder only constructs a Uint8Array); `.map(`, `.filter(`, `.some(` on arrays would pull in the
 * iterator helpers and the new Set methods, which the code cannot call (tsconfig's lib is ES2022); the RegExp
 * and String regexp-method fixes are for named groups and sticky, dotAll or `Symbol.replace` semantics, which
 * Babel has already compiled away; Number("0b1"), Error's `cause`, array species, the ES5 array methods' spec
 * fixes and function names change nothing the ribbon relies on; it touches no DOM collections or URL
 * (dialogQuery builds and reads its query itself).
 */
const es5PolyfillsNotNeeded = [
  /^es(next)?\.(typed-array|uint8-array|array-buffer|data-view)\./,
  /^es(next)?\.iterator\./,
  /^es(next)?\.set\.(difference|intersection|is-disjoint-from|is-subset-of|is-superset-of|symmetric-difference|union)/,
  /get-or-insert/,
  /^es(next)?\.regexp\.(constructor|exec|flags|sticky|test|to-string|dot-all)$/,
  /^es(next)?\.string\.(match|replace|search|split)$/,
  /^es(next)?\.number\.constructor$/,
  /^es(next)?\.error\.cause$/,
  /^es(next)?\.array\.(concat|slice|splice|push|unshift|map|filter|for-each|join|index-of|last-index-of|reduce|reduce-right|some|every|reverse|is-array)$/,
  /^es(next)?\.object\.keys$/,
  /^es(next)?\.function\.name$/,
  /^es(next)?\.symbol\.description$/,
  /^es(next)?\.reflect\.construct$/,
  /^web\.(dom-collections|url|structured-clone)/,
  // `font.bold`, `format.font.italic`… are Office.js properties, not String.prototype's HTML methods.
  /^es\.string\.(anchor|big|blink|bold|fixed|fontcolor|fontsize|italics|link|small|strike|sub|sup)$/,
  // IE11 has WeakMap; the ribbon only constructs it empty and calls get and set without chaining (IE11's set
  // returns undefined), which IE11's does as well: test/browser/legacyRuntime gives the realm one like it.
  /^es\.weak-map/,
  // Object.prototype.toString reading Symbol.toStringTag: nothing calls it on an object that has one (a
  // `.toString(16)` on a number is what makes `usage` add it).
  /^es\.object\.to-string$/,
  // Only `with` reads Array.prototype[Symbol.unscopables].
  /^es\.array\.unscopables\./,
  // Number.prototype.toExponential is called only by big.js's sqrt (`.toExponential` elsewhere is Big's own),
  // which the ribbon never calls.
  /^es\.number\.to-exponential$/,
];

/**
 * The Babel helpers (classes, spread, for-of, async) in one module the ribbon bundle shares, instead of a copy
 * in every module: written once per Babel version (@babel/core builds them) to node_modules/.cache, beside
 * babel-loader's cache, rather than the system's temporary directory. The real path, as webpack resolves
 * modules through symbolic links (a worktree's node_modules may be one) and the rule below compares paths.
 */
function babelHelpersModule() {
  const fs = require("fs");
  const babel = require("@babel/core");
  const dir = path.join(fs.realpathSync(path.join(__dirname, "node_modules")), ".cache", "bloc-scoring");
  const file = path.join(dir, `babel-helpers-${babel.version}.mjs`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    const temp = `${file}.${process.pid}`;
    fs.writeFileSync(temp, babel.buildExternalHelpers(undefined, "module"));
    fs.renameSync(temp, file);
  }
  return file;
}

const babelHelpers = babelHelpersModule();

/**
 * Babel for the ribbon runtime and its dialog, as Microsoft's add-in templates compile theirs: preset-env down
 * to IE 11 (Office 2016–2019 on Windows runs add-in commands in IE11 or EdgeHTML 18), with only the core-js
 * polyfills the code uses. `unambiguous` leaves CommonJS packages CommonJS when polyfill imports are added.
 */
const es5Babel = {
  loader: "babel-loader",
  options: {
    babelrc: false,
    configFile: false,
    sourceType: "unambiguous",
    presets: [
      [
        "@babel/preset-env",
        {
          targets: { ie: "11" },
          useBuiltIns: "usage",
          corejs: coreJs,
          modules: false,
          bugfixes: true,
          exclude: [...es5PolyfillsNotNeeded, "transform-typeof-symbol"],
        },
      ],
    ],
    // What the code never relies on (it makes no symbols, reads no `document.all`, calls no class without new,
    // breaks out of no generator), so the ES5 output can take the short forms (a few percent smaller).
    assumptions: {
      constantReexports: true,
      constantSuper: true,
      ignoreFunctionLength: true,
      ignoreToPrimitiveHint: true,
      noClassCalls: true,
      noDocumentAll: true,
      noNewArrows: true,
      objectRestNoSymbols: true,
      setClassMethods: true,
      setComputedProperties: true,
      setPublicClassFields: true,
      setSpreadProperties: true,
      skipForOfIteratorClosing: true,
      superIsCallableConstructor: true,
    },
    plugins: [[require("./scripts/babelSharedHelpers"), { module: babelHelpers }]],
  },
};

/** The shared helpers themselves: syntax only; they test for what they use, and their callers bring polyfills. */
const es5HelpersBabel = {
  babelrc: false,
  configFile: false,
  sourceType: "module",
  presets: [["@babel/preset-env", { targets: { ie: "11" }, modules: false }]],
};

/** webpack's own runtime code for the ES5 bundles: no arrows, const, destructuring or template literals. */
const es5Environment = {
  arrowFunction: false,
  asyncFunction: false,
  bigIntLiteral: false,
  const: false,
  destructuring: false,
  document: true,
  dynamicImport: false,
  dynamicImportInWorker: false,
  forOf: false,
  globalThis: false,
  module: false,
  optionalChaining: false,
  templateLiteral: false,
};

/** ts-loader strips types only (`npm run typecheck` checks them), keeping ES modules for tree shaking. */
const tsLoader = {
  loader: "ts-loader",
  options: { transpileOnly: true, compilerOptions: { target: "ES2017" } },
};

/** For the ES5 bundles TypeScript only strips types: Babel compiles all the syntax, in its shorter forms. */
const tsLoaderForBabel = {
  loader: "ts-loader",
  options: { transpileOnly: true, compilerOptions: { target: "ES2022" } },
};

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const urlProd = dev ? urlDev : productionBaseUrl();
  const output = {
    path: path.resolve(__dirname, "dist"),
    filename: dev ? "[name].js" : "[name].[contenthash:8].js",
    chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
  };
  const define = new webpack.DefinePlugin({ __APP_VERSION__: JSON.stringify(version) });
  const report = new BundleReport();
  // Two compilers: the task pane needs a modern webview anyway (Fluent UI v9) and is built for ES2017; the
  // ribbon runtime and its failure dialog must run in every webview Office uses, so they are ES5 (DESIGN §7).
  // The ribbon build runs after the pane's, which cleans dist/ and copies the static files, and writes the
  // one bundle report for all three pages.
  const taskpane = {
    name: "taskpane",
    devtool: "source-map",
    target: ["web", "es2017"],
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: { ...output, clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: tsLoader },
        // The engine and the Excel adapter are imported through their index (their only door); their modules
        // have no side effects, so what a bundle or a lazy chunk does not use is left out.
        { test: /[\\/]src[\\/](engine|excel)[\\/]/, sideEffects: false },
        // The unsupported-webview check, inlined into taskpane.html as written (it is ES5 by hand).
        { resourceQuery: /inline/, type: "asset/source" },
      ],
    },
    performance: { hints: false },
    plugins: [
      define,
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
      report.part(),
    ],
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_SERVE ? await devServerHttps() : undefined },
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    },
  };
  const ribbon = {
    name: "ribbon",
    dependencies: ["taskpane"],
    devtool: "source-map",
    target: ["web", "es5"],
    entry: {
      // The few things core-js does not polyfill (TextEncoder, String.prototype.normalize), before any module.
      commands: ["./src/polyfills/installPolyfills.ts", "./src/commands/commands.ts"],
      dialog: "./src/dialog/dialog.ts",
    },
    output: { ...output, clean: false, environment: es5Environment },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: [es5Babel, tsLoaderForBabel] },
        // The engine and the Excel adapter are imported through their index (their only door); their modules
        // have no side effects, so what a bundle or a lazy chunk does not use is left out.
        { test: /[\\/]src[\\/](engine|excel)[\\/]/, sideEffects: false },
        // The shared Babel helpers: compiled to ES5 too, and what the bundle does not use is dropped.
        {
          test: (file) => file === babelHelpers,
          sideEffects: false,
          use: { loader: "babel-loader", options: es5HelpersBabel },
        },
        // Packages the ribbon pulls in (big.js) are compiled too; core-js is already ES5 and must not polyfill itself,
        // and the shared helpers have the rule above.
        {
          test: /\.[cm]?js$/,
          include: /node_modules/,
          exclude: [/node_modules[\\/]core-js/, babelHelpers],
          use: es5Babel,
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      define,
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
      report.part(),
    ],
  };
  return [taskpane, ribbon];
};
