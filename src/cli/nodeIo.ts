import { constants, promises as fs } from "fs";
import path from "path";
import type { CliIo } from "./cliIo";

// O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer (it does nothing to a regular
// file); the type is then read from the open file, so what is read is what was checked. Windows has no FIFOs.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

async function readRegularFile(file: string): Promise<Uint8Array> {
  const handle = await fs.open(file, READ_FLAGS);
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error(`EISDIR: ${file}`), { code: "EISDIR" });
    if (!stat.isFile()) throw Object.assign(new Error(`not a regular file: ${file}`), { code: "ENOTREG" });
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** The real surroundings of the command line: Node's streams and file system. */
export function nodeIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: readRegularFile,
    // The output's folder is made if needed (`-o out/khoi.ranked.xlsx` on a fresh checkout).
    writeFile: async (file, data) => {
      await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
      await fs.writeFile(file, data);
    },
    // A file that does not exist yet (the usual output) cannot be a link to the input: resolve its folder.
    resolve: async (file) => {
      const absolute = path.resolve(file);
      try {
        return await fs.realpath(absolute);
      } catch {
        return path.join(
          await fs.realpath(path.dirname(absolute)).catch(() => path.dirname(absolute)),
          path.basename(absolute),
        );
      }
    },
    // bigint: inode numbers beyond 2^53 exist on some file systems, and a rounded one could match another file.
    identity: async (file) => {
      const stat = await fs.stat(file, { bigint: true }).catch(() => null);
      return stat ? `${stat.dev}:${stat.ino}` : null;
    },
    now: () => new Date(),
  };
}
