import type { WsjfInput, WsjfScore } from '../api/types';
import { WSJF_INPUT_ORDER } from '../strategy/wsjf-inputs';

/** Up to this many changes show at once; a longer history folds away behind its count. */
export const WSJF_HISTORY_OPEN_ROWS = 3;

const NOT_SET = '—';

export type WsjfHistoryRow = {
  at: string;
  actorId: string | null;
  inputs: { input: WsjfInput; text: string; changed: boolean }[];
  costOfDelay: string;
  score: string;
};

const shown = (value: number | null) => (value === null ? NOT_SET : String(value));

/**
 * The history newest first, each input flagged when it differs from the WSJF before it (every input
 * of the first WSJF counts as changed once set), so that what moved the score stands out.
 */
export function wsjfHistoryRows(history: readonly WsjfScore[]): WsjfHistoryRow[] {
  return history
    .map((entry, index): WsjfHistoryRow => {
      const before = index > 0 ? history[index - 1] : undefined;
      return {
        at: entry.at,
        actorId: entry.actorId,
        inputs: WSJF_INPUT_ORDER.map((input) => ({
          input,
          text: shown(entry[input]),
          changed: before ? before[input] !== entry[input] : entry[input] !== null,
        })),
        costOfDelay: shown(entry.costOfDelay),
        score: shown(entry.score),
      };
    })
    .reverse();
}
