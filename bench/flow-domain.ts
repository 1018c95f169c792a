import { forecastBasis, forecastHowMany, forecastWhen } from '../src/domain/forecast';
import { formatDate, MS_PER_DAY } from '../src/domain/flow-history';
import { computeMetrics } from '../src/domain/metrics';
import { flowHistoryFixture } from './flow-history-fixture';
import { percentile } from './load';
import { atMost, type Measure } from './measure';
import { progress, type Plan } from './plan';

/** The flow-metrics issue's targets for the pure domain, on 10,000 items with 80,000 transitions. */
const ITEMS = 10_000;
const TRIALS = 10_000;

function medianOf(samples: number, run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return percentile(times.sort((a, b) => a - b), 50);
}

/**
 * The metrics document and the Monte Carlo forecast computed in this process from a year of history,
 * without a server or database: what `metrics FILE` and `forecast FILE` cost, and the part of the
 * endpoints that is the domain's.
 */
export function benchFlowDomain(plan: Plan): Measure[] {
  const now = new Date();
  const history = flowHistoryFixture(ITEMS, now);
  const today = formatDate(Math.floor(now.getTime() / MS_PER_DAY));
  progress(`domain: metrics of ${ITEMS} items, ${ITEMS * 8} transitions, and forecasts of ${TRIALS} trials`);
  // The first runs compile the code; the samples after them measure it.
  computeMetrics(history, { today });
  const metricsMs = medianOf(plan.samples, () => computeMetrics(history, { today }));
  const basis = forecastBasis(computeMetrics(history, { today }));
  const input = { dailyThroughput: basis.dailyThroughput, lastFinishDate: basis.lastFinishDate, trials: TRIALS, windowDays: 90, seed: 1 };
  const until = formatDate(Math.floor(now.getTime() / MS_PER_DAY) + 30);
  forecastWhen({ ...input, items: basis.unfinishedItems });
  const whenMs = medianOf(plan.samples, () => forecastWhen({ ...input, items: basis.unfinishedItems }));
  const howManyMs = medianOf(plan.samples, () => forecastHowMany({ ...input, until }));
  progress(`  metrics ${metricsMs.toFixed(1)} ms, forecast "when" ${whenMs.toFixed(1)} ms, "how many" ${howManyMs.toFixed(1)} ms`);
  return [
    atMost(`domain/metrics-${ITEMS}-items/median`, metricsMs, 'ms', 300),
    atMost(`domain/forecast-when-${TRIALS}-trials/median`, whenMs, 'ms', 100),
    atMost(`domain/forecast-how-many-${TRIALS}-trials/median`, howManyMs, 'ms', 100),
  ];
}
