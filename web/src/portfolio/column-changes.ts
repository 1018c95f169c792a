import type { Column, Principal, RequestBody, Responsibility } from '../api/types';
import { encodePrincipal } from './principals';

/** What the column settings form edits. */
export type ColumnSettingsValues = Pick<Column, 'wipLimit' | 'policy' | 'exitCriteria' | 'gate' | 'responsibility'>;

export function settingsOf(column: Column): ColumnSettingsValues {
  const { wipLimit, policy, exitCriteria, gate, responsibility } = column;
  return { wipLimit, policy, exitCriteria, gate, responsibility };
}

/** Exit criteria typed one per line: blank lines and surrounding spaces are not criteria. */
export function exitCriteriaFromText(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);
const samePrincipals = (a: readonly Principal[], b: readonly Principal[]) => sameList(a.map(encodePrincipal), b.map(encodePrincipal));

function sameResponsibility(a: Responsibility, b: Responsibility): boolean {
  return samePrincipals(a.accountable ? [a.accountable] : [], b.accountable ? [b.accountable] : []) && (['responsible', 'consulted', 'informed'] as const).every((part) => samePrincipals(a[part], b[part]));
}

/**
 * Only the fields the person changed, compared with the column as it was loaded: a save must never
 * send back, and so overwrite, what they did not touch. The matrix goes as a whole once any part of it changed.
 */
export function columnChanges(loaded: ColumnSettingsValues, edited: ColumnSettingsValues): Partial<ColumnSettingsValues> {
  const changes: Partial<ColumnSettingsValues> = {};
  if (edited.wipLimit !== loaded.wipLimit) changes.wipLimit = edited.wipLimit;
  if (edited.policy !== loaded.policy) changes.policy = edited.policy;
  if (!sameList(edited.exitCriteria, loaded.exitCriteria)) changes.exitCriteria = edited.exitCriteria;
  if (edited.gate !== loaded.gate) changes.gate = edited.gate;
  if (!sameResponsibility(edited.responsibility, loaded.responsibility)) changes.responsibility = edited.responsibility;
  return changes;
}

/** The settings a column's update sends (its version and the change's reason aside). */
export type ColumnUpdate = Omit<RequestBody<'updateColumn'>, 'version' | 'reason'>;

/** The changes as the server takes them; null when the matrix changed but names nobody accountable (a column needs exactly one). */
export function columnUpdate(changes: Partial<ColumnSettingsValues>): ColumnUpdate | null {
  const { responsibility, ...settings } = changes;
  if (!responsibility) return settings;
  const { accountable } = responsibility;
  return accountable ? { ...settings, responsibility: { ...responsibility, accountable } } : null;
}
