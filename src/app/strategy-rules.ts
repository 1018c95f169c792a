import { validationError, type FieldError } from '../domain/errors';
import { FULL_CAPACITY, peakShare, type ShareHolder } from '../domain/strategy';
import type { Db } from '../store/store';
import { referenceErrors } from './item-rules';

/** Themes and value streams share their rules: a unique name, an owner who is a member, targets that fit in capacity. */
export type StrategyRecord = ShareHolder & { name: string; ownerId: string | null };

/**
 * Checks a theme or value stream as it would be after a change, against its siblings in the portfolio.
 * `siblings` are the other records of the same kind. `ownerBefore` is the owner it had: an owner kept
 * as they were (even one deactivated since) is not judged again, so the rest of the record can be edited.
 */
export async function assertValidRecord(db: Db, portfolioId: string, kind: 'theme' | 'value stream', record: StrategyRecord, siblings: readonly StrategyRecord[], ownerBefore: string | null = null): Promise<void> {
  const errors: FieldError[] = [];
  const name = record.name.toLowerCase();
  if (siblings.some((sibling) => sibling.name.toLowerCase() === name)) errors.push({ field: 'name', message: `another ${kind} of this portfolio is called "${record.name}"` });
  if (record.startsOn !== null && record.endsOn !== null && record.endsOn < record.startsOn) errors.push({ field: 'endsOn', message: 'must not be before startsOn' });
  if (record.ownerId && record.ownerId !== ownerBefore) errors.push(...(await referenceErrors(db, portfolioId, null, { ownerId: record.ownerId })));
  if (record.targetShare !== null) {
    const peak = peakShare([...siblings, record]);
    if (peak.total > FULL_CAPACITY) {
      const others = siblings.filter((sibling) => peak.holders.includes(sibling.id)).map((sibling) => `"${sibling.name}"`);
      errors.push({
        field: 'targetShare',
        message: `together with ${others.join(', ')} (active at the same time) the targets would claim ${peak.total}% of capacity; at most ${FULL_CAPACITY}%`,
      });
    }
  }
  if (errors.length) throw validationError(errors);
}

/** `YYYY-MM-DD` of the clock's instant, in UTC: the day themes are active on for the portfolio as a whole. */
export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}
