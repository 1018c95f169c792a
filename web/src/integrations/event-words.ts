import type { BoardEvent } from '../api/types';

/** Each change a webhook can listen to, as a person says it. */
export const EVENT_WORDS: Record<BoardEvent['type'], string> = {
  'item.created': 'An item is created',
  'item.updated': 'An item is edited',
  'item.moved': 'An item moves',
  'item.blocked': 'An item is blocked',
  'item.unblocked': 'An item is unblocked',
  'item.deleted': 'An item is deleted',
  'column.updated': 'A column\u2019s policies change',
  'board.updated': 'A board\u2019s settings change',
  'comment.created': 'Someone comments',
  'decision.recorded': 'A decision is recorded',
  'approval.requested': 'Someone asks for an approval',
  'review.updated': 'A portfolio review moves on or records something',
  'item.closed': 'An idea is declined or merged',
};

export const EVENT_TYPES = Object.keys(EVENT_WORDS) as BoardEvent['type'][];

/** "Every change", or the chosen changes in words. */
export function eventsInWords(events: readonly string[]): string {
  if (events.includes('*')) return 'Every change';
  return events.map((event) => EVENT_WORDS[event as keyof typeof EVENT_WORDS] ?? event).join('; ');
}

const STATE_WORDS: Record<string, string> = { pending: 'Waiting for its next try', sending: 'Sending', delivered: 'Delivered', failed: 'Gave up after every try' };
export const deliveryState = (state: string) => STATE_WORDS[state] ?? state;
