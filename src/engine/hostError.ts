/**
 * How an adapter fails (src/excel, src/xlsx): a `kind` from the adapter's own list and the sheet or name it is
 * about, never words. src/strings words a kind for the action that met it (`hostErrorMessage`,
 * `xlsxErrorMessage`), in the user's language. `message` is the kind and the subject, for logs only; `cause`
 * keeps the host's own error. The engine throws none: a data problem is an issue.
 */
export class HostError<Kind extends string> extends Error {
  readonly kind: Kind;
  /** The sheet or name involved, when there is one (a name clash, a sheet too large). */
  readonly subject: string | undefined;

  constructor(kind: Kind, options: { subject?: string; cause?: unknown } = {}) {
    const message = options.subject === undefined ? kind : `${kind}: ${options.subject}`;
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.subject = options.subject;
  }
}
