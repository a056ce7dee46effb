/** What the command line needs from its surroundings; tests inject fakes, the bin passes Node's. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** The absolute, symlink-free form of a path, to tell whether two paths name one file. */
  resolve(path: string): Promise<string>;
  /** Today, for the default year. */
  now(): Date;
}
