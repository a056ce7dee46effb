/** Exit statuses, one meaning for every command (DESIGN §8). */
export const EXIT = {
  /** Done: ranked, every form made, every returned form brought in; help printed. */
  ok: 0,
  /**
   * Done despite errors in the data: the rank's provisional outputs, forms made from a criteria table or roster
   * with errors (or none made, for want of criteria or units), a merge with conflicts or unusable forms.
   */
  dataErrors: 1,
  /** Nothing done: a usage error, an unreadable input, a file in the way of an output. */
  failed: 2,
} as const;

export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

/** The exit status of a command that ran to its end. */
export const doneStatus = (dataErrors: boolean): ExitStatus => (dataErrors ? EXIT.dataErrors : EXIT.ok);
