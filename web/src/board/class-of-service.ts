import type { RequestBody } from '../api/types';

export type ClassOfService = NonNullable<RequestBody<'updateItem'>['classOfService']>;

/** Typed against the documented list: a class added or removed there fails the client's type check. */
const LABELS: Record<ClassOfService, string> = {
  expedite: 'Expedite',
  fixed_date: 'Fixed date',
  standard: 'Standard',
  intangible: 'Intangible',
};

export const CLASS_OF_SERVICE_OPTIONS = (Object.keys(LABELS) as ClassOfService[]).map((value) => ({ value, label: LABELS[value] }));

export function classOfServiceLabel(value: string): string {
  return LABELS[value as ClassOfService] ?? value;
}
