/** Numbers as the metrics view shows them: at most two decimals, no digit grouping, the same in every locale. */
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: false });

export const formatNumber = (value: number) => plain.format(value);

export function formatDays(days: number | null): string {
  if (days === null) return '—';
  return `${formatNumber(days)} ${days === 1 ? 'day' : 'days'}`;
}

export const formatPercent = (percent: number | null) => (percent === null ? '—' : `${formatNumber(percent)}%`);
