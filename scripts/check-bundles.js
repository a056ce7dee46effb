#!/usr/bin/env node
// Checks the production bundles against DESIGN §7 after `npm run build`: the JavaScript each page loads
// first, gzipped as a server would send it, must stay within its budget, and the ribbon runtime and its
// failure dialog must carry no React or Fluent, and no page may load the .xlsx parser (ExcelJS) up front: it is a
// lazy chunk, reported on its own. The ribbon's pages run in every webview Office uses, IE11 included, so every
// script they load must parse as ES5; so must the task pane's inline scripts (its unsupported-webview check).
// Usage: node scripts/check-bundles.js [distDir]
const acorn = require("acorn");
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const pages = [
  // DESIGN §7: the shell and the rank tab; the other tabs, dialogs and the rank run are lazy chunks.
  { page: "taskpane", html: "taskpane.html", budgetKb: 150, uiFree: false, es5: false },
  // DESIGN §7: 60 KB, as ES5 with the core-js polyfills IE11 needs. The page only associates the handlers; the
  // rank run (engine, layouts, words: about 85 KB gzip) is a chunk loaded when a button is pressed.
  { page: "commands", html: "commands.html", budgetKb: 60, uiFree: true, es5: true },
  // About 2 KB gzip today (its words and the host messages); 10 KB still catches the engine or the pane's
  // strings slipping in, which would slow the one window a failed ribbon command opens.
  { page: "dialog", html: "dialog.html", budgetKb: 10, uiFree: true, es5: true },
];

/** npm packages that mean a UI framework slipped into a bundle (names from dist/bundle-report.json). */
const uiPackage = /^(react|react-dom|scheduler|@fluentui\/.*|@griffel\/.*)$/;
/** The .xlsx parser and its zip reader: only ever in a chunk loaded on demand (DESIGN §7). */
const xlsxPackage = /^(exceljs|jszip)$/;
/** Text that survives minification of ExcelJS's browser build (its global name): the fallback check. */
const xlsxMarkers = [/ExcelJS/];
/** Text that survives minification of React, React DOM, Fluent class names and Griffel: the fallback check. */
const uiMarkers = [/react\.(transitional\.)?element/, /__reactFiber/, /["'`]fui-[A-Z]/, /griffel/i];

/** Every <script src> of a page, quoted or not (html-webpack-plugin minifies away the quotes). */
function scriptSources(html) {
  const sources = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) || []) {
    const match = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    if (match) sources.push(match[1] ?? match[2] ?? match[3]);
  }
  return sources;
}

/** The code of each inline <script> (one without src) of a page. */
function inlineScripts(html) {
  const scripts = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1];
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(` ${attributes}`);
    if (type && !/^(text|application)\/(javascript|ecmascript)$/i.test(type[1])) continue;
    if (match[2].trim()) scripts.push(match[2]);
  }
  return scripts;
}

/** Where `code` (named `name`) does not parse as ES5, or null when it does. */
function es5Error(name, code) {
  try {
    acorn.parse(code, { ecmaVersion: 5, sourceType: "script" });
    return null;
  } catch (error) {
    const at = error.loc ? `:${error.loc.line}:${error.loc.column + 1}` : "";
    return `${name}${at} is not ES5 (${error.message.replace(/\s*\(\d+:\d+\)$/, "")})`;
  }
}

/** Local scripts only: office.js comes from Microsoft's CDN and is not ours to budget. */
function localScripts(distDir, html) {
  return scriptSources(html)
    .filter((src) => !/^([a-z]+:)?\/\//i.test(src))
    .map((src) => path.join(distDir, decodeURIComponent(src.split(/[?#]/)[0]).replace(/^\//, "")));
}

function measure(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

function readReport(distDir) {
  const reportPath = path.join(distDir, "bundle-report.json");
  return fs.existsSync(reportPath) ? JSON.parse(fs.readFileSync(reportPath, "utf8")) : null;
}

/** Packages matching `packagePattern` in a page's bundle report, and files matching one of `markers`. */
function findLeaks(distDir, page, files, packagePattern, markers) {
  const report = readReport(distDir);
  const found = [];
  for (const name of (report && report[page] && report[page].packages) || [])
    if (packagePattern.test(name)) found.push(name);
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    for (const marker of markers)
      if (marker.test(text)) found.push(`${path.basename(file)} matches ${marker}`);
  }
  return found;
}

const uiLeaks = (distDir, page, files) => findLeaks(distDir, page, files, uiPackage, uiMarkers);
const xlsxLeaks = (distDir, page, files) => findLeaks(distDir, page, files, xlsxPackage, xlsxMarkers);

/** The chunks loaded on demand, with their sizes: reported, not budgeted (they load only when used). */
function lazyChunks(distDir) {
  const report = readReport(distDir);
  return ((report && report.lazy) || []).map((chunk) => {
    const files = chunk.files.map((f) => path.join(distDir, f)).filter((f) => fs.existsSync(f));
    const { raw, gzip } = measure(files);
    return {
      name: chunk.name,
      compiler: chunk.compiler,
      files: chunk.files,
      packages: chunk.packages,
      loadedWith: chunk.loadedWith || [],
      rawKb: raw / 1024,
      gzipKb: gzip / 1024,
    };
  });
}

/** Returns the table rows and the failures; prints nothing, so tests can drive it. */
function checkBundles(distDir) {
  const rows = [];
  const failures = [];
  for (const { page, html, budgetKb, uiFree, es5 } of pages) {
    const htmlPath = path.join(distDir, html);
    if (!fs.existsSync(htmlPath)) {
      failures.push(`${html} not found in ${distDir}: run \`npm run build\` first`);
      continue;
    }
    const htmlText = fs.readFileSync(htmlPath, "utf8");
    // Inline scripts run before any bundle, in whatever webview loaded the page: always ES5.
    inlineScripts(htmlText).forEach((code, i) => {
      const error = es5Error(`${html} inline script ${i + 1}`, code);
      if (error) failures.push(`${page}: ${error}`);
    });
    const files = localScripts(distDir, htmlText);
    const missing = files.filter((f) => !fs.existsSync(f));
    if (files.length === 0 || missing.length > 0) {
      failures.push(
        `${html}: ${files.length === 0 ? "loads no local script" : `missing ${missing.join(", ")}`}`,
      );
      continue;
    }
    if (es5)
      for (const file of files) {
        const error = es5Error(path.relative(distDir, file), fs.readFileSync(file, "utf8"));
        if (error) failures.push(`${page}: ${error}`);
      }
    const { raw, gzip } = measure(files);
    rows.push({
      page,
      files: files.map((f) => path.basename(f)),
      rawKb: raw / 1024,
      gzipKb: gzip / 1024,
      budgetKb,
    });
    if (gzip / 1024 > budgetKb)
      failures.push(`${page}: ${(gzip / 1024).toFixed(1)} KB gzip is over its ${budgetKb} KB budget`);
    const leaks = uiFree ? uiLeaks(distDir, page, files) : [];
    if (leaks.length > 0)
      failures.push(`${page}: must not contain React or Fluent, found ${[...new Set(leaks)].join("; ")}`);
    const parser = xlsxLeaks(distDir, page, files);
    if (parser.length > 0)
      failures.push(
        `${page}: the .xlsx parser must load lazily, found ${[...new Set(parser)].join("; ")} in the initial bundle`,
      );
  }
  const lazy = lazyChunks(distDir);
  // The ribbon's chunks loaded on demand run in the same webviews as its pages: ES5 too.
  for (const chunk of lazy.filter((c) => c.compiler === "ribbon"))
    for (const file of chunk.files) {
      const full = path.join(distDir, file);
      if (!fs.existsSync(full)) continue;
      const error = es5Error(file, fs.readFileSync(full, "utf8"));
      if (error) failures.push(`ribbon chunk ${chunk.name}: ${error}`);
    }
  return { rows, failures, lazy };
}

function formatTable(rows) {
  const header = ["page", "files", "raw KB", "gzip KB", "budget KB"];
  const body = rows.map((r) => [
    r.page,
    r.files.join(" "),
    r.rawKb.toFixed(1),
    r.gzipKb.toFixed(1),
    String(r.budgetKb),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(" | ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("-|-"), ...body.map(line)].join("\n");
}

if (require.main === module) {
  const distDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist"));
  const { rows, failures, lazy } = checkBundles(distDir);
  if (rows.length > 0) console.log(formatTable(rows));
  if (lazy.length > 0) {
    console.log("\nLoaded on demand (not in any budget):");
    for (const chunk of lazy)
      console.log(
        `  ${chunk.name}${chunk.loadedWith.length > 0 ? ` (with ${chunk.loadedWith.join(", ")})` : ""}: ${chunk.files.join(" ")} ${chunk.rawKb.toFixed(1)} KB, ${chunk.gzipKb.toFixed(1)} KB gzip` +
          (chunk.packages.length > 0 ? ` (${chunk.packages.join(", ")})` : ""),
      );
  }
  for (const failure of failures) console.error(`FAIL ${failure}`);
  if (failures.length === 0) console.log("Bundles within budget (DESIGN §7).");
  process.exitCode = failures.length > 0 ? 1 : 0;
}

module.exports = { checkBundles, scriptSources, inlineScripts, localScripts, formatTable, lazyChunks };
