/**
 * Fills `{name}` placeholders of a label from `values`, else from `fallback` (the bloc or cluster words); a
 * placeholder without a value is left as it is, to be seen. `{name|one|other}` writes the value followed by
 * the singular noun when it is 1, the plural otherwise (`{n|error|errors}` → `1 error`, `2 errors`).
 */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string | number>>,
  fallback: Readonly<Record<string, string | number>> = {},
): string {
  // Most labels have no placeholder, and layouts ask for thousands of them. (indexOf: `includes` would bring
  // core-js into the ES5 dialog bundle.)
  if (template.indexOf("{") < 0) return template;
  return template.replace(
    /\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      const value = values[name] ?? fallback[name];
      if (value === undefined) return whole;
      // `{n|error|errors}`: the count and its noun in English's singular or plural (Vietnamese has no plural).
      if (one === undefined || other === undefined) return String(value);
      return `${value} ${Number(value) === 1 ? one : other}`;
    },
  );
}
