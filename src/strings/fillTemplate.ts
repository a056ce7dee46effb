/** Fills `{name}` placeholders of a label; a placeholder without a value is left as it is, to be seen. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
