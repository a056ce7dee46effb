import type { CliIo } from "./cliIo";

/**
 * Whether two paths name one file: the same real path (a symlink, `./`), or the same device and inode (a hard
 * link). A path that cannot be resolved is compared as given; one that names nothing yet has no identity.
 */
export async function sameFile(io: CliIo, a: string, b: string): Promise<boolean> {
  if ((await io.resolve(a).catch(() => a)) === (await io.resolve(b).catch(() => b))) return true;
  const [idA, idB] = await Promise.all([io.identity(a).catch(() => null), io.identity(b).catch(() => null)]);
  return idA !== null && idA === idB;
}
