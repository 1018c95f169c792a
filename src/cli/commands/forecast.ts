import { randomInt } from 'node:crypto';
import { formatDate, parseDate } from '../../domain/flow-history';
import { DEFAULT_TRIALS, DEFAULT_WINDOW_DAYS, forecastDocument, MAX_SEED, MAX_TRIALS, runForecast, type HowManyForecast, type WhenForecast } from '../../domain/forecast';
import { zoneCalendar } from '../../domain/metrics';
import { dateOption, parseFileArguments, readFlowHistoryFile } from '../flow-history-input';
import { bar, largest, table } from '../text-chart';
import { UsageError } from '../usage-error';

function wholeOption(value: string | undefined, flag: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= min && number <= max)) throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got "${value}")`);
  return number;
}

/**
 * `forecast FILE (--items N | --until D) [--trials T] [--seed S] [--window-days W] [--json]`: the §5
 * Monte Carlo forecast. Without --items or --until it forecasts when every unfinished item is done.
 */
export async function forecast(args: string[]): Promise<number> {
  const { file, values } = parseFileArguments(args, {
    items: { type: 'string' },
    until: { type: 'string' },
    trials: { type: 'string' },
    seed: { type: 'string' },
    'window-days': { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const items = wholeOption(values.items, '--items', 1, Number.MAX_SAFE_INTEGER);
  const until = dateOption(values.until, '--until');
  if (items !== undefined && until !== undefined) throw new UsageError('give either --items N (when will N items be done) or --until D (how many by D), not both');
  const trials = wholeOption(values.trials, '--trials', 1, MAX_TRIALS) ?? DEFAULT_TRIALS;
  const windowDays = wholeOption(values['window-days'], '--window-days', 1, Number.MAX_SAFE_INTEGER) ?? DEFAULT_WINDOW_DAYS;
  // A seed is always reported, so an unseeded run can be repeated exactly.
  const seed = wholeOption(values.seed, '--seed', 0, MAX_SEED) ?? randomInt(0, MAX_SEED + 1);

  const history = await readFlowHistoryFile('forecast', file);
  if (!history) return 1;
  const today = formatDate(zoneCalendar(history.board.timeZone ?? 'UTC').dayOf(Date.now()));
  const result = runForecast(history, { ...(items !== undefined ? { items } : {}), ...(until !== undefined ? { until } : {}), trials, windowDays, seed, today });
  if (!result.ok) {
    const everythingDone = result.problem === 'nothing-to-forecast' && items === undefined;
    console.error(`forecast: ${everythingDone ? `every item in ${file} is finished; give --items N to forecast N more, or --until D.` : result.message}`);
    return 1;
  }
  console.log(values.json ? JSON.stringify(forecastDocument(result), null, 2) : report(result).join('\n'));
  return 0;
}

function report(result: WhenForecast | HowManyForecast): string[] {
  const lastFinish = parseDate(result.lastFinishDate)!;
  const sample = `${result.trials} trials, seed ${result.seed}; sampling the daily throughput of the last ${result.windowDays} days up to the last finish on ${result.lastFinishDate}`;
  if (result.mode === 'when') {
    const days = result.results.map((row) => (row.date === null ? null : parseDate(row.date)! - lastFinish));
    const longest = Math.max(0, largest(days.map((day) => day ?? 0)));
    return [
      `When will ${result.items} more items be done? (${sample})`,
      ...table(
        ['confidence', 'done by', 'days after last finish', ''],
        result.results.map((row, index) => [`${row.confidence}%`, row.date ?? `after ${result.horizon}`, days[index] ?? null, bar(days[index] ?? 0, longest, 40)]),
      ).map((line) => `  ${line}`),
    ];
  }
  const most = Math.max(0, largest(result.results.map((row) => row.items)));
  return [
    `How many items will be done from ${formatDate(lastFinish + 1)} to ${result.until}? (${sample})`,
    ...table(
      ['confidence', 'at least', ''],
      result.results.map((row) => [`${row.confidence}%`, row.items, bar(row.items, most, 40)]),
    ).map((line) => `  ${line}`),
  ];
}
