import { randomBytes } from 'node:crypto';
import { notFound, validationError, type FieldError } from '../domain/errors';
import { chatLine, listensTo, webhookUrlErrors, type WebhookFormat } from '../domain/webhooks';
import { precompiled, type Param } from '../store/precompiled';
import { requestedLimit } from '../store/requested-limit';
import type { Db } from '../store/store';
import { requireCapability } from './access';
import { recordAudit } from './audit';
import { BOARD_EVENT_TYPES, type BoardEvent } from './board-events';
import { nowIso, type Actor, type AppContext } from './context';
import { newId } from './ids';
import { versionConflict } from './portfolios';
import { readJson, writeJson } from './json';
import { writeTransaction } from './transaction';
import { listenersOfBoard } from './webhook-listeners';

/** A webhook as the API shows it; the secret is shown once, when it is created. */
export type Webhook = {
  id: string;
  portfolioId: string;
  url: string;
  events: string[];
  format: WebhookFormat;
  active: boolean;
  pausedAt: string | null;
  failuresInARow: number;
  createdBy: string | null;
  createdAt: string;
  version: number;
};

export type WebhookInput = { url: string; events: string[]; format?: WebhookFormat };
export type WebhookPatch = Partial<WebhookInput> & { active?: boolean; version?: number };

type WebhookRow = { id: string; portfolio_id: string; url: string; events: string; format: string; created_by: string | null; created_at: string; paused_at: string | null; failures_in_a_row: number; version: number };

function toWebhook(row: WebhookRow): Webhook {
  return {
    id: row.id,
    portfolioId: row.portfolio_id,
    url: row.url,
    events: readJson<string[]>(row.events),
    format: row.format as WebhookFormat,
    active: row.paused_at === null,
    pausedAt: row.paused_at,
    failuresInARow: Number(row.failures_in_a_row),
    createdBy: row.created_by,
    createdAt: row.created_at,
    version: Number(row.version),
  };
}

const WEBHOOK_COLUMNS = ['id', 'portfolio_id', 'url', 'events', 'format', 'created_by', 'created_at', 'paused_at', 'failures_in_a_row', 'version'] as const;

function inputErrors(input: Partial<WebhookInput>): FieldError[] {
  const errors: FieldError[] = input.url === undefined ? [] : webhookUrlErrors(input.url);
  input.events?.forEach((event, index) => {
    if (event !== '*' && !(BOARD_EVENT_TYPES as readonly string[]).includes(event)) {
      errors.push({ field: `events[${index}]`, message: `unknown event type "${event}": use "*" or one of ${BOARD_EVENT_TYPES.join(', ')}` });
    }
  });
  if (input.events?.length === 0) errors.push({ field: 'events', message: 'name at least one event type, or "*" for every change' });
  return errors;
}

/** A holder of integration.manage adds a webhook; its secret is answered this once. */
export async function createWebhook(ctx: AppContext, actor: Actor, portfolioId: string, input: WebhookInput): Promise<Webhook & { secret: string }> {
  const errors = inputErrors(input);
  if (errors.length) throw validationError(errors);
  const id = newId();
  const secret = randomBytes(32).toString('hex');
  const at = nowIso(ctx);
  const events = [...new Set(input.events)];
  await writeTransaction(ctx, async (trx) => {
    await requireCapability(trx, actor, portfolioId, 'integration.manage');
    await trx
      .insertInto('webhooks')
      .values({ id, portfolio_id: portfolioId, url: input.url, events: writeJson(events), format: input.format ?? 'json', secret, created_by: actor.userId, created_at: at, paused_at: null })
      .execute();
    await recordAudit(trx, { portfolioId, actorId: actor.userId, entityType: 'webhook', entityId: id, action: 'webhook.created', after: { url: input.url, events, format: input.format ?? 'json' }, at });
  });
  return { ...(await webhookOf(ctx.store.db, id)), secret };
}

async function webhookOf(db: Db, id: string): Promise<Webhook> {
  const row = await db.selectFrom('webhooks').select(WEBHOOK_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('webhook', id);
  return toWebhook(row);
}

/** The webhook, once its portfolio's integration.manage is checked (a webhook of another portfolio is not found). */
async function managedWebhook(db: Db, actor: Actor, id: string): Promise<Webhook> {
  const webhook = await webhookOf(db, id);
  await requireCapability(db, actor, webhook.portfolioId, 'integration.manage');
  return webhook;
}

export async function listWebhooks(ctx: AppContext, actor: Actor, portfolioId: string): Promise<Webhook[]> {
  const db = ctx.store.db;
  await requireCapability(db, actor, portfolioId, 'integration.manage');
  const rows = await db.selectFrom('webhooks').select(WEBHOOK_COLUMNS).where('portfolio_id', '=', portfolioId).orderBy('created_at').orderBy('id').execute();
  return rows.map(toWebhook);
}

/** Changes the address, events or format, or pauses (`active: false`) and resumes one; resuming starts its failure count afresh. */
export async function updateWebhook(ctx: AppContext, actor: Actor, id: string, patch: WebhookPatch): Promise<Webhook> {
  const errors = inputErrors(patch);
  if (errors.length) throw validationError(errors);
  await writeTransaction(ctx, async (trx) => {
    const before = await managedWebhook(trx, actor, id);
    if (patch.version !== undefined && patch.version !== before.version) throw versionConflict('webhook', before.version, patch.version);
    const at = nowIso(ctx);
    const pausing = patch.active === undefined ? {} : patch.active ? { paused_at: null, failures_in_a_row: 0 } : { paused_at: before.pausedAt ?? at };
    await trx
      .updateTable('webhooks')
      .set({
        ...(patch.url === undefined ? {} : { url: patch.url }),
        ...(patch.events === undefined ? {} : { events: writeJson([...new Set(patch.events)]) }),
        ...(patch.format === undefined ? {} : { format: patch.format }),
        ...pausing,
        version: before.version + 1,
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, { portfolioId: before.portfolioId, actorId: actor.userId, entityType: 'webhook', entityId: id, action: 'webhook.updated', before, after: patch, at });
  });
  return webhookOf(ctx.store.db, id);
}

export async function deleteWebhook(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await writeTransaction(ctx, async (trx) => {
    const before = await managedWebhook(trx, actor, id);
    await trx.deleteFrom('webhooks').where('id', '=', id).execute();
    await recordAudit(trx, { portfolioId: before.portfolioId, actorId: actor.userId, entityType: 'webhook', entityId: id, action: 'webhook.deleted', before, at: nowIso(ctx) });
  });
}

export type DeliveryAttempt = { at: string; statusCode: number | null; durationMs: number; error: string | null };
export type Delivery = { id: string; webhookId: string; type: string; state: string; attempts: DeliveryAttempt[]; nextAttemptAt: string | null; createdAt: string };

/**
 * The webhook's deliveries, newest first, each with every try (status code, duration, error). Read in one statement:
 * read in two, a try recorded between them showed beside the delivery's state from before it.
 */
export async function listDeliveries(ctx: AppContext, actor: Actor, webhookId: string, query: { limit?: number }): Promise<Delivery[]> {
  const db = ctx.store.db;
  await managedWebhook(db, actor, webhookId);
  const newest = db
    .selectFrom('webhook_deliveries')
    .select(['id', 'webhook_id', 'event_type', 'state', 'next_attempt_at', 'created_at'])
    .where('webhook_id', '=', webhookId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(requestedLimit(query.limit ?? 100));
  const rows = await db
    .selectFrom(newest.as('delivery'))
    .leftJoin('webhook_attempts as attempt', 'attempt.delivery_id', 'delivery.id')
    .selectAll('delivery')
    .select(['attempt.id as attempt_id', 'attempt.at', 'attempt.status_code', 'attempt.duration_ms', 'attempt.error'])
    .orderBy('delivery.created_at', 'desc')
    .orderBy('delivery.id', 'desc')
    .orderBy('attempt.at')
    .orderBy('attempt.id')
    .execute();
  const deliveries = new Map<string, (typeof rows)[number] & { attempts: Delivery['attempts'] }>();
  for (const row of rows) {
    const delivery = deliveries.get(row.id) ?? deliveries.set(row.id, { ...row, attempts: [] }).get(row.id)!;
    if (row.attempt_id !== null) delivery.attempts.push({ at: row.at!, statusCode: row.status_code === null ? null : Number(row.status_code), durationMs: Number(row.duration_ms), error: row.error });
  }
  return [...deliveries.values()].map((delivery) => ({
    id: delivery.id,
    webhookId: delivery.webhook_id,
    type: delivery.event_type,
    state: delivery.state,
    attempts: delivery.attempts,
    nextAttemptAt: delivery.state === 'pending' ? delivery.next_attempt_at : null,
    createdAt: delivery.created_at,
  }));
}

/** Sends a delivery again, as it was (same id, same body), with a fresh set of tries. */
export async function redeliver(ctx: AppContext, actor: Actor, deliveryId: string): Promise<{ id: string; state: string }> {
  await writeTransaction(ctx, async (trx) => {
    const delivery = await trx.selectFrom('webhook_deliveries').select(['id', 'webhook_id', 'state']).where('id', '=', deliveryId).executeTakeFirst();
    if (!delivery) throw notFound('delivery', deliveryId);
    const webhook = await managedWebhook(trx, actor, delivery.webhook_id);
    const at = nowIso(ctx);
    await trx.updateTable('webhook_deliveries').set({ state: 'pending', attempts: 0, next_attempt_at: at, claimed_until: null }).where('id', '=', deliveryId).execute();
    await recordAudit(trx, { portfolioId: webhook.portfolioId, actorId: actor.userId, entityType: 'webhook', entityId: webhook.id, action: 'webhook.redelivered', after: { deliveryId }, at });
  });
  return { id: deliveryId, state: 'pending' };
}

/** What a delivery's body says of one change (PRODUCT.md §13). */
type DeliveryBody = { id: string; type: string; portfolioId: string; boardId: string; itemId: string | null; at: string; actor: { id: string; name: string } | null; data: unknown };

const hooksOfBoard = precompiled((db, param: Param<{ boardId: string }>) =>
  listenersOfBoard(db, param('boardId')).select(['webhooks.id', 'webhooks.events', 'webhooks.format', 'boards.id as board_id', 'boards.portfolio_id']),
);

/**
 * Queues a delivery for every webhook listening to each change, inside the changes' transaction: the
 * deliveries exist exactly when the changes do. Paused webhooks get none.
 */
export async function enqueueDeliveries(db: Db, events: readonly BoardEvent[], now: string): Promise<void> {
  if (events.length === 0) return;
  const boardIds = [...new Set(events.map((event) => event.boardId))];
  // Nearly every change is to one board: one precompiled query each.
  const hooks = (await Promise.all(boardIds.map((boardId) => hooksOfBoard(db, { boardId })))).flat();
  if (hooks.length === 0) return;
  const names = await namesOf(db, events, hooks.some((hook) => hook.format === 'slack'));
  const rows = events.flatMap((event) =>
    hooks
      .filter((hook) => hook.board_id === event.boardId && listensTo(readJson<string[]>(hook.events), event.type))
      .map((hook) => {
        const id = newId();
        const body: DeliveryBody = {
          id,
          type: event.type,
          portfolioId: hook.portfolio_id,
          boardId: event.boardId,
          itemId: event.itemId ?? null,
          at: event.at,
          actor: event.actorId ? { id: event.actorId, name: names.users.get(event.actorId) ?? '' } : null,
          data: event.data,
        };
        const text = hook.format === 'slack' ? JSON.stringify({ text: chatLine(chatChange(event, events, names)) }) : JSON.stringify(body);
        return { id, webhook_id: hook.id, event_type: event.type, body: text, state: 'pending', next_attempt_at: now, claimed_until: null, created_at: now };
      }),
  );
  if (rows.length > 0) await db.insertInto('webhook_deliveries').values(rows).execute();
}

type Names = { users: Map<string, string>; items: Map<string, { key: string; title: string }>; columns: Map<string, string> };

/** The people, items and columns the changes name, read once for the whole batch. */
async function namesOf(db: Db, events: readonly BoardEvent[], forChat: boolean): Promise<Names> {
  const userIds = [...new Set(events.flatMap((event) => [event.actorId, onWhoseBehalfDecided(event)].filter((id): id is string => !!id)))];
  const users = userIds.length === 0 ? [] : await db.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute();
  const names: Names = { users: new Map(users.map((user) => [user.id, user.name])), items: new Map(), columns: new Map() };
  if (!forChat) return names;
  const itemIds = [...new Set(events.flatMap((event) => (event.itemId ? [event.itemId] : [])))];
  const items = itemIds.length === 0 ? [] : await db.selectFrom('items').select(['id', 'key', 'title']).where('id', 'in', itemIds).execute();
  const boardIds = [...new Set(events.map((event) => event.boardId))];
  const columns = await db.selectFrom('columns').select(['id', 'name']).where('board_id', 'in', boardIds).execute();
  names.items = new Map(items.map((item) => [item.id, { key: item.key, title: item.title }]));
  names.columns = new Map(columns.map((column) => [column.id, column.name]));
  return names;
}

/** Whom a delegate who decided stood in for (approvals.ts), read from a decision's change. */
function onWhoseBehalfDecided(event: BoardEvent): string | null {
  const onBehalfOf = event.type === 'decision.recorded' ? (event.data as Record<string, unknown>).onBehalfOf : null;
  return typeof onBehalfOf === 'string' ? onBehalfOf : null;
}

/** A change in chat words; a move that a decision made carries the decision ("… to Ready — approved: go"). */
function chatChange(event: BoardEvent, batch: readonly BoardEvent[], names: Names) {
  const data = (event.data ?? {}) as Record<string, unknown>;
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : null);
  const decisionEvent = event.type === 'decision.recorded' ? event : batch.find((other) => other.type === 'decision.recorded' && other.itemId === event.itemId && event.type === 'item.moved');
  const decisionKind = decisionEvent ? ((decisionEvent.data as Record<string, unknown>).kind as string | undefined) : undefined;
  const delegator = decisionEvent ? onWhoseBehalfDecided(decisionEvent) : null;
  const columnId = text('toColumnId') ?? text('movedToColumnId') ?? text('columnId');
  return {
    type: event.type,
    actorName: event.actorId ? (names.users.get(event.actorId) ?? null) : null,
    item: event.itemId ? (names.items.get(event.itemId) ?? null) : null,
    columnName: columnId ? (names.columns.get(columnId) ?? null) : null,
    decision: decisionKind ? { kind: decisionKind, onBehalfOf: delegator ? (names.users.get(delegator) ?? 'a former member') : null } : null,
    reason: text('reason'),
  };
}
