import { parseDate } from '../flow-history';
import { CONFIDENCES, HORIZON_DAYS, nearestRank, sampler, type ForecastInput, type ForecastProblem, type ForecastSettings } from './monte-carlo';

export interface HowManyInput extends ForecastInput {
  /** `YYYY-MM-DD`: the last day whose throughput counts. */
  until: string;
}

export interface HowManyForecast extends ForecastSettings {
  ok: true;
  mode: 'how-many';
  until: string;
  results: { confidence: number; items: number }[];
  /** How many trials finished exactly this many items by `until`, zero-filled from the fewest to the most. */
  distribution: { items: number; trials: number }[];
}

/**
 * §5 "How many by day D": each trial sums one draw per day from the day after the last finish up to and
 * including D; the count for confidence c is the largest N that at least c% of the trials reached.
 */
export function forecastHowMany(input: HowManyInput): HowManyForecast | ForecastProblem {
  const until = parseDate(input.until);
  if (until === null) throw new RangeError(`until must be a date like 2026-01-31 (found "${input.until}")`);
  const prepared = sampler(input);
  if (!prepared.ok) return prepared;
  const { settings, lastFinishDay, draw } = prepared;
  // A day on or before the last finish leaves no day to draw for: every trial sums nothing.
  const days = Math.max(0, until - lastFinishDay);
  if (days > HORIZON_DAYS) {
    return {
      ok: false,
      problem: 'until-beyond-horizon',
      message: `until (${input.until}) is more than ${HORIZON_DAYS} days (about five years) after the last finish (${settings.lastFinishDate}); choose an earlier date.`,
    };
  }
  const totals = new Int32Array(settings.trials);
  for (let trial = 0; trial < settings.trials; trial++) {
    let total = 0;
    for (let day = 0; day < days; day++) total += draw();
    totals[trial] = total;
  }
  // Descending, so the k-th entry is the largest count that at least k trials reached.
  totals.sort().reverse();
  const results = CONFIDENCES.map((confidence) => ({ confidence, items: totals[nearestRank(confidence, settings.trials) - 1]! }));
  return { ok: true, mode: 'how-many', until: input.until, ...settings, results, distribution: countsOf(totals) };
}

/** Trials per total, from the smallest total to the largest; `descending` is sorted largest first. */
function countsOf(descending: Int32Array): { items: number; trials: number }[] {
  const fewest = descending.at(-1) ?? 0;
  const trialsPerTotal = new Array<number>((descending[0] ?? fewest) - fewest + 1).fill(0);
  for (const total of descending) trialsPerTotal[total - fewest]! += 1;
  return trialsPerTotal.map((trials, offset) => ({ items: fewest + offset, trials }));
}
