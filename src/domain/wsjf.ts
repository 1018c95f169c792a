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

/** WSJF = cost of delay / job size, rounded to two decimals for display and ranking; null until every input is set. */
export function wsjfScore(inputs: WsjfInputs): number | null {
  const cod = costOfDelay(inputs);
  if (cod === null || inputs.jobSize === null) return null;
  return Math.round((cod / inputs.jobSize) * 100) / 100;
}
