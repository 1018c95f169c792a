import { formatDate } from '../flow-history';
import { CONFIDENCES, HORIZON_DAYS, nearestRank, sampler, type ForecastInput, type ForecastProblem, type ForecastSettings } from './monte-carlo';

export interface WhenInput extends ForecastInput {
  /** How many more items must finish (§5: by default the unfinished items). */
  items: number;
}

export interface WhenForecast extends ForecastSettings {
  ok: true;
  mode: 'when';
  items: number;
  /** Last day any trial simulated; a `null` date means fewer trials than the confidence finished by then. */
  horizon: string;
  results: { confidence: number; date: string | null }[];
  /**
   * How many trials reached N on each day, zero-filled from the first such day to the last; the trials
   * missing from the sum ran past the horizon.
   */
  distribution: { date: string; trials: number }[];
}

/**
 * §5 "When will N more items be done": each trial draws one day at a time from the day after the last
 * finish until its running total reaches N; the date for confidence c is the earliest day by which at
 * least c% of the trials had finished.
 */
export function forecastWhen(input: WhenInput): WhenForecast | ForecastProblem {
  const prepared = sampler(input);
  if (!prepared.ok) return prepared;
  const { settings, lastFinishDay, draw } = prepared;
  if (!Number.isSafeInteger(input.items) || input.items < 1) {
    return { ok: false, problem: 'nothing-to-forecast', message: `Nothing to forecast: the number of items must be at least 1 (found ${input.items}).` };
  }
  // finishedOn[d]: trials that reached N on day d after the last finish; trials past the horizon are left out.
  const finishedOn = new Uint32Array(HORIZON_DAYS + 1);
  for (let trial = 0; trial < settings.trials; trial++) {
    let done = 0;
    let day = 0;
    while (done < input.items && day < HORIZON_DAYS) {
      day++;
      done += draw();
    }
    if (done >= input.items) finishedOn[day]! += 1;
  }
  const results = CONFIDENCES.map((confidence) => {
    const needed = nearestRank(confidence, settings.trials);
    let finished = 0;
    for (let day = 1; day <= HORIZON_DAYS; day++) {
      finished += finishedOn[day]!;
      if (finished >= needed) return { confidence, date: formatDate(lastFinishDay + day) };
    }
    return { confidence, date: null };
  });
  const distribution = trialsPerDay(finishedOn, lastFinishDay);
  return { ok: true, mode: 'when', items: input.items, ...settings, horizon: formatDate(lastFinishDay + HORIZON_DAYS), results, distribution };
}

/** `finishedOn` as dated rows, trimmed to the span of days on which some trial finished. */
function trialsPerDay(finishedOn: Uint32Array, lastFinishDay: number): { date: string; trials: number }[] {
  const first = finishedOn.findIndex((trials) => trials > 0);
  if (first < 0) return [];
  const last = finishedOn.findLastIndex((trials) => trials > 0);
  return Array.from(finishedOn.subarray(first, last + 1), (trials, offset) => ({ date: formatDate(lastFinishDay + first + offset), trials }));
}
