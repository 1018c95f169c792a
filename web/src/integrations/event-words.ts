import type { BoardEvent, DeliveryAttempt } from '../api/types';

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
  'comment.updated': 'Someone edits their comment',
  'comment.deleted': 'Someone deletes their comment',
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

/** The network's error codes that a failed try names, as a person says them. */
const NETWORK_WORDS: Record<string, string> = {
  ECONNREFUSED: 'nothing listens at that address',
  ECONNRESET: 'the connection was cut off',
  ENOTFOUND: 'no server has that name',
  EAI_AGAIN: 'the server name could not be looked up',
  ETIMEDOUT: 'no connection within the time allowed',
  UND_ERR_CONNECT_TIMEOUT: 'no connection within the time allowed',
  EHOSTUNREACH: 'that server cannot be reached',
  ENETUNREACH: 'that network cannot be reached',
  CERT_HAS_EXPIRED: 'the server\u2019s certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the server\u2019s certificate is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the server\u2019s certificate could not be checked',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the server\u2019s certificate is for another name',
  'bad port': 'browsers and servers refuse that port',
};

/** One try of a delivery: "answered 500 in 12 ms", "nothing listens at that address (ECONNREFUSED) in 3 ms". */
export function attemptInWords(attempt: DeliveryAttempt): string {
  const error = attempt.error ?? '';
  const outcome = attempt.statusCode ? `answered ${attempt.statusCode}` : NETWORK_WORDS[error] ? `${NETWORK_WORDS[error]} (${error})` : error || 'no answer';
  return `${outcome} in ${attempt.durationMs.toLocaleString()} ms`;
}
