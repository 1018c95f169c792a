/** One line of the benchmark's output: a value, what it is compared with, and whether it meets its target. */
export type Measure = {
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  target: string;
  pass: boolean;
};

const round = (value: number) => Math.round(value * 100) / 100;

function ratioOf(value: number, baseline: number | null): number | null {
  return baseline === null || baseline === 0 ? null : round(value / baseline);
}

/** A value that must stay at or under an absolute limit; the baseline, if any, is for context. */
export function atMost(name: string, value: number, unit: string, limit: number, baseline: number | null = null): Measure {
  return { name, value: round(value), unit, baseline: baseline === null ? null : round(baseline), ratio: ratioOf(value, baseline), target: `≤ ${limit} ${unit}`, pass: value <= limit };
}

/** A rate that must reach an absolute floor; the baseline, if any, is for context. */
export function atLeast(name: string, value: number, unit: string, floor: number, baseline: number | null = null): Measure {
  return { name, value: round(value), unit, baseline: baseline === null ? null : round(baseline), ratio: ratioOf(value, baseline), target: `≥ ${floor} ${unit}`, pass: value >= floor };
}

/** A cost that must stay within `factor` times its baseline's. */
export function withinFactor(name: string, value: number, unit: string, baseline: number, factor: number): Measure {
  const ratio = ratioOf(value, baseline);
  return { name, value: round(value), unit, baseline: round(baseline), ratio, target: `≤ ${factor}× baseline`, pass: ratio !== null && value <= factor * baseline };
}

/** A run that had failed requests measured something else than it claims: it cannot pass. */
export function failedBy(measure: Measure, failures: number): Measure {
  return failures === 0 ? measure : { ...measure, name: `${measure.name} (${failures} failed requests)`, pass: false };
}

/** A measure whose run broke: recorded as missed, with the reason, instead of ending the benchmark. */
export function notMeasured(name: string, error: unknown): Measure {
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  return { name: `${name} (not measured: ${reason})`, value: Number.NaN, unit: '', baseline: null, ratio: null, target: 'a measurement', pass: false };
}
