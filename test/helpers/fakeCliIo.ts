import type { CliIo } from "../../src/cli/cliIo";

/** An in-memory file system and captured streams for the command line; `files` is shared and grows. */
export function fakeCliIo(files: Record<string, Uint8Array>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    readFile: async (path) => {
      const data = files[path];
      if (!data) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return data;
    },
    writeFile: async (path, data) => {
      files[path] = data;
    },
    resolve: async (path) => path.replace(/^\.\//, ""),
    // One name, one file: the fake has no links, so a file's identity is its name.
    identity: async (path) => {
      const name = path.replace(/^\.\//, "");
      return files[name] ? `fake:${name}` : null;
    },
    now: () => new Date("2024-12-20T08:00:00Z"),
  };
  return { io, files, stdout: () => out.join(""), stderr: () => err.join("") };
}
