/**
 * Fills `{name}` placeholders in a message. A missing value leaves the placeholder visible,
 * so a wrong key shows up in review rather than as an empty gap.
 */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole,
  );
}
