import { WSJF_SCALE } from '../../../src/domain/wsjf';
import type { Item } from '../api/types';
import { WSJF_KEYS } from './draft';

export const WSJF_LABELS: Record<(typeof WSJF_KEYS)[number], string> = {
  userBusinessValue: 'User-business value',
  timeCriticality: 'Time criticality',
  riskReduction: 'Risk reduction & opportunity enablement',
  jobSize: 'Job size',
};

/** WSJF = cost of delay ÷ job size; the score is the server's, shown as last saved. */
export function WsjfFields({ item, disabled }: { item: Item; disabled: boolean }) {
  return (
    <fieldset className="wsjf" disabled={disabled}>
      <legend>
        WSJF{' '}
        <span className="hint">
          cost of delay {item.wsjf.costOfDelay ?? '—'} · score {item.wsjf.score ?? '—'}
          {disabled && ' · setting it needs the right to prioritise the backlog'}
        </span>
      </legend>
      {WSJF_KEYS.map((key) => (
        <label key={key}>
          {WSJF_LABELS[key]}
          <select name={`wsjf.${key}`} defaultValue={item.wsjf[key] ?? ''}>
            <option value="">Not set</option>
            {WSJF_SCALE.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
