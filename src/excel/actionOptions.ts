/** What every action on the open workbook may be told: the year, and what this Excel supports (tests inject both). */
export interface ActionOptions {
  /** The year a workbook without a `Năm` setting is for; defaults to the current year. */
  year?: number;
  /** `Office.context.requirements.isSetSupported`; injected by tests. */
  supports?: (set: string, version: string) => boolean;
  /** The request payload limit to stay under (see applyLayouts); Excel on the web's by default. */
  payloadLimit?: number;
}

// The engine never reads the clock: the year a workbook without a `Năm` setting is for comes from the host's.
export const yearOf = (options: { year?: number }): number => options.year ?? new Date().getFullYear();
