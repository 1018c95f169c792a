import type { ForecastDocument } from '../api/types';
import { paletteColour, type ChartMark, type ChartModel } from './chart-model';
import { dateSeconds, SECONDS_PER_DAY } from './day-dates';

export type WhenForecast = Extract<ForecastDocument, { mode: 'when' }>;
export type HowManyForecast = Extract<ForecastDocument, { mode: 'how-many' }>;

const share = (trials: number, of: number) => (trials / of) * 100;
const confidenceMark = (confidence: number, at: number, outcome: string): ChartMark => ({
  label: `${confidence}%`,
  name: `${confidence}% confidence (${outcome})`,
  at,
  colour: `--chart-p${confidence}`,
});

/** Trials per day on which they reached N, with the day of each confidence marked. */
export function whenForecastChart(forecast: WhenForecast): ChartModel {
  const { distribution, results, trials } = forecast;
  let finished = 0;
  const rows = distribution.map((day) => {
    finished += day.trials;
    return [day.date, day.trials, share(finished, trials)];
  });
  return {
    x: { kind: 'time', label: 'Done by', barWidth: SECONDS_PER_DAY },
    xs: distribution.map((day) => dateSeconds(day.date)),
    series: [{ label: 'Trials done that day', values: distribution.map((day) => day.trials), style: 'bars', colour: paletteColour(6) }],
    yLabel: 'Trials',
    verticalMarks: results.flatMap((result) => (result.date === null ? [] : [confidenceMark(result.confidence, dateSeconds(result.date), result.date)])),
    summary: results.map((result) => ({ label: `${result.confidence}% confidence`, value: result.date ?? `after ${forecast.horizon}` })),
    table: { columns: ['Date', 'Trials done that day', 'Trials done by then (%)'], rows },
  };
}

/** Trials per number of items they finished by the day, with the count of each confidence marked. */
export function howManyForecastChart(forecast: HowManyForecast): ChartModel {
  const { distribution, results, trials } = forecast;
  let reached = trials;
  const rows = distribution.map((total) => {
    const row = [total.items, total.trials, share(reached, trials)];
    reached -= total.trials;
    return row;
  });
  return {
    x: { kind: 'number', label: 'Items done' },
    xs: distribution.map((total) => total.items),
    series: [{ label: 'Trials', values: distribution.map((total) => total.trials), style: 'bars', colour: paletteColour(6) }],
    yLabel: 'Trials',
    verticalMarks: results.map((result) => confidenceMark(result.confidence, result.items, `${result.items}`)),
    summary: results.map((result) => ({ label: `${result.confidence}% confidence`, value: `at least ${result.items} ${result.items === 1 ? 'item' : 'items'}` })),
    table: { columns: ['Items done', 'Trials', 'Trials with at least this many (%)'], rows },
  };
}
