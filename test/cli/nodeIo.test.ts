import { execSync } from "child_process";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { main } from "../../src/cli/main";
import { nodeIo } from "../../src/cli/nodeIo";
import { partyBloc } from "../../src/samples/partyBloc";
import { workbookToXlsx as xlsxOf } from "../../src/xlsx/workbookToXlsx";
import * as f from "../engine/merge/planFixtures";

let dir = "";
let input = "";
let original: Uint8Array;

/** Node's file system with captured streams, the way bin/bloc-rank.js runs the CLI. */
function realIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    ...nodeIo(),
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

async function refused(argv: string[]): Promise<{ code: string; message: string }> {
  const run = realIo();
  expect(await main([...argv, "--json"], run.io)).toBe(2);
  const lines = run.stdout().split("\n").filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(run.stderr().split("\n").filter(Boolean)).toHaveLength(1);
  expect((await fs.readFile(input)).equals(original)).toBe(true);
  return JSON.parse(lines[0]!).error;
}

const at = (name: string): string => path.join(dir, name);

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "bloc-rank-"));
  input = at("khoi.xlsx");
  original = await xlsxOf(partyBloc(2024));
  await fs.writeFile(input, original);
});

afterEach(() => fs.rm(dir, { recursive: true, force: true }));

describe("an output that is the input under another name", () => {
  it("a hard link of the input is refused as -o, though its real path differs", async () => {
    await fs.link(input, at("lien-ket.xlsx"));
    const io = nodeIo();
    expect(await io.resolve(at("lien-ket.xlsx"))).not.toBe(await io.resolve(input));
    expect(await io.identity(at("lien-ket.xlsx"))).toBe(await io.identity(input));
    const vi = await refused([input, "-o", at("lien-ket.xlsx")]);
    const en = await refused([input, "-o", at("lien-ket.xlsx"), "--lang", "en"]);
    expect([vi.code, en.code]).toEqual(["same-as-input", "same-as-input"]);
    expect(vi.message).not.toBe(en.message);
  });

  it("a symlink of the input is refused as -o", async () => {
    await fs.symlink(input, at("tat.xlsx"));
    expect((await refused([input, "-o", at("tat.xlsx")])).code).toBe("same-as-input");
  });

  it("merge refuses a hard link of the master or of a returned form as -o", async () => {
    await fs.writeFile(input, (original = await xlsxOf(f.freshMaster())));
    const form = at("vp.xlsx");
    const formBytes = await xlsxOf({ sheets: [f.filled(f.UNITS[0]!)] });
    await fs.writeFile(form, formBytes);
    await fs.link(input, at("m2.xlsx"));
    await fs.link(form, at("vp2.xlsx"));
    for (const out of ["m2.xlsx", "vp2.xlsx"]) {
      expect((await refused(["merge", input, form, "-o", at(out)])).code).toBe("same-as-input");
    }
    expect((await fs.readFile(form)).equals(formBytes)).toBe(true);
  });

  it("a new file beside the input is written, and a copy of the input is not the input", async () => {
    await fs.copyFile(input, at("ban-sao.xlsx"));
    const run = realIo();
    expect(await main([input, "-o", at("ban-sao.xlsx"), "--json"], run.io)).toBe(0);
    expect((await fs.readFile(input)).equals(original)).toBe(true);
    expect((await fs.readFile(at("ban-sao.xlsx"))).equals(original)).toBe(false);
  });

  it("forms refuses to write a form over a hard link of the input placed under a form's name", async () => {
    const run = realIo();
    expect(await main(["forms", input, "--json"], run.io)).toBe(0);
    const first = JSON.parse(run.stdout()).forms[0].file as string;
    await fs.rm(at("khoi.forms"), { recursive: true });
    await fs.mkdir(at("khoi.forms"));
    await fs.link(input, first);
    const error = await refused(["forms", input]);
    expect(error.code).toBe("forms-exist");
    expect(await fs.readdir(at("khoi.forms"))).toEqual([path.basename(first)]);
  });
});

describe("only regular files are read", () => {
  const fifo = (): string => {
    const file = at("ong.xlsx");
    execSync(`mkfifo '${file}'`);
    return file;
  };

  it("a FIFO given as the workbook is refused at once", async () => {
    const started = Date.now();
    const run = realIo();
    expect(await main([fifo(), "--json"], run.io)).toBe(2);
    expect(JSON.parse(run.stdout()).error.code).toBe("not-regular-file");
    expect(Date.now() - started).toBeLessThan(3000);
  }, 10000);

  it("a FIFO given to forms, or as the master, is refused at once", async () => {
    const pipe = fifo();
    expect((await refused(["forms", pipe])).code).toBe("not-regular-file");
    expect((await refused(["merge", pipe, input])).code).toBe("not-regular-file");
  }, 10000);

  it("a FIFO among the returned forms is that file's issue; the others are merged", async () => {
    await fs.writeFile(input, await xlsxOf(f.freshMaster()));
    const form = at("vp.xlsx");
    await fs.writeFile(form, await xlsxOf({ sheets: [f.filled(f.UNITS[0]!)] }));
    const pipe = fifo();
    const run = realIo();
    expect(await main(["merge", input, pipe, form, "-o", at("out.xlsx"), "--json"], run.io)).toBe(1);
    const report = JSON.parse(run.stdout());
    expect(report.imports.map((i: { status: string }) => i.status)).toEqual(["skipped", "imported"]);
    expect(report.issues).toEqual([expect.objectContaining({ code: "form-unreadable", file: pipe })]);
  }, 10000);

  it("a folder given as the workbook is refused", async () => {
    await fs.mkdir(at("thu-muc.xlsx"));
    expect((await refused([at("thu-muc.xlsx")])).code).toBe("is-folder");
  });
});
