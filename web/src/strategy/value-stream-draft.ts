import type { Budget, ValueStreamInput } from '../api/types';
import { numberOrNull, text, textOrNull } from './form-values';

/** A budget needs an amount: without one the value stream has no budget (null), whatever else was typed. */
export function budgetFrom(form: FormData): ValueStreamInput['budget'] {
  const amount = numberOrNull(text(form, 'budget.amount'));
  if (amount === null) return null;
  return {
    amount,
    currency: text(form, 'budget.currency').trim().toUpperCase(),
    periodStart: textOrNull(form, 'budget.periodStart'),
    periodEnd: textOrNull(form, 'budget.periodEnd'),
  };
}

/** What the value stream form sends: every field, so that clearing one clears it on the server. */
export function valueStreamInputFrom(form: FormData): ValueStreamInput & { name: string } {
  return {
    name: text(form, 'name').trim(),
    description: text(form, 'description'),
    budget: budgetFrom(form),
    targetShare: numberOrNull(text(form, 'targetShare')),
    ownerId: textOrNull(form, 'ownerId'),
  };
}

/** "EUR 1,200,000 from 1 Jan 2026 to 30 Jun 2026" in the reader's number format. */
export function budgetText(budget: Budget | null, locale?: string): string {
  if (budget === null) return 'No budget';
  const amount = new Intl.NumberFormat(locale, { style: 'currency', currency: budget.currency }).format(budget.amount);
  const from = budget.periodStart ? ` from ${budget.periodStart}` : '';
  const to = budget.periodEnd ? ` until ${budget.periodEnd}` : '';
  return `${amount}${from}${to}`;
}
