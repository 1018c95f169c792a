import type { WsjfInput } from '../api/types';

/** The four inputs in the order SAFe estimates them: the three parts of cost of delay, then job size. */
export const WSJF_INPUT_ORDER: readonly WsjfInput[] = ['userBusinessValue', 'timeCriticality', 'riskReduction', 'jobSize'];

/** Each input's name and the question the team answers when comparing items on it. */
export const WSJF_INPUT_GUIDE: Record<WsjfInput, { name: string; question: string }> = {
  userBusinessValue: { name: 'User-business value', question: 'How much do users or the business gain compared with the other items?' },
  timeCriticality: { name: 'Time criticality', question: 'How fast does the value decay if the item waits? Is there a fixed deadline?' },
  riskReduction: { name: 'Risk reduction & opportunity enablement', question: 'How much risk does the item remove, or which new opportunities does it open?' },
  jobSize: { name: 'Job size', question: 'How big is the item compared with the others (the duration proxy)?' },
};

export function isWsjfInput(value: unknown): value is WsjfInput {
  return typeof value === 'string' && (WSJF_INPUT_ORDER as readonly string[]).includes(value);
}
