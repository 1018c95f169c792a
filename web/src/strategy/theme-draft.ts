import type { KeyResult, Theme, ThemeInput } from '../api/types';
import { numberOrNull, text, textOrNull } from './form-values';

/** A key result as its form row holds it: every field is text until sent. */
export type KeyResultRow = { description: string; current: string; target: string; unit: string };

export const EMPTY_KEY_RESULT: KeyResultRow = { description: '', current: '', target: '', unit: '' };

const shown = (value: number | null) => (value === null ? '' : String(value));

export function keyResultRows(keyResults: readonly KeyResult[]): KeyResultRow[] {
  return keyResults.map((kr) => ({ description: kr.description, current: shown(kr.current), target: shown(kr.target), unit: kr.unit ?? '' }));
}

/** Rows left without a description are dropped: an empty row is one the user added and did not fill. */
export function keyResultsFrom(rows: readonly KeyResultRow[]): ThemeInput['keyResults'] {
  return rows
    .filter((row) => row.description.trim() !== '')
    .map((row) => ({ description: row.description.trim(), current: numberOrNull(row.current), target: numberOrNull(row.target), unit: row.unit.trim() === '' ? null : row.unit.trim() }));
}

/** What the theme form sends: every field, so that clearing one clears it on the server. */
export function themeInputFrom(form: FormData, keyResults: readonly KeyResultRow[]): ThemeInput & { name: string } {
  return {
    name: text(form, 'name').trim(),
    description: text(form, 'description'),
    objective: text(form, 'objective'),
    keyResults: keyResultsFrom(keyResults),
    targetShare: numberOrNull(text(form, 'targetShare')),
    startsOn: textOrNull(form, 'startsOn'),
    endsOn: textOrNull(form, 'endsOn'),
    ownerId: textOrNull(form, 'ownerId'),
  };
}

/** "40% of work in progress", "no target": a theme's guardrail in words. */
export function targetText(record: Pick<Theme, 'targetShare'>): string {
  return record.targetShare === null ? 'No target share' : `Target ${record.targetShare}% of work in progress`;
}
