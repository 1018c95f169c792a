import type { MetricsDocument } from '../metrics';

/** What a forecast needs from a board's metrics. */
export interface ForecastBasis {
  dailyThroughput: number[];
  lastFinishDate: string | null;
  /** §5 default N: items not finished that are still on the board (a declined or merged one will never finish). */
  unfinishedItems: number;
}

/**
 * Reads the forecast inputs from a metrics document computed *without* `from`/`to`, whose daily
 * throughput then runs from the first to the last finish as §5's sample space requires.
 */
export function forecastBasis(metrics: MetricsDocument): ForecastBasis {
  const daily = metrics.throughput.daily;
  return {
    dailyThroughput: daily.map((day) => day.count),
    lastFinishDate: daily.at(-1)?.date ?? null,
    unfinishedItems: metrics.items.filter((item) => item.finish === null && item.closed === null).length,
  };
}
