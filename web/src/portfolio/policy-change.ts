import type { PolicyVersion } from '../api/types';

const FIELD_LABELS: Record<string, string> = {
  wipLimit: 'WIP limit',
  policy: 'Policy',
  exitCriteria: 'Exit criteria',
  gate: 'Gate',
  responsibility: 'Responsibility',
};

function show(value: unknown): string {
  if (Array.isArray(value)) return value.join('; ') || 'none';
  if (value === null || value === '') return 'none';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  return String(value);
}

const isMatrix = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What one policy version changed, one "field: before → after" per changed field. */
export function describeChanges(changes: PolicyVersion['changes']): string[] {
  return Object.entries(changes).map(([field, change]) => {
    const label = FIELD_LABELS[field] ?? field;
    // A responsibility matrix does not fit on one line; the column settings show it whole.
    if (isMatrix(change?.before) || isMatrix(change?.after)) return `${label} changed`;
    return `${label}: ${show(change?.before)} → ${show(change?.after)}`;
  });
}
