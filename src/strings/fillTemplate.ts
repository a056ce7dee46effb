/**
 * Fills `{name}` placeholders of a label from `values`, else from `fallback` (the bloc or cluster words); a
 * placeholder without a value is left as it is, to be seen.
 */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string | number>>,
  fallback: Readonly<Record<string, string | number>> = {},
): string {
  // Most labels have no placeholder, and layouts ask for thousands of them. (indexOf: `includes` would bring
  // core-js into the ES5 dialog bundle.)
  if (template.indexOf("{") < 0) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    String(values[name] ?? fallback[name] ?? whole),
  );
}
