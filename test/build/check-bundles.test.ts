import { randomBytes } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

interface Row {
  page: string;
  files: string[];
  rawKb: number;
  gzipKb: number;
  budgetKb: number;
}
interface CheckBundles {
  checkBundles(distDir: string): { rows: Row[]; failures: string[] };
  scriptSources(html: string): string[];
}
// The script is plain CommonJS so that CI can run it with node alone.
const { checkBundles, scriptSources } = require("../../scripts/check-bundles.js") as CheckBundles;

const officeJs = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "check-bundles-"));
  tempDirs.push(dir);
  return dir;
}

function fakeDist(commandsJs: string, taskpaneJs = "console.log(1)", dialogJs = "Office.onReady()"): string {
  const dir = tempDir();
  fs.writeFileSync(
    path.join(dir, "taskpane.html"),
    `<script src=${officeJs}></script><script defer src=tp.js></script>`,
  );
  fs.writeFileSync(
    path.join(dir, "commands.html"),
    `<script src="${officeJs}"></script><script src='cm.js?v=1'></script>`,
  );
  fs.writeFileSync(
    path.join(dir, "dialog.html"),
    `<script src=${officeJs}></script><script defer src=dlg.js></script>`,
  );
  fs.writeFileSync(path.join(dir, "tp.js"), taskpaneJs);
  fs.writeFileSync(path.join(dir, "cm.js"), commandsJs);
  fs.writeFileSync(path.join(dir, "dlg.js"), dialogJs);
  return dir;
}

describe("check-bundles", () => {
  it("reads quoted and unquoted script sources", () => {
    expect(
      scriptSources(`<script src=a.js></script><script defer src="b.js"></script><script>x</script>`),
    ).toEqual(["a.js", "b.js"]);
  });

  it("measures only local scripts and passes small bundles", () => {
    const { rows, failures } = checkBundles(fakeDist("Office.onReady()"));
    expect(failures).toEqual([]);
    expect(rows.map((r) => [r.page, r.files])).toEqual([
      ["taskpane", ["tp.js"]],
      ["commands", ["cm.js"]],
      ["dialog", ["dlg.js"]],
    ]);
  });

  it("fails when Fluent reaches the failure dialog", () => {
    const { failures } = checkBundles(fakeDist("Office.onReady()", undefined, 'x.className="fui-Button"'));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^dialog: must not contain React or Fluent/);
  });

  it("holds the failure dialog to a budget of its own", () => {
    // 20 KB of random bytes: well within the commands budget, over the dialog's.
    const { failures } = checkBundles(
      fakeDist("Office.onReady()", undefined, `"${randomBytes(20 * 1024).toString("base64")}"`),
    );
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^dialog: .* over its 10 KB budget/);
  });

  it("fails when React reaches the commands bundle", () => {
    const { failures } = checkBundles(fakeDist('Symbol.for("react.element")'));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^commands: must not contain React or Fluent/);
  });

  it("fails a bundle over its gzip budget", () => {
    // Random bytes barely compress, so 64 KB of them (86 KB as base64) stays over the commands budget, 60 KB.
    const { failures } = checkBundles(fakeDist(`"${randomBytes(64 * 1024).toString("base64")}"`));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^commands: .* over its 60 KB budget/);
  });

  it("holds the task pane's first bundle to 150 KB gzip (DESIGN §7)", () => {
    // Random bytes barely compress: base64 of n random bytes gzips to about n bytes.
    const pane = (kb: number) => `"${randomBytes(kb * 1024).toString("base64")}"`;
    expect(checkBundles(fakeDist("Office.onReady()", pane(140))).failures).toEqual([]);
    const { failures } = checkBundles(fakeDist("Office.onReady()", pane(160)));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^taskpane: .* over its 150 KB budget/);
  });

  it("fails a commands bundle that is not ES5, naming the file and the line", () => {
    const { failures } = checkBundles(fakeDist("var ready = true;\nOffice.onReady(() => ready);"));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^commands: cm\.js:2:\d+ is not ES5/);
  });

  it.each([
    ["a const", "const x = 1;"],
    ["a template literal", "var x = `a`;"],
    ["a regular expression with the u flag", "var x = /a/u;"],
    ["a lookbehind", "var x = /(?<!a)b/;"],
  ])("fails a dialog bundle with %s", (_, code) => {
    const { failures } = checkBundles(fakeDist("Office.onReady()", undefined, code));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^dialog: dlg\.js:1:\d+ is not ES5/);
  });

  it("passes ES5 ribbon bundles and does not hold the task pane to ES5", () => {
    const es5 = "var f = function (a) { return a && a.b; }; Office.onReady(f);";
    const { failures } = checkBundles(fakeDist(es5, "const pane = () => 1;", es5));
    expect(failures).toEqual([]);
  });

  it("holds the task pane's inline scripts to ES5", () => {
    const dir = fakeDist("Office.onReady()");
    const page = path.join(dir, "taskpane.html");
    const tag = '<script>var ok = true;</script><script type="application/json">{"a": `b`}</script>';
    fs.writeFileSync(page, tag + fs.readFileSync(page, "utf8"));
    expect(checkBundles(dir).failures).toEqual([]);
    fs.writeFileSync(page, `<script>let check = 1;</script>${fs.readFileSync(page, "utf8")}`);
    const { failures } = checkBundles(dir);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^taskpane: taskpane\.html inline script 1:1:\d+ is not ES5/);
  });

  it("fails when the build has not run", () => {
    const { failures } = checkBundles(tempDir());
    expect(failures).toHaveLength(3);
  });
});
