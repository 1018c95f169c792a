import { describe, expect, it } from 'vitest';
import { formatDateTime, formatUntil, listed, localReason } from './format';

const delegation = { id: 'd1', roleKey: 'portfolio_manager', fromUserId: 'ada', fromName: 'Ada Admin', toUserId: 'bo', toName: 'Bo Builder', until: '2026-12-20T23:59:59.999Z', reason: null };
const readersDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date('2026-12-20T12:00:00Z'));

describe('formatUntil', () => {
  it('words a whole-day end as that day in the reader’s locale, wherever the reader is, and another end with its time', () => {
    expect(formatUntil(delegation.until)).toBe(readersDay);
    expect(formatUntil('2026-12-20T14:30:00.000Z')).toBe(formatDateTime('2026-12-20T14:30:00.000Z'));
  });
});

describe('localReason', () => {
  it('rewrites the end of a delegation the server worded in the reader’s locale, and leaves other reasons alone', () => {
    expect(localReason('accountable for column Reviewing, on behalf of Ada Admin until 20 Dec 2026', [delegation])).toBe(
      `accountable for column Reviewing, on behalf of Ada Admin until ${readersDay}`,
    );
    expect(localReason('item owner', [delegation])).toBe('item owner');
    expect(localReason('accountable for column Reviewing')).toBe('accountable for column Reviewing');
  });
});

describe('listed', () => {
  it('joins names as a sentence would, with "and" or with "or"', () => {
    expect([[], ['Ada'], ['Ada', 'Bo'], ['Ada', 'Bo', 'Cy']].map((names) => listed(names))).toEqual(['', 'Ada', 'Ada and Bo', 'Ada, Bo and Cy']);
    expect(listed(['Ada', 'Bo', 'Cy'], 'or')).toBe('Ada, Bo or Cy');
  });
});
