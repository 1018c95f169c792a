import { describe, expect, it } from 'vitest';
import type { Notification } from '../api/types';
import { destinationOf } from './notification-destination';

const notice = (fields: Partial<Notification>): Notification => ({
  id: 'n1', kind: 'mention', portfolioId: 'p1', boardId: null, itemId: null, actorId: 'u1', message: '…', data: {}, createdAt: '2026-12-06T10:00:00.000Z', readAt: null, read: false, ...fields,
});

describe('destinationOf', () => {
  it('opens a card at the part the notice concerns, over the page it was opened from', () => {
    expect(destinationOf(notice({ kind: 'approval_requested', boardId: 'b1', itemId: 'i1' }))).toMatchObject({ to: '/boards/$boardId/items/$itemId', params: { boardId: 'b1', itemId: 'i1' }, hash: 'approval', state: { closesBack: true } });
    expect(destinationOf(notice({ kind: 'mention', boardId: 'b1', itemId: 'i1' }))).not.toHaveProperty('hash');
  });

  it('leads a notice about no card to where it is dealt with', () => {
    expect(destinationOf(notice({ kind: 'review_action', data: { reviewId: 'r1' } }))).toMatchObject({ to: '/portfolios/$portfolioId/reviews/$reviewId', params: { portfolioId: 'p1', reviewId: 'r1' } });
    expect(destinationOf(notice({ kind: 'delegation', data: { delegationId: 'd1' } }))).toMatchObject({ to: '/portfolios/$portfolioId/delegations', params: { portfolioId: 'p1' } });
    expect(destinationOf(notice({ kind: 'review_reminder' }))).toMatchObject({ to: '/portfolios/$portfolioId/reviews' });
    expect(destinationOf(notice({ kind: 'webhook_paused' }))).toMatchObject({ to: '/portfolios/$portfolioId/integrations' });
  });

  it('leads nowhere when nothing is named to go to', () => {
    expect(destinationOf(notice({ kind: 'mention', portfolioId: null }))).toBeNull();
  });
});
