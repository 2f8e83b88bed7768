import { formatCount, formatNumber } from './number';

/**
 * Fills `{name}` placeholders in a message. A number is written in the product's style (whole
 * numbers as counts: "23,570"). `{name|one|other}` also writes the English noun that agrees
 * with the count: "{count|customer|customers}" → "1 customer", "2 customers". A missing value
 * leaves the placeholder visible, so a wrong key shows up in review rather than as an empty gap.
 */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(
    /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
    (whole, key: string, one?: string, other?: string) => {
      if (!Object.prototype.hasOwnProperty.call(values, key)) return whole;
      const value = values[key]!;
      const text =
        typeof value !== 'number'
          ? value
          : Number.isInteger(value)
            ? formatCount(value)
            : formatNumber(value);
      if (one === undefined) return text;
      return `${text} ${Math.abs(Number(value)) === 1 ? one : other}`;
    },
  );
}
