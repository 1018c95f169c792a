import type { CLASSES_OF_SERVICE } from '../../../src/app/item-model';

export type ClassOfService = (typeof CLASSES_OF_SERVICE)[number];

/** Typed against the server's list: a class added or removed there fails the client's type check. */
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
