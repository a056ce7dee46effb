import type { Lang } from "../engine/lang";
import type { CliIo } from "./cliIo";

// Until parseArgs.ts exports MergeArgs (H1), the contract's shape.
export interface MergeArgs {
  command: "merge";
  master: string;
  returned: string[];
  output: string | null;
  json: boolean;
  lang: Lang | null;
}

/**
 * `bloc-rank merge MASTER.xlsx RETURNED.xlsx... [-o OUT.xlsx] [--json] [--lang vi|en]`: brings returned unit
 * forms into a copy of the master. 0 done, 1 conflicts or unreadable forms (OUT still written), 2 usage or
 * unreadable master.
 */
export async function runMerge(args: MergeArgs, io: CliIo): Promise<number> {
  // Filled in by the merge engine's commits; reading the master first keeps exit 2 for a missing master.
  try {
    await io.readFile(args.master);
  } catch {
    io.stderr.write(`bloc-rank: ${args.master}: unreadable\n`);
    return 2;
  }
  io.stderr.write("bloc-rank merge: not ready yet\n");
  return 2;
}
