import * as fs from "fs";
import * as os from "os";
import * as path from "path";

interface Lazy {
  name: string;
  files: string[];
  packages: string[];
  loadedWith: string[];
  gzipKb: number;
}
interface CheckBundles {
  checkBundles(distDir: string): { failures: string[]; lazy: Lazy[] };
}
// The script is plain CommonJS so that CI can run it with node alone.
const { checkBundles } = require("../../scripts/check-bundles.js") as CheckBundles;

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A dist/ with the three pages, a lazy chunk and the bundle report webpack writes. */
function dist(
  taskpaneJs: string,
  taskpanePackages: string[],
  ribbonChunkJs: string | null = "var rank = 1;",
): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "check-bundles-lazy-"));
  dirs.push(dir);
  const pages = { taskpane: "tp.js", commands: "cm.js", dialog: "dlg.js" };
  for (const [page, file] of Object.entries(pages)) {
    fs.writeFileSync(path.join(dir, `${page}.html`), `<script defer src=${file}></script>`);
    fs.writeFileSync(path.join(dir, file), page === "taskpane" ? taskpaneJs : "Office.onReady()");
  }
  fs.writeFileSync(path.join(dir, "974.js"), "x".repeat(5000));
  if (ribbonChunkJs !== null) fs.writeFileSync(path.join(dir, "rr.js"), ribbonChunkJs);
  const report = {
    taskpane: { files: ["tp.js"], packages: taskpanePackages },
    commands: { files: ["cm.js"], packages: [] },
    dialog: { files: ["dlg.js"], packages: [] },
    lazy: [
      { name: "974", compiler: "taskpane", files: ["974.js"], packages: ["exceljs"], loadedWith: ["xlsx"] },
      ...(ribbonChunkJs === null
        ? []
        : [{ name: "ribbonRank", compiler: "ribbon", files: ["rr.js"], packages: [] }]),
    ],
  };
  fs.writeFileSync(path.join(dir, "bundle-report.json"), JSON.stringify(report));
  return dir;
}

describe("check-bundles and the lazy .xlsx parser", () => {
  it("reports each lazy chunk with its size and packages, outside the budgets", () => {
    const { failures, lazy } = checkBundles(dist("console.log(1)", ["react"]));
    expect(failures).toEqual([]);
    expect(lazy.map((chunk) => [chunk.name, chunk.packages, chunk.loadedWith])).toEqual([
      ["974", ["exceljs"], ["xlsx"]],
      ["ribbonRank", [], []],
    ]);
    expect(lazy[0]!.gzipKb).toBeGreaterThan(0);
  });

  it("fails when ExcelJS is in the task pane's initial bundle, by package or by its text", () => {
    const byPackage = checkBundles(dist("console.log(1)", ["exceljs", "react"])).failures;
    expect(byPackage).toHaveLength(1);
    expect(byPackage[0]).toMatch(/^taskpane: the \.xlsx parser must load lazily/);
    const byText = checkBundles(dist("window.ExcelJS=e()", [])).failures;
    expect(byText).toHaveLength(1);
    expect(byText[0]).toMatch(/^taskpane: the \.xlsx parser must load lazily/);
  });

  it("fails when a chunk of the ribbon is not ES5, as its pages must be", () => {
    const modern = checkBundles(dist("console.log(1)", [], "const rank = () => 1;")).failures;
    expect(modern).toHaveLength(1);
    expect(modern[0]).toMatch(/^ribbon chunk ribbonRank:/);
  });
});
