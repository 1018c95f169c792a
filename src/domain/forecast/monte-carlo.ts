import { formatDate, parseDate } from '../flow-history';
import { mulberry32 } from './prng';

export const CONFIDENCES = [50, 70, 85, 95] as const;
export const DEFAULT_TRIALS = 10_000;
export const DEFAULT_WINDOW_DAYS = 90;
/**
 * No trial looks further than this many days past the last finish (about five years): a slow sample
 * space would otherwise keep a "when" trial drawing for ages, and a forecast that far out says nothing.
 */
export const HORIZON_DAYS = 1826;
/** Seeds are 32-bit: larger numbers would silently alias smaller ones. */
export const MAX_SEED = 0xffff_ffff;

export interface ForecastInput {
  /** Items finished per day, zero-filled, from the first to the last finish date (§5 throughput). */
  dailyThroughput: readonly number[];
  /** `YYYY-MM-DD` of the last finish (trials start the day after it); `null` when nothing finished. */
  lastFinishDate: string | null;
  trials?: number;
  windowDays?: number;
  /** Same seed, same input → same forecast. */
  seed: number;
}

export interface ForecastSettings {
  trials: number;
  windowDays: number;
  seed: number;
  lastFinishDate: string;
}

export type ForecastProblemCode =
  | 'no-finished-items'
  | 'no-throughput-in-window'
  | 'nothing-to-forecast'
  | 'until-beyond-horizon';

/** A forecast that cannot be made from its input, with a message that says what to change. */
export interface ForecastProblem {
  ok: false;
  problem: ForecastProblemCode;
  message: string;
}

/** The sampling side of a forecast: validated settings and a draw function over the sample space. */
export interface Sampler {
  ok: true;
  settings: ForecastSettings;
  lastFinishDay: number;
  /** One simulated day's throughput. */
  draw: () => number;
}

function wholeNumber(value: number, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max} (found ${value})`);
  }
  return value;
}

/**
 * §5 sample space: the daily throughput limited to its last `windowDays` days. Input that cannot be
 * sampled meaningfully (nothing finished, or nothing finished within the window) is a problem rather
 * than an endless loop; malformed numbers are programming errors and throw.
 */
export function sampler(input: ForecastInput): Sampler | ForecastProblem {
  const trials = wholeNumber(input.trials ?? DEFAULT_TRIALS, 'trials', 1);
  const windowDays = wholeNumber(input.windowDays ?? DEFAULT_WINDOW_DAYS, 'windowDays', 1);
  const seed = wholeNumber(input.seed, 'seed', 0, MAX_SEED);
  if (input.dailyThroughput.length === 0 || input.lastFinishDate === null) {
    return { ok: false, problem: 'no-finished-items', message: 'No item has finished yet, so there is no throughput to sample.' };
  }
  const lastFinishDay = parseDate(input.lastFinishDate);
  if (lastFinishDay === null) throw new RangeError(`lastFinishDate must be a date like 2026-01-31 (found "${input.lastFinishDate}")`);
  const sample = input.dailyThroughput.slice(-windowDays);
  if (sample.every((count) => count === 0)) {
    return {
      ok: false,
      problem: 'no-throughput-in-window',
      message: `No item finished in the last ${windowDays} days of throughput up to ${input.lastFinishDate}; use a longer window.`,
    };
  }
  const random = mulberry32(seed);
  return {
    ok: true,
    settings: { trials, windowDays, seed, lastFinishDate: formatDate(lastFinishDay) },
    lastFinishDay,
    draw: () => sample[Math.floor(random() * sample.length)]!,
  };
}

/** How many of `sortedCount` outcomes must satisfy a confidence: nearest rank, ⌈c·n⌉. */
export function nearestRank(confidence: number, sortedCount: number): number {
  return Math.ceil((confidence * sortedCount) / 100);
}
