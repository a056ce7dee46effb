import fs from "fs";
import path from "path";

const root = path.resolve(__dirname, "../..");
const src = path.join(root, "src");

// The adapters' failures: kinds and subjects, no words (src/strings words them).
const ERROR_MODULES = [
  "src/engine/hostError.ts",
  "src/excel/ExcelHostError.ts",
  "src/excel/hostErrorKinds.ts",
  "src/xlsx/XlsxError.ts",
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

// Every module specifier of a file: import and export declarations (types included) and import().
const SPECIFIER =
  /(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\(\s*(?:\/\*[^]*?\*\/\s*)?["']([^"']+)["']/g;

function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")];
  return candidates.find((file) => fs.existsSync(file)) ?? null;
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  return [...text.matchAll(SPECIFIER)].flatMap((m) => resolve(file, (m[1] ?? m[2])!) ?? []);
}

const rel = (file: string) => path.relative(root, file).split(path.sep).join("/");

/** The modules reachable from `start` through src's relative imports, `start` excluded unless on a cycle. */
function reachable(start: string, graph: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const stack = [...(graph.get(start) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(graph.get(next) ?? []));
  }
  return seen;
}

describe("the adapters' error modules", () => {
  const graph = new Map(sourceFiles(src).map((file) => [file, importsOf(file)]));

  it("are found, and the import reader sees a known import", () => {
    for (const module of ERROR_MODULES) expect(graph.has(path.join(root, module))).toBe(true);
    expect(importsOf(path.join(src, "strings/hostMessages.ts")).map(rel)).toContain(
      "src/excel/ExcelHostError.ts",
    );
  });

  it.each(ERROR_MODULES)("%s imports nothing from src/strings", (module) => {
    const direct = importsOf(path.join(root, module)).map(rel);
    expect(direct.filter((file) => file.startsWith("src/strings/"))).toEqual([]);
  });

  it.each(ERROR_MODULES)("%s is on no import cycle (type imports included)", (module) => {
    const file = path.join(root, module);
    expect(reachable(file, graph).has(file)).toBe(false);
  });

  it("no module of src/strings is on an import cycle either", () => {
    const cyclic = [...graph.keys()]
      .filter((file) => rel(file).startsWith("src/strings/"))
      .filter((file) => reachable(file, graph).has(file))
      .map(rel);
    expect(cyclic).toEqual([]);
  });
});
