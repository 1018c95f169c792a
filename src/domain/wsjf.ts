/** The modified Fibonacci scale of SAFe's relative estimation. */
export const WSJF_SCALE = [1, 2, 3, 5, 8, 13, 20] as const;

export type WsjfInputs = {
  userBusinessValue: number | null;
  timeCriticality: number | null;
  riskReduction: number | null;
  jobSize: number | null;
};

export function costOfDelay(inputs: WsjfInputs): number | null {
  const { userBusinessValue, timeCriticality, riskReduction } = inputs;
  if (userBusinessValue === null || timeCriticality === null || riskReduction === null) return null;
  return userBusinessValue + timeCriticality + riskReduction;
}

/** WSJF as the exact fraction cost of delay / job size; null until every input is set. */
export type WsjfFraction = { costOfDelay: number; jobSize: number };

export function wsjfFraction(inputs: WsjfInputs): WsjfFraction | null {
  const cod = costOfDelay(inputs);
  if (cod === null || inputs.jobSize === null) return null;
  return { costOfDelay: cod, jobSize: inputs.jobSize };
}

/** WSJF = cost of delay / job size, rounded to two decimals for display only; null until every input is set. */
export function wsjfScore(inputs: WsjfInputs): number | null {
  const fraction = wsjfFraction(inputs);
  if (fraction === null) return null;
  return Math.round((fraction.costOfDelay / fraction.jobSize) * 100) / 100;
}

/**
 * Compares two WSJFs exactly, cross-multiplied: positive when `a` is the higher. Rounded scores would
 * call 23/20 (1.15) and 15/13 (1.1538…) equal; the inputs are small integers, so the products are exact.
 */
export function compareWsjf(a: WsjfFraction, b: WsjfFraction): number {
  return a.costOfDelay * b.jobSize - b.costOfDelay * a.jobSize;
}
