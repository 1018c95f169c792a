import type { FieldError } from './errors';

/** How a webhook's body is shaped: the product's own JSON, or Slack's incoming-webhook `{text}`. */
export const WEBHOOK_FORMATS = ['json', 'slack'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

/** Tries of one delivery in all, and the waits before the second to the last (about 1 min, 5 min, 30 min, 2 h, 6 h). */
export const MAX_ATTEMPTS = 6;
const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000] as const;
/** Failed tries in a row after which a webhook is paused and its creator told. */
export const PAUSE_AFTER_FAILURES = 20;
/** A receiver that has not answered within this time has failed the try. */
export const DELIVERY_TIMEOUT_MS = 10_000;

/** When a delivery that has failed `attempts` tries is tried again; null when it has had every try. */
export function nextAttemptAt(attempts: number, failedAt: Date): Date | null {
  const delay = RETRY_DELAYS_MS[attempts - 1];
  return delay === undefined ? null : new Date(failedAt.getTime() + delay);
}

/** A webhook listens to the event types it names, or to every type with "*". */
export function listensTo(events: readonly string[], type: string): boolean {
  return events.includes('*') || events.includes(type);
}

/** Answers 2xx: the receiver took the delivery. */
export const delivered = (status: number) => status >= 200 && status < 300;

// Addresses a webhook must never reach: link-local networks, where cloud providers serve instance
// metadata and credentials, and the metadata services' names.
const METADATA_HOSTS = new Set(['metadata.google.internal', 'metadata', 'metadata.azure.com', 'instance-data', 'instance-data.ec2.internal']);

/** Link-local IPv4 (169.254/16, where 169.254.169.254 is the cloud metadata service) and IPv6 (fe80::/10), and AWS's IPv6 metadata address. */
export function isForbiddenAddress(address: string): boolean {
  const ip = address.toLowerCase().replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  const v4 = mapped ? mapped[1]! : ip;
  if (/^169\.254\.\d+\.\d+$/.test(v4)) return true;
  // The same IPv4 addresses mapped into IPv6 as URLs write them: ::ffff:a9fe:xxxx.
  if (/^::ffff:a9fe:[0-9a-f]{1,4}$/.test(ip)) return true;
  if (/^fe[89ab][0-9a-f]?:/.test(ip)) return true;
  return ip === 'fd00:ec2::254';
}

/** A webhook URL is absolute http(s), without credentials, and names no link-local or metadata host. */
export function webhookUrlErrors(text: string): FieldError[] {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return [{ field: 'url', message: 'must be an absolute http:// or https:// address' }];
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return [{ field: 'url', message: `must use http or https (found ${url.protocol.replace(':', '')})` }];
  if (url.username || url.password) return [{ field: 'url', message: 'must not carry a user name or password: the signature authenticates each delivery' }];
  if (METADATA_HOSTS.has(url.hostname.toLowerCase()) || isForbiddenAddress(url.hostname)) {
    return [{ field: 'url', message: `${url.hostname} is a link-local or cloud metadata address, which webhooks may not reach` }];
  }
  return [];
}

/** What a chat line needs to know of one change. */
export type ChatChange = {
  type: string;
  actorName: string | null;
  item: { key: string; title: string } | null;
  /** The column an item moved to or was created in. */
  columnName: string | null;
  /** The decision that made the change, and whom its decider stood in for, when a delegate decided. */
  decision: { kind: string; onBehalfOf: string | null } | null;
  reason: string | null;
};

const DECISION_WORDS: Record<string, string> = { go: 'approved: go', 'no-go': 'declined: no-go', pivot: 'decided: pivot', persevere: 'decided: persevere', stop: 'decided: stop' };

/**
 * One readable line for Slack, Mattermost or Rocket.Chat: "Ada moved EPIC-12 'Self-service onboarding'
 * to Ready — approved: go", or "Stan (on behalf of Ada) moved …" when a delegate decided.
 */
export function chatLine(change: ChatChange): string {
  const who = `${change.actorName ?? 'Someone'}${change.decision?.onBehalfOf ? ` (on behalf of ${change.decision.onBehalfOf})` : ''}`;
  const what = change.item ? `${change.item.key} '${change.item.title}'` : 'an item';
  const to = change.columnName ? ` to ${change.columnName}` : '';
  const decision = change.decision ? ` — ${DECISION_WORDS[change.decision.kind] ?? `decided: ${change.decision.kind}`}` : '';
  const because = change.reason ? `: ${change.reason}` : '';
  switch (change.type) {
    case 'item.created':
      return `${who} created ${what}${change.columnName ? ` in ${change.columnName}` : ''}`;
    case 'item.moved':
      return `${who} moved ${what}${to}${decision}`;
    case 'item.updated':
      return `${who} updated ${what}`;
    case 'item.blocked':
      return `${who} blocked ${what}${because}`;
    case 'item.unblocked':
      return `${who} unblocked ${what}`;
    case 'item.deleted':
      return `${who} deleted ${what}`;
    case 'comment.created':
      return `${who} commented on ${what}`;
    case 'comment.updated':
      return `${who} edited a comment on ${what}`;
    case 'comment.deleted':
      return `${who} deleted a comment on ${what}`;
    case 'decision.recorded':
      return `${who} recorded a decision on ${what}${decision || ''}${to}`;
    case 'column.updated':
      return `${who} changed the policies of column ${change.columnName ?? ''}`.trimEnd();
    default:
      return `${who}: ${change.type} on ${what}`;
  }
}
