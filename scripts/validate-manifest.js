#!/usr/bin/env node
// Offline manifest validation: `office-addin-manifest validate` needs a Microsoft web service that
// these machines cannot reach, so the XSDs are checked locally with xmllint-wasm, followed by the
// checks the schema cannot express (resource references, https, icon files, ids, ExcelApi ≤ 1.7).
"use strict";

const fs = require("fs");
const path = require("path");
const { DOMParser } = require("@xmldom/xmldom");
const { validateXML } = require("xmllint-wasm");

const BASE_URL = "https://localhost:3000/"; // the build rewrites exactly this string (see manifest.xml)
const MAX_EXCEL_API = [1, 7]; // Office 2019 (DESIGN §7); messages say 1.7 too
const MAIN_XSD = "OfficeAppManifestV1_1.xsd";
const REPO_ROOT = path.resolve(__dirname, "..");

function defaultXsdDir() {
  return process.env.MANIFEST_XSD_DIR || path.resolve(__dirname, "..", "..", "shared", "office-manifest-xsd");
}

// Which resource kind a `resid` may point to, by the referencing element's local name.
const RESID_KIND = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};
const RESOURCE_KINDS = ["Images", "Urls", "ShortStrings", "LongStrings"];
const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]);
const UNIQUE_ID_ELEMENTS = new Set(["CustomTab", "Group", "Control", "Item"]);

/**
 * The manifest as a plain tree (local names, attributes with their lines, direct text) for the checks
 * below; xmldom parses it, and a syntax error has already been reported by xmllint.
 */
function parseXml(text) {
  const dom = new DOMParser({ locator: {}, onError: () => undefined }).parseFromString(text, "text/xml");
  const convert = (element, parent) => {
    const node = {
      name: element.localName,
      attrs: {},
      children: [],
      parent,
      line: element.lineNumber || 1,
      text: "",
    };
    for (let i = 0; i < element.attributes.length; i++) {
      const a = element.attributes[i];
      node.attrs[a.name] = { value: a.value, line: a.lineNumber || node.line };
    }
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) node.children.push(convert(child, node));
      else if (child.nodeType === 3 || child.nodeType === 4) node.text += child.nodeValue;
    }
    return node;
  };
  const root = { name: "#document", attrs: {}, children: [], parent: null, line: 1, text: "" };
  if (dom.documentElement) root.children.push(convert(dom.documentElement, root));
  return root;
}

function* walk(node) {
  for (const child of node.children) {
    yield child;
    yield* walk(child);
  }
}

const attr = (node, name) => (node.attrs[name] ? node.attrs[name].value : undefined);
const attrLine = (node, name) => (node.attrs[name] ? node.attrs[name].line : node.line);
const versionAbove = (version, [maxMajor, maxMinor]) => {
  const [major = 0, minor = 0] = String(version).split(".").map(Number);
  return major > maxMajor || (major === maxMajor && minor > maxMinor);
};

/** Width and height of a PNG file, or null when it is not one. */
function pngSize(file) {
  const head = fs.readFileSync(file).subarray(0, 24);
  return head.toString("latin1", 1, 4) === "PNG"
    ? { width: head.readUInt32BE(16), height: head.readUInt32BE(20) }
    : null;
}

/** Path of a file under rootDir for a URL on the development base, or null for any other URL. */
function localFile(url, rootDir) {
  if (typeof url !== "string" || !url.startsWith(BASE_URL)) return null;
  return path.resolve(rootDir, decodeURIComponent(url.slice(BASE_URL.length).split(/[?#]/)[0]));
}

async function runXsd(xmlText, xsdDir) {
  const files = fs
    .readdirSync(xsdDir)
    .filter((f) => f.endsWith(".xsd"))
    .map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(xsdDir, f), "utf8") }));
  const main = files.find((f) => f.fileName === MAIN_XSD);
  if (!main) throw new Error(`${MAIN_XSD} not found in ${xsdDir}`);
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xmlText }],
    schema: [main],
    preload: files.filter((f) => f !== main),
  });
  if (result.valid) return [];
  // Parse the raw output: the library's own parser drops lines and keeps parser-error context lines.
  const problems = [];
  for (const line of result.rawOutput.split("\n")) {
    const m = /^manifest\.xml:(\d+): (.*)$/.exec(line);
    if (!m) continue;
    const syntax = /parser error/.test(m[2]);
    const message = m[2]
      .replace(/^.*?(Schemas validity error|parser error) : /, "")
      .replace(/\{[^}]*\}/g, "");
    problems.push({ code: syntax ? "xml-syntax" : "xsd", severity: "error", line: +m[1], message });
  }
  if (problems.length === 0)
    problems.push({ code: "xsd", severity: "error", line: 1, message: result.rawOutput.trim() });
  return problems;
}

function projectChecks(doc, rootDir) {
  const problems = [];
  const error = (code, line, message) => problems.push({ code, severity: "error", line, message });
  const warn = (code, line, message) => problems.push({ code, severity: "warning", line, message });
  const nodes = [...walk(doc)];
  const isResource = (n) =>
    n.parent.parent && n.parent.parent.name === "Resources" && attr(n, "id") !== undefined;

  // Resources by kind; an id may repeat across kinds but not within one.
  const resources = Object.fromEntries(RESOURCE_KINDS.map((k) => [k, new Map()]));
  for (const node of nodes.filter((n) => isResource(n) && resources[n.parent.name])) {
    const [kind, id] = [node.parent.name, attr(node, "id")];
    const first = resources[kind].get(id);
    if (first) error("duplicate-id", attrLine(node, "id"), `${kind} id "${id}" also on line ${first.line}`);
    else resources[kind].set(id, node);
  }

  const used = new Set();
  for (const node of nodes.filter((n) => attr(n, "resid") !== undefined)) {
    const [id, line, want] = [attr(node, "resid"), attrLine(node, "resid"), RESID_KIND[node.name]];
    const found = RESOURCE_KINDS.filter((k) => resources[k].has(id));
    found.forEach((k) => used.add(`${k}|${id}`));
    if (found.length === 0) error("unknown-resid", line, `<${node.name} resid="${id}"> matches no resource`);
    else if (want && !found.includes(want)) error("resid-kind", line, `"${id}" is not in ${want}`);
    const image = want === "Images" && resources.Images.get(id);
    const file = image && localFile(attr(image, "DefaultValue"), rootDir);
    const dims = file && fs.existsSync(file) ? pngSize(file) : null;
    const size = Number(attr(node, "size"));
    if (dims && (dims.width !== size || dims.height !== size))
      warn("icon-size", line, `size ${size} icon "${id}" is ${dims.width}×${dims.height} px`);
  }
  for (const kind of RESOURCE_KINDS)
    for (const [id, node] of resources[kind])
      if (!used.has(`${kind}|${id}`)) warn("unused-resource", node.line, `${kind} "${id}" is never used`);

  // URLs: https only, one spelling of the development base, icon files present.
  for (const node of nodes) {
    const owner = node.name === "Override" ? node.parent : node;
    const inKind = (kind) => isResource(owner) && owner.parent.name === kind;
    const isImage = ["IconUrl", "HighResolutionIconUrl"].includes(owner.name) || inKind("Images");
    const isUrl = isImage || URL_ELEMENTS.has(owner.name) || inKind("Urls");
    const values = Object.entries(node.attrs)
      .filter(([name]) => name !== "xmlns" && !name.startsWith("xmlns:"))
      .map(([name, { value, line }]) => ({ value, line, known: isUrl && /^(Default)?Value$/.test(name) }));
    if (node.children.length === 0 && node.text.trim())
      values.push({ value: node.text.trim(), line: node.line, known: false });
    for (const { value, line, known } of values) {
      if (!known && !/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) continue;
      if (!/^https:\/\//i.test(value)) error("http-url", line, `URL must use https: ${value}`);
      else if (/localhost|127\.0\.0\.1/i.test(value) && !value.startsWith(BASE_URL))
        error("base-url", line, `spell the development base exactly ${BASE_URL}: ${value}`);
      if (!known || !isImage) continue;
      const file = localFile(value, rootDir);
      if (file === null) warn("external-icon", line, `icon served from elsewhere, not checked: ${value}`);
      else if (!fs.existsSync(file) || !fs.statSync(file).isFile())
        error("missing-icon", line, `no file ${path.relative(rootDir, file)} for ${value}`);
    }
  }

  // Ribbon ids, unique within a form factor.
  const seen = new Map();
  for (const node of nodes.filter((n) => UNIQUE_ID_ELEMENTS.has(n.name) && attr(n, "id") !== undefined)) {
    let scope = node.parent;
    while (scope.parent && !/FormFactors?$/.test(scope.name)) scope = scope.parent;
    const ids = seen.get(scope) || seen.set(scope, new Map()).get(scope);
    const [id, line] = [attr(node, "id"), attrLine(node, "id")];
    if (ids.has(id)) error("duplicate-id", line, `id "${id}" also on line ${ids.get(id)}`);
    else ids.set(id, line);
  }

  for (const node of nodes.filter((n) => n.name === "Set" && /^ExcelApi$/i.test(attr(n, "Name") || ""))) {
    const version = attr(node, "MinVersion") || attr(node.parent, "DefaultMinVersion") || "1.1";
    const line = attrLine(node, "MinVersion");
    if (versionAbove(version, MAX_EXCEL_API))
      error("requirement-too-high", line, `ExcelApi ${version} > 1.7`);
  }

  // Every string in the (Vietnamese) default locale needs its English twin.
  const defaultLocale = nodes.find((n) => n.name === "DefaultLocale");
  if (defaultLocale && /^en\b/i.test(defaultLocale.text.trim())) return problems;
  for (const node of nodes) {
    const isString =
      (["DisplayName", "Description"].includes(node.name) && node.parent.name === "OfficeApp") ||
      (node.name === "String" && isResource(node) && /^(Short|Long)Strings$/.test(node.parent.name));
    const hasEn = node.children.some(
      (c) => c.name === "Override" && /^en-us$/i.test(attr(c, "Locale") || ""),
    );
    if (isString && !hasEn)
      error("missing-override", node.line, `<${node.name}> ${attr(node, "id") || ""} has no en-US Override`);
  }
  return problems;
}

/**
 * Validates manifest text. Options: rootDir (where assets/ lives; default the repository root),
 * xsdDir (default ../shared/office-manifest-xsd or $MANIFEST_XSD_DIR).
 * Resolves to { ok, problems: [{ code, severity, line, message }] }; ok ignores warnings.
 */
async function validateManifest(xmlText, options = {}) {
  const rootDir = path.resolve(options.rootDir || REPO_ROOT);
  const problems = await runXsd(xmlText, options.xsdDir || defaultXsdDir());
  // The project checks need a well-formed document; after a syntax error they would only add noise.
  if (!problems.some((p) => p.code === "xml-syntax"))
    problems.push(...projectChecks(parseXml(xmlText), rootDir));
  problems.sort((a, b) => a.line - b.line);
  return { ok: !problems.some((p) => p.severity === "error"), problems };
}

async function main(argv) {
  const args = [...argv];
  const rootAt = args.indexOf("--root");
  const rootDir = rootAt >= 0 ? args.splice(rootAt, 2)[1] : null;
  const fail = (message) => (console.error(message), 2);
  if (args.length > 1 || args.some((a) => a.startsWith("-")) || (rootAt >= 0 && !rootDir))
    return fail("usage: node scripts/validate-manifest.js [--root DIR] [manifest.xml]");
  const file = args[0] || "manifest.xml";
  const xsdDir = defaultXsdDir();
  if (!fs.existsSync(file)) return fail(`${file}: file not found`);
  if (!fs.existsSync(path.join(xsdDir, MAIN_XSD)))
    return fail(`${xsdDir}: no ${MAIN_XSD} (set MANIFEST_XSD_DIR)`);
  // Icons are looked up beside the manifest unless --root says where assets/ lives.
  const rootFor = rootDir || path.dirname(path.resolve(file));
  const options = { rootDir: rootFor, xsdDir };
  const { ok, problems } = await validateManifest(fs.readFileSync(file, "utf8"), options);
  for (const p of problems)
    console.log(`${file}:${p.line}: ${p.code}${p.severity === "warning" ? " (warning)" : ""} ${p.message}`);
  const errors = problems.filter((p) => p.severity === "error").length;
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const counts = `${plural(errors, "error")}, ${plural(problems.length - errors, "warning")}`;
  console.log(`${file}: ${ok ? "valid" : "INVALID"} (${counts})`);
  return ok ? 0 : 1;
}

module.exports = { validateManifest };

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err) => {
      console.error(`validate-manifest: ${err && err.message ? err.message : err}`);
      process.exitCode = 2;
    },
  );
}
