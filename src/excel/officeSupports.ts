/** `Office.context.requirements.isSetSupported`, false outside Office. */
export const officeSupports = (set: string, version: string): boolean =>
  typeof Office !== "undefined" && Office.context.requirements.isSetSupported(set, version);
