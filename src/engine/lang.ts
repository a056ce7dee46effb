/** Languages of the user interface, messages and output sheets. */
export type Lang = "vi" | "en";

export const LANGS: readonly Lang[] = ["vi", "en"];
