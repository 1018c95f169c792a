import { describe, expect, it } from 'vitest';
import { forecastDocument, forecastHowMany, forecastWhen } from '../../../src/domain/forecast';
import { dateSeconds } from './day-dates';
import { howManyForecastChart, whenForecastChart, type HowManyForecast, type WhenForecast } from './forecast-charts';

const input = { dailyThroughput: [0, 1, 1, 1], lastFinishDate: '2026-01-10', seed: 20260110, trials: 10_000 };

function when(items: number): WhenForecast {
  const result = forecastWhen({ ...input, items });
  if (!result.ok) throw new Error(result.message);
  return forecastDocument(result) as WhenForecast;
}

function howMany(until: string): HowManyForecast {
  const result = forecastHowMany({ ...input, until });
  if (!result.ok) throw new Error(result.message);
  return forecastDocument(result) as HowManyForecast;
}

describe('"when" forecast chart', () => {
  it('draws the trials per day as bars and marks the day of each confidence', () => {
    const forecast = when(1);
    const chart = whenForecastChart(forecast);
    expect(chart.xs[0]).toBe(dateSeconds('2026-01-11'));
    expect(chart.series[0]!.values).toEqual(forecast.distribution.map((day) => day.trials));
    expect(chart.verticalMarks).toEqual(
      forecast.results.map((result) => ({ label: `${result.confidence}%`, name: `${result.confidence}% confidence (${result.date})`, at: dateSeconds(result.date!), colour: `--chart-p${result.confidence}` })),
    );
    expect(chart.summary).toEqual(forecast.results.map((result) => ({ label: `${result.confidence}% confidence`, value: result.date })));
  });

  it('tables the running share of trials done, which reaches each confidence on its marked day', () => {
    const forecast = when(3);
    const { rows } = whenForecastChart(forecast).table;
    expect(rows.at(-1)![2]).toBeCloseTo(100, 10);
    for (const result of forecast.results) {
      const index = rows.findIndex((row) => row[0] === result.date);
      expect(rows[index]![2]).toBeGreaterThanOrEqual(result.confidence);
      if (index > 0) expect(rows[index - 1]![2]).toBeLessThan(result.confidence);
    }
  });

  it('says when a confidence lies past the horizon, and draws no mark for it', () => {
    const forecast: WhenForecast = { ...when(1), horizon: '2031-01-10', results: [{ confidence: 95, date: null }] };
    const chart = whenForecastChart(forecast);
    expect(chart.verticalMarks).toEqual([]);
    expect(chart.summary).toEqual([{ label: '95% confidence', value: 'after 2031-01-10' }]);
  });
});

describe('"how many" forecast chart', () => {
  it('draws trials per total and marks the count of each confidence', () => {
    const forecast = howMany('2026-01-15');
    const chart = howManyForecastChart(forecast);
    expect(chart.xs).toEqual(forecast.distribution.map((total) => total.items));
    expect(chart.verticalMarks.map((mark) => mark.at)).toEqual(forecast.results.map((result) => result.items));
    expect(chart.summary[0]).toEqual({ label: '50% confidence', value: `at least ${forecast.results[0]!.items} items` });
  });

  it('tables the share of trials reaching at least each total, at least the confidence at its mark', () => {
    const forecast = howMany('2026-01-15');
    const { rows } = howManyForecastChart(forecast).table;
    expect(rows[0]![2]).toBe(100);
    for (const result of forecast.results) {
      const index = rows.findIndex((row) => row[0] === result.items);
      expect(rows[index]![2]).toBeGreaterThanOrEqual(result.confidence);
      if (index + 1 < rows.length) expect(rows[index + 1]![2]).toBeLessThan(result.confidence);
    }
  });
});
