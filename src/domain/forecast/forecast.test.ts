import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastHowMany } from './forecast-how-many';
import { forecastWhen } from './forecast-when';
import { HORIZON_DAYS, nearestRank } from './monte-carlo';

const base = { lastFinishDate: '2026-01-10', seed: 1 };

describe('nearest rank', () => {
  it('is ⌈c·n⌉ of n sorted outcomes', () => {
    expect(nearestRank(85, 10_000)).toBe(8500);
    expect(nearestRank(95, 10)).toBe(10);
    expect(nearestRank(50, 3)).toBe(2);
    expect(nearestRank(70, 10)).toBe(7);
    expect(nearestRank(50, 1)).toBe(1);
  });
});

describe('forecastWhen (§5 "when will N more items be done")', () => {
  it('starts the day after the last finish', () => {
    const result = forecastWhen({ ...base, dailyThroughput: [1], items: 1 });
    expect(result.ok && result.results).toEqual([50, 70, 85, 95].map((confidence) => ({ confidence, date: '2026-01-11' })));
  });

  it('draws one day at a time until the running total reaches N', () => {
    // Every draw is 2: 2, 4, 6 ≥ 5 on the third day.
    const result = forecastWhen({ ...base, dailyThroughput: [2, 2, 2], items: 5 });
    expect(result.ok && result.results.map((row) => row.date)).toEqual(['2026-01-13', '2026-01-13', '2026-01-13', '2026-01-13']);
  });

  it('samples only the last windowDays days of throughput', () => {
    const result = forecastWhen({ ...base, dailyThroughput: [5, 5, 5, 0, 0, 1, 1], items: 3, windowDays: 2 });
    expect(result.ok && result.results.map((row) => row.date)).toEqual(['2026-01-13', '2026-01-13', '2026-01-13', '2026-01-13']);
  });

  it('picks the earliest day by which at least c% of the trials finished', () => {
    // One item, each day finishing with probability 3/4: P(by day 1) = .75, P(by day 2) = .9375,
    // P(by day 3) ≈ .984. With 10,000 trials: 50% and 70% → day 1, 85% → day 2, 95% → day 3.
    const result = forecastWhen({ ...base, dailyThroughput: [0, 1, 1, 1], items: 1, trials: 10_000, seed: 20260110 });
    expect(result.ok && result.results).toEqual([
      { confidence: 50, date: '2026-01-11' },
      { confidence: 70, date: '2026-01-11' },
      { confidence: 85, date: '2026-01-12' },
      { confidence: 95, date: '2026-01-13' },
    ]);
  });

  it('reports the settings it used', () => {
    const result = forecastWhen({ ...base, dailyThroughput: [1, 0, 2], items: 4 });
    expect(result).toMatchObject({ ok: true, mode: 'when', items: 4, trials: 10_000, windowDays: 90, seed: 1, lastFinishDate: '2026-01-10' });
  });

  it('reports how many trials finished on each day, and nothing for the trials past the horizon', () => {
    const result = forecastWhen({ ...base, dailyThroughput: [0, 1, 1, 1], items: 1, trials: 10_000, seed: 20260110 });
    if (!result.ok) throw new Error(result.message);
    const { distribution } = result;
    expect(distribution.slice(0, 2).map((row) => row.date)).toEqual(['2026-01-11', '2026-01-12']);
    expect(distribution.reduce((sum, row) => sum + row.trials, 0)).toBe(10_000);
    expect(distribution.at(-1)!.trials).toBeGreaterThan(0);
    // Each day finishes a trial with probability 3/4: about 7,500 on the first day, 1,875 on the second.
    expect(distribution[0]!.trials).toBeGreaterThan(7_300);
    expect(distribution[0]!.trials).toBeLessThan(7_700);
    expect(distribution[1]!.trials).toBeGreaterThan(1_700);
    expect(distribution[1]!.trials).toBeLessThan(2_050);
    const sparse = [1, ...new Array<number>(99).fill(0)];
    const never = forecastWhen({ ...base, dailyThroughput: sparse, windowDays: 100, items: 1000, trials: 50 });
    expect(never.ok && never.distribution).toEqual([]);
  });

  it('gives up at the horizon and says so with a null date', () => {
    const sparse = [1, ...new Array<number>(99).fill(0)];
    const result = forecastWhen({ ...base, dailyThroughput: sparse, windowDays: 100, items: 1000, trials: 50 });
    expect(result.ok && result.results.every((row) => row.date === null)).toBe(true);
    expect(result.ok && result.horizon).toBe('2031-01-10');
    expect(HORIZON_DAYS).toBe(1826);
  });

  it('refuses degenerate input instead of looping forever', () => {
    expect(forecastWhen({ ...base, dailyThroughput: [], lastFinishDate: null, items: 3 })).toMatchObject({ ok: false, problem: 'no-finished-items' });
    expect(forecastWhen({ ...base, dailyThroughput: [4, 0, 0], windowDays: 2, items: 3 })).toMatchObject({ ok: false, problem: 'no-throughput-in-window' });
    expect(forecastWhen({ ...base, dailyThroughput: [1], items: 0 })).toMatchObject({ ok: false, problem: 'nothing-to-forecast' });
  });

  it('throws on malformed settings', () => {
    expect(() => forecastWhen({ ...base, dailyThroughput: [1], items: 1, trials: 0 })).toThrow(RangeError);
    expect(() => forecastWhen({ ...base, dailyThroughput: [1], items: 1, seed: -1 })).toThrow(RangeError);
    expect(() => forecastWhen({ ...base, dailyThroughput: [1], items: 1, lastFinishDate: 'Friday' })).toThrow(RangeError);
  });
});

describe('forecastHowMany (§5 "how many by day D")', () => {
  it('sums one draw per day from the day after the last finish up to and including D', () => {
    const result = forecastHowMany({ ...base, dailyThroughput: [3, 1, 1], windowDays: 2, until: '2026-01-20' });
    expect(result.ok && result.results).toEqual([50, 70, 85, 95].map((confidence) => ({ confidence, items: 10 })));
  });

  it('gives the largest count that at least c% of the trials reached', () => {
    // Five days, each adding an item with probability 3/4: P(≥5) ≈ .237, P(≥4) ≈ .633, P(≥3) ≈ .896,
    // P(≥2) ≈ .984. So 50% → 4, 70% → 3, 85% → 3, 95% → 2.
    const result = forecastHowMany({ ...base, dailyThroughput: [0, 1, 1, 1], until: '2026-01-15', seed: 99 });
    expect(result.ok && result.results).toEqual([
      { confidence: 50, items: 4 },
      { confidence: 70, items: 3 },
      { confidence: 85, items: 3 },
      { confidence: 95, items: 2 },
    ]);
  });

  it('reports how many trials reached each total, zero-filled from the fewest to the most', () => {
    expect(forecastHowMany({ ...base, dailyThroughput: [3, 1, 1], windowDays: 2, until: '2026-01-20', trials: 40 })).toMatchObject({
      distribution: [{ items: 10, trials: 40 }],
    });
    const result = forecastHowMany({ ...base, dailyThroughput: [0, 2], until: '2026-01-12', trials: 1000, seed: 5 });
    if (!result.ok) throw new Error(result.message);
    // Two days drawing 0 or 2: totals 0, 2 or 4, never odd.
    expect(result.distribution.map((row) => row.items)).toEqual([0, 1, 2, 3, 4]);
    expect(result.distribution.filter((row) => row.items % 2 === 1).every((row) => row.trials === 0)).toBe(true);
    expect(result.distribution.reduce((sum, row) => sum + row.trials, 0)).toBe(1000);
  });

  it('counts nothing by a day on or before the last finish, and refuses a day beyond the horizon', () => {
    for (const until of ['2026-01-10', '2026-01-01']) {
      const none = forecastHowMany({ ...base, dailyThroughput: [1], until });
      expect(none).toMatchObject({ ok: true, results: [50, 70, 85, 95].map((confidence) => ({ confidence, items: 0 })), distribution: [{ items: 0, trials: 10_000 }] });
    }
    expect(forecastHowMany({ ...base, dailyThroughput: [1], until: '2040-01-01' })).toMatchObject({ ok: false, problem: 'until-beyond-horizon' });
    expect(forecastHowMany({ ...base, dailyThroughput: [0, 0], until: '2026-02-01' })).toMatchObject({ ok: false, problem: 'no-throughput-in-window' });
    expect(() => forecastHowMany({ ...base, dailyThroughput: [1], until: 'soon' })).toThrow(RangeError);
  });
});

const throughput = fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 120 }).filter((days) => days.some((count) => count > 0));
const settings = fc.record({ seed: fc.integer({ min: 0, max: 0xffff_ffff }), trials: fc.integer({ min: 1, max: 300 }), windowDays: fc.integer({ min: 1, max: 150 }) });

describe('forecast properties', () => {
  it('repeats exactly for a seed, and never promises more with higher confidence', () => {
    fc.assert(
      fc.property(throughput, settings, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 120 }), (dailyThroughput, options, items, days) => {
        const input = { ...options, dailyThroughput, lastFinishDate: '2026-01-10' };
        const until = new Date(Date.UTC(2026, 0, 10 + days)).toISOString().slice(0, 10);
        const when = forecastWhen({ ...input, items });
        const howMany = forecastHowMany({ ...input, until });
        expect(forecastWhen({ ...input, items })).toEqual(when);
        expect(forecastHowMany({ ...input, until })).toEqual(howMany);
        if (when.ok) {
          const dates = when.results.map((row) => row.date ?? '9999-12-31');
          expect([...dates].sort()).toEqual(dates);
          expect(when.distribution.reduce((sum, row) => sum + row.trials, 0)).toBeLessThanOrEqual(options.trials);
        }
        if (howMany.ok) {
          const counts = howMany.results.map((row) => row.items);
          expect([...counts].sort((a, b) => b - a)).toEqual(counts);
          expect(howMany.distribution.reduce((sum, row) => sum + row.trials, 0)).toBe(options.trials);
          // Each mark is a total that at least c% of the trials reached: count them from the distribution.
          for (const { confidence, items: mark } of howMany.results) {
            const reached = howMany.distribution.filter((row) => row.items >= mark).reduce((sum, row) => sum + row.trials, 0);
            expect(reached).toBeGreaterThanOrEqual(nearestRank(confidence, options.trials));
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
