import { promises as fs } from "fs";
import path from "path";
import type { CliIo } from "./cliIo";

/** The real surroundings of the command line: Node's streams and file system. */
export function nodeIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: (file) => fs.readFile(file),
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
    now: () => new Date(),
  };
}
