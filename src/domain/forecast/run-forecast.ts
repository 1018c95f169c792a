import type { FlowHistory } from '../flow-history';
import { computeMetrics } from '../metrics';
import { forecastBasis } from './forecast-basis';
import { forecastHowMany, type HowManyForecast } from './forecast-how-many';
import { forecastWhen, type WhenForecast } from './forecast-when';
import type { ForecastProblem } from './monte-carlo';

/** More trials than this take seconds and change the answer by less than a day. */
export const MAX_TRIALS = 1_000_000;

export type ForecastRequest = {
  /** When will this many more items be done (default: the unfinished items). */
  items?: number;
  /** How many items by this day (`YYYY-MM-DD`); excludes `items`. */
  until?: string;
  trials: number;
  windowDays: number;
  seed: number;
  /** `YYYY-MM-DD` in the board's time zone. */
  today: string;
};

/** One Monte Carlo forecast of a flow history, as the CLI and the forecast endpoint both answer it. */
export function runForecast(history: FlowHistory, request: ForecastRequest): WhenForecast | HowManyForecast | ForecastProblem {
  const basis = forecastBasis(computeMetrics(history, { today: request.today }));
  const input = { dailyThroughput: basis.dailyThroughput, lastFinishDate: basis.lastFinishDate, trials: request.trials, windowDays: request.windowDays, seed: request.seed };
  return request.until === undefined
    ? forecastWhen({ ...input, items: request.items ?? basis.unfinishedItems })
    : forecastHowMany({ ...input, until: request.until });
}

/** The §8 JSON shape: `{mode, items|until, trials, results}`, plus what makes the run repeatable and the distribution of the trials. */
export function forecastDocument(result: WhenForecast | HowManyForecast) {
  const { trials, seed, windowDays, lastFinishDate } = result;
  return result.mode === 'when'
    ? { mode: result.mode, items: result.items, trials, seed, windowDays, lastFinishDate, horizon: result.horizon, results: result.results, distribution: result.distribution }
    : { mode: result.mode, until: result.until, trials, seed, windowDays, lastFinishDate, results: result.results, distribution: result.distribution };
}

export type ForecastDocument = ReturnType<typeof forecastDocument>;
