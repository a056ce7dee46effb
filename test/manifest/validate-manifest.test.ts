import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

interface Problem {
  code: string;
  severity: "error" | "warning";
  line: number;
  message: string;
}
type ValidateManifest = (
  xml: string,
  options?: { rootDir?: string; xsdDir?: string },
) => Promise<{ ok: boolean; problems: Problem[] }>;

// The script is plain CommonJS with no typings, hence require and the local interface above.
const { validateManifest } = require("../../scripts/validate-manifest.js") as {
  validateManifest: ValidateManifest;
};

const repoRoot = path.resolve(__dirname, "..", "..");
const script = path.join(repoRoot, "scripts", "validate-manifest.js");
const manifest = fs.readFileSync(path.join(repoRoot, "manifest.xml"), "utf8");
let tmpDir: string;

jest.setTimeout(60_000); // every validation starts a wasm worker

beforeAll(() => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-test-"));
});
afterAll(() => {
  fs.rmSync(tmpDir, { recursive: true, force: true });
});

/** Replaces the first occurrence of `from`, failing loudly if the manifest no longer contains it. */
function mutate(from: string | RegExp, to: string): string {
  const found = typeof from === "string" ? manifest.includes(from) : from.test(manifest);
  if (!found) throw new Error(`mutation target not found in manifest.xml: ${String(from)}`);
  const out = manifest.replace(from, to);
  expect(out).not.toBe(manifest);
  return out;
}

/** Writes the mutated copy to the temp dir and validates it with icons resolved against the repo. */
async function check(name: string, xml: string) {
  const file = path.join(tmpDir, `${name}.xml`);
  fs.writeFileSync(file, xml);
  const result = await validateManifest(fs.readFileSync(file, "utf8"), { rootDir: repoRoot });
  return { ...result, codes: result.problems.filter((p) => p.severity === "error").map((p) => p.code) };
}

function runCli(...args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { cwd: repoRoot, encoding: "utf8" });
}

describe("validateManifest", () => {
  it("accepts the real manifest with no problem at all", async () => {
    const result = await validateManifest(manifest, { rootDir: repoRoot });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("rejects elements out of schema order (xsd)", async () => {
    const displayName = / {2}<DisplayName[\s\S]*?<\/DisplayName>\n/.exec(manifest)?.[0] ?? "";
    const description = / {2}<Description[\s\S]*?<\/Description>\n/.exec(manifest)?.[0] ?? "";
    expect(displayName).not.toBe("");
    expect(description).not.toBe("");
    const swapped = mutate(displayName + description, description + displayName);
    const result = await check("swapped", swapped);
    expect(result.ok).toBe(false);
    expect(result.codes).toContain("xsd");
    expect(result.problems.find((p) => p.code === "xsd")?.line).toBeGreaterThan(1);
  });

  it("rejects a resid that names no resource (unknown-resid)", async () => {
    const result = await check(
      "unknown-resid",
      mutate('<Label resid="RankUnits.Label"/>', '<Label resid="RankUnits.Lable"/>'),
    );
    expect(result.ok).toBe(false);
    expect(result.codes).toContain("unknown-resid");
  });

  it("rejects a resid that names a resource of the wrong kind (resid-kind)", async () => {
    const result = await check(
      "resid-kind",
      mutate('<Label resid="RankUnits.Label"/>', '<Label resid="RankUnits.Tooltip"/>'),
    );
    expect(result.codes).toEqual(["resid-kind"]);
  });

  it("rejects a plain http URL (http-url)", async () => {
    const xml = mutate(
      'DefaultValue="https://localhost:3000/commands.html"',
      'DefaultValue="http://localhost:3000/commands.html"',
    );
    const result = await check("http-url", xml);
    expect(result.ok).toBe(false);
    expect(result.codes).toContain("http-url");
  });

  it("rejects an icon whose file does not exist (missing-icon)", async () => {
    const result = await check("missing-icon", mutate("assets/icon-80.png", "assets/icon-99.png"));
    expect(result.ok).toBe(false);
    expect(result.codes).toEqual(["missing-icon"]);
  });

  it("only warns about icons served from another host", async () => {
    const result = await check(
      "external-icon",
      mutate(
        '<IconUrl DefaultValue="https://localhost:3000/',
        '<IconUrl DefaultValue="https://cdn.example.com/',
      ),
    );
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => p.code)).toContain("external-icon");
  });

  it("rejects a duplicate control id (duplicate-id)", async () => {
    const result = await check(
      "duplicate-id",
      mutate(
        '<Control xsi:type="Button" id="BlocScoring.CheckData">',
        '<Control xsi:type="Button" id="BlocScoring.RankUnits">',
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.codes).toEqual(["duplicate-id"]);
  });

  it("rejects a duplicate resource id within one kind (duplicate-id)", async () => {
    const result = await check(
      "duplicate-resource",
      mutate('<bt:Url id="Taskpane.Url"', '<bt:Url id="Commands.Url"'),
    );
    expect(result.codes).toContain("duplicate-id");
  });

  it.each([
    ['<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.9"/>'],
    ['<bt:Set Name="ExcelApi" MinVersion="1.7"/>', '<bt:Set Name="ExcelApi" MinVersion="1.10"/>'],
  ])("rejects ExcelApi above 1.7 (requirement-too-high): %s", async (from, to) => {
    const result = await check("requirement", mutate(from, to));
    expect(result.ok).toBe(false);
    expect(result.codes).toEqual(["requirement-too-high"]);
  });

  it("rejects a Vietnamese string with no en-US override (missing-override)", async () => {
    const result = await check(
      "missing-override",
      mutate('<bt:Override Locale="en-US" Value="Check data"/>', ""),
    );
    expect(result.codes).toEqual(["missing-override"]);
  });

  it("reports malformed XML without running the project checks", async () => {
    const result = await check("malformed", mutate("</Hosts>", "</Hostz>"));
    expect(result.ok).toBe(false);
    expect(result.codes.every((c) => c === "xml-syntax")).toBe(true);
    expect(result.codes.length).toBeGreaterThan(0);
  });
});

describe("validate-manifest CLI", () => {
  it("exits 0 for the real manifest", () => {
    const run = runCli("manifest.xml");
    expect(run.stdout).toMatch(/valid/);
    expect(run.status).toBe(0);
  });

  it("exits 1 and prints file:line: code for an invalid manifest", () => {
    const file = path.join(tmpDir, "cli-invalid.xml");
    fs.writeFileSync(
      file,
      mutate('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.8"/>'),
    );
    const run = runCli("--root", repoRoot, file);
    expect(run.stdout).toMatch(/cli-invalid\.xml:\d+: requirement-too-high /);
    expect(run.status).toBe(1);
  });

  it("exits 2 when the file does not exist", () => {
    const run = runCli(path.join(tmpDir, "no-such-manifest.xml"));
    expect(run.status).toBe(2);
  });
});
