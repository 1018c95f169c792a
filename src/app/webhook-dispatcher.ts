import { sql } from 'kysely';
import { createHmac } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { DELIVERY_TIMEOUT_MS, delivered, isForbiddenAddress, MAX_ATTEMPTS, nextAttemptAt, PAUSE_AFTER_FAILURES } from '../domain/webhooks';
import type { Db } from '../store/store';
import type { AppContext } from './context';
import { newId } from './ids';
import { notify } from './notifications';

/** What one try of a delivery came to: the receiver's status code, or why there was none. */
export type SendOutcome = { statusCode: number | null; error: string | null; durationMs: number };
export type WebhookRequest = { url: string; headers: Record<string, string>; body: string };
export type WebhookSender = (request: WebhookRequest) => Promise<SendOutcome>;

/** Deliveries claimed per pass; a pass repeats while it finds work. */
const BATCH = 20;
/** A claimed delivery whose process died is tried again once its claim runs out. */
const CLAIM_MS = DELIVERY_TIMEOUT_MS * 3;

/** HMAC-SHA256 of the exact body with the webhook's secret, as `X-Portfolio-Kanban-Signature` carries it. */
export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Resolves the host first, so that a name pointing at a link-local or metadata address is refused too. */
async function allowedHost(url: string): Promise<string | null> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((entry) => entry.address);
  const forbidden = addresses.find(isForbiddenAddress);
  return forbidden ? `${host} resolves to ${forbidden}, a link-local or cloud metadata address` : null;
}

/** POSTs with a timeout and without following redirects (a redirect could lead anywhere). */
export const httpSender: WebhookSender = async ({ url, headers, body }) => {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const refused = await allowedHost(url);
    if (refused) return { statusCode: null, error: refused, durationMs: elapsed() };
    const response = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS) });
    await response.body?.cancel();
    return { statusCode: response.status, error: delivered(response.status) ? null : `answered ${response.status}`, durationMs: elapsed() };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${DELIVERY_TIMEOUT_MS / 1000} s` : (cause?.code ?? cause?.message ?? (error as Error).message);
    return { statusCode: null, error: reason, durationMs: elapsed() };
  }
};

type Claimed = { id: string; webhook_id: string; event_type: string; body: string; attempts: number };

/**
 * Takes due deliveries for this process: pending ones whose time has come, and ones a process claimed
 * and never finished. On PostgreSQL `FOR UPDATE SKIP LOCKED` hands each to exactly one of several
 * server processes; SQLite runs one writer at a time.
 */
async function claim(db: Db, postgres: boolean, now: Date): Promise<Claimed[]> {
  const at = now.toISOString();
  // A read first: most passes find nothing, and then take no write lock.
  const waiting = await db.selectFrom('webhook_deliveries').select('id').where('state', 'in', ['pending', 'sending']).limit(1).executeTakeFirst();
  if (!waiting) return [];
  const due = db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhooks as w', 'w.id', 'd.webhook_id')
    .select('d.id')
    .where('w.paused_at', 'is', null)
    .where((eb) => eb.or([eb.and([eb('d.state', '=', 'pending'), eb('d.next_attempt_at', '<=', at)]), eb.and([eb('d.state', '=', 'sending'), eb('d.claimed_until', '<', at)])]))
    .orderBy('d.next_attempt_at')
    .limit(BATCH);
  const ids = postgres ? due.forUpdate('d').skipLocked() : due;
  return db
    .updateTable('webhook_deliveries')
    .set({ state: 'sending', claimed_until: new Date(now.getTime() + CLAIM_MS).toISOString() })
    .where('id', 'in', ids)
    .returning(['id', 'webhook_id', 'event_type', 'body', 'attempts'])
    .execute();
}

export type WebhookDispatcher = {
  /** Sends every due delivery now; resolves with how many tries were made. */
  flush(): Promise<number>;
  stop(): Promise<void>;
};

/**
 * Sends queued webhook deliveries after their changes committed: one try at a time per delivery, each
 * recorded, failures retried with growing delays, a webhook paused after too many failures in a row.
 */
export function startWebhookDispatcher(ctx: AppContext, options: { intervalMs?: number; send?: WebhookSender } = {}): WebhookDispatcher {
  const db = ctx.store.db;
  const send = options.send ?? httpSender;
  let running: Promise<number> = Promise.resolve(0);
  let stopped = false;

  async function attempt(delivery: Claimed): Promise<void> {
    const hook = await db.selectFrom('webhooks').select(['id', 'url', 'secret', 'portfolio_id', 'created_by']).where('id', '=', delivery.webhook_id).executeTakeFirst();
    if (!hook) return;
    const outcome = await send({
      url: hook.url,
      body: delivery.body,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Portfolio-Kanban-Webhooks',
        'x-portfolio-kanban-event': delivery.event_type,
        'x-portfolio-kanban-delivery': delivery.id,
        'x-portfolio-kanban-signature': signature(hook.secret, delivery.body),
      },
    });
    const now = ctx.clock();
    const ok = outcome.statusCode !== null && delivered(outcome.statusCode);
    const attempts = Number(delivery.attempts) + 1;
    const retryAt = ok || attempts >= MAX_ATTEMPTS ? null : nextAttemptAt(attempts, now);
    await db.transaction().execute(async (trx) => {
      // The webhook's row first: deleting a webhook takes it before its deliveries, and in the same order
      // neither transaction can wait for the other forever (PostgreSQL ended one of them as deadlocked).
      const counted = await trx
        .updateTable('webhooks')
        .set((eb) => ({ failures_in_a_row: ok ? sql.lit(0) : eb('failures_in_a_row', '+', 1) }))
        .where('id', '=', hook.id)
        .returning('failures_in_a_row')
        .executeTakeFirst();
      // Deleted meanwhile, and its deliveries with it.
      if (!counted) return;
      await trx
        .updateTable('webhook_deliveries')
        .set({ state: ok ? 'delivered' : retryAt ? 'pending' : 'failed', attempts, next_attempt_at: (retryAt ?? now).toISOString(), claimed_until: null })
        .where('id', '=', delivery.id)
        .execute();
      await trx.insertInto('webhook_attempts').values({ id: newId(), delivery_id: delivery.id, at: now.toISOString(), status_code: outcome.statusCode, duration_ms: outcome.durationMs, error: outcome.error }).execute();
      if (!ok && Number(counted.failures_in_a_row) === PAUSE_AFTER_FAILURES) await pause(trx, hook, now.toISOString());
    });
  }

  async function pass(): Promise<number> {
    let tries = 0;
    for (;;) {
      if (stopped) return tries;
      const batch = await claim(db, ctx.store.dialect === 'postgres', ctx.clock());
      if (batch.length === 0) return tries;
      for (const delivery of batch) await attempt(delivery);
      tries += batch.length;
    }
  }

  // One pass at a time: a flush waits for the pass under way, then runs its own.
  const flush = () => (running = running.catch(() => 0).then(pass));
  const timer = setInterval(() => void flush().catch(() => undefined), options.intervalMs ?? 1000);
  timer.unref();
  return {
    flush,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running.catch(() => undefined);
    },
  };
}

/** Pauses a webhook that failed too often in a row, and tells the person who added it. */
async function pause(db: Db, hook: { id: string; url: string; portfolio_id: string; created_by: string | null }, at: string): Promise<void> {
  await db.updateTable('webhooks').set({ paused_at: at }).where('id', '=', hook.id).where('paused_at', 'is', null).execute();
  if (!hook.created_by) return;
  await notify(db, { portfolioId: hook.portfolio_id, actorId: hook.created_by, at }, [
    {
      userId: hook.created_by,
      kind: 'webhook_paused',
      message: `The webhook to ${hook.url} failed ${PAUSE_AFTER_FAILURES} deliveries in a row and is paused; resume it once the receiver answers again.`,
      data: { webhookId: hook.id },
    },
  ]);
}
