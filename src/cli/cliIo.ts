/** What the command line needs from its surroundings; tests inject fakes, the bin passes Node's. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /**
   * A regular file's bytes. Anything else (a folder, a FIFO, a device) is refused at once with an error whose
   * `code` is `EISDIR` or `ENOTREG`, never waited on.
   */
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** The absolute, symlink-free form of a path, to tell whether two paths name one file. */
  resolve(path: string): Promise<string>;
  /**
   * The identity of the file a path names (device and inode, following symlinks), or null when nothing is
   * there: two names of one file (a hard link) have one identity.
   */
  identity(path: string): Promise<string | null>;
  /** Today, for the default year. */
  now(): Date;
}
