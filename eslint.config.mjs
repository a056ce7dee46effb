// ESLint flat config: the Office add-in rules (eslint-plugin-office-addins, as office-addin-lint uses them),
// typescript-eslint, and the architecture rule that keeps the engine pure (DESIGN §6).
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

const tsFiles = ["**/*.{ts,tsx,mts,cts}"];

const clockMessage = "src/engine must not read the clock: the hosts pass the year (or date) in.";

/** The engine runs in the task pane, the ribbon runtime and Node: it may import nothing host-specific. */
const engineBoundary = {
  files: ["src/engine/**/*.{ts,tsx}"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          { group: ["**/excel", "**/excel/**"], message: "src/engine must not import the Excel adapter." },
          { group: ["**/xlsx", "**/xlsx/**"], message: "src/engine must not import the .xlsx adapter." },
          { group: ["**/cli", "**/cli/**"], message: "src/engine must not import the CLI." },
          { group: ["**/taskpane", "**/taskpane/**"], message: "src/engine must not import the task pane." },
          {
            group: ["**/commands", "**/commands/**"],
            message: "src/engine must not import ribbon commands.",
          },
          {
            group: ["react", "react-*", "react/**", "@fluentui/*"],
            message: "src/engine must not use React.",
          },
          {
            group: ["@microsoft/office-js", "office-js", "@types/office-js"],
            message: "src/engine must not use Office.js.",
          },
          {
            group: ["fs", "fs/*", "node:*", "path", "os", "child_process"],
            message: "src/engine must not touch Node or the file system.",
          },
          { group: ["exceljs"], message: "src/engine works on 2-D arrays; .xlsx belongs to src/xlsx." },
        ],
      },
    ],
    "no-restricted-globals": [
      "error",
      { name: "Office", message: "src/engine must not use Office.js." },
      { name: "Excel", message: "src/engine must not use Office.js." },
      { name: "window", message: "src/engine must not use the DOM." },
      { name: "document", message: "src/engine must not use the DOM." },
      { name: "process", message: "src/engine must not use Node." },
      { name: "require", message: "src/engine must not use Node." },
    ],
    // Results depend on the input alone: the hosts read the clock and pass the year (evaluateBloc's options).
    "no-restricted-syntax": [
      "error",
      { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: clockMessage },
      { selector: "CallExpression[callee.name='Date']", message: clockMessage },
      { selector: "MemberExpression[object.name='Date'][property.name='now']", message: clockMessage },
    ],
  },
};

/** The engine's index is its only door, and the Excel adapter's index the pane's, the ribbon's and the dialog's. */
const doors = {
  engine: {
    group: ["**/engine/**"],
    message: "Import the engine from its index (src/engine), not from a stage's module.",
  },
  excel: {
    group: ["**/excel/**"],
    message: "Import the Excel adapter from its index (src/excel), not from one of its modules.",
  },
};
// import() is not an import declaration: no-restricted-imports does not see the lazy chunks' imports.
const lazyDeepImport = {
  selector: "ImportExpression[source.value=/(^|\\/)(engine|excel)\\/./]",
  message: "Load the engine or the Excel adapter from its index, naming the exports (webpackExports).",
};
// ExcelJS is a test dependency only (an independent reader of what we write): the product keeps the user's
// parts and writes its own (src/xlsx), and a user's install has no ExcelJS.
const testOnly = {
  group: ["exceljs", "exceljs/*"],
  message: "ExcelJS is for tests: src/xlsx reads and writes the parts itself (DESIGN §10).",
};
const hostDoors = [
  {
    files: ["src/{excel,xlsx,cli,taskpane,commands,dialog}/**/*.{ts,tsx}"],
    rules: { "no-restricted-syntax": ["error", lazyDeepImport] },
  },
  {
    files: ["src/{excel,xlsx,cli}/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [doors.engine, testOnly] }] },
  },
  {
    files: ["src/{taskpane,commands,dialog}/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [doors.engine, doors.excel, testOnly] }] },
  },
];

// The plugin bundles its own typescript-eslint; reuse its plugin objects so that ESLint sees one of each.
// Its config names a parser it fails to import (undefined), so the TypeScript parser is set here.
const base = officeAddins.configs.recommended.find((c) => c.plugins && c.plugins["office-addins"]);

export default [
  {
    ignores: [
      "node_modules/",
      "dist/",
      "out/",
      "coverage/",
      "assets/",
      "lib/",
      ".bench/",
      ".browser/",
      ".sizes/",
    ],
  },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx,mts,cts,js,mjs,cjs}"],
    plugins: base.plugins,
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { console: "readonly", setTimeout: "readonly", clearTimeout: "readonly" },
    },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "prettier/prettier": "off",
      "react/react-in-jsx-scope": "off",
    },
  },
  {
    files: tsFiles,
    // TypeScript checks names itself; the base rule also flags parameter names inside function types.
    rules: { "no-undef": "off", "no-unused-vars": "off" },
  },
  {
    files: ["**/*.{js,cjs}", "scripts/**/*.mjs", "webpack.config.js", "jest.config.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        Buffer: "readonly",
        URL: "readonly",
      },
    },
  },
  { files: ["**/*.mjs"], languageOptions: { sourceType: "module" } },
  engineBoundary,
  ...hostDoors,
];
