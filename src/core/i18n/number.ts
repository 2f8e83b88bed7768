/**
 * Writes a number with thousands separators and at most `maxDecimals` decimals, trailing
 * zeros dropped: 1204000 → "1,204,000", 1234.5 → "1,234.5". English and Chinese both group
 * by thousands with a comma. Written out rather than using Intl, whose locale data Apps
 * Script does not promise.
 */
export function formatNumber(value: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = Math.abs(value).toFixed(maxDecimals);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimals = fraction.replace(/0+$/, '');
  const sign = value < 0 && (Number(whole) > 0 || decimals !== '') ? '-' : '';
  return `${sign}${grouped}${decimals ? `.${decimals}` : ''}`;
}
