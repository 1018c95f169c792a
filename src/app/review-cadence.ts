import { dayAfter, describeCadence, firstWeekdayFrom, nextMeeting, type Cadence, type ReviewFrequency } from '../domain/review-cadence';
import { notFound } from '../domain/errors';
import { reviewReminderNotices } from '../domain/notification-rules';
import { requireCapability } from './access';
import { recordAudit } from './audit';
import { nowIso, type Actor, type AppContext } from './context';
import { listMembers } from './members';
import { notify } from './notifications';
import { versionConflict } from './portfolios';
import { utcDate } from './strategy-rules';

/** A portfolio's review cadence; every field but `portfolioId` is null while none is set. Days are UTC. */
export type ReviewCadence = {
  portfolioId: string;
  frequency: ReviewFrequency | null;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number | null;
  startsOn: string | null;
  nextMeeting: string | null;
  /** "every other Tuesday". */
  description: string | null;
  version: number | null;
};

type CadenceRow = { portfolio_id: string; frequency: string; weekday: number; starts_on: string; version: number };
const toCadence = (row: CadenceRow): Cadence => ({ frequency: row.frequency as ReviewFrequency, weekday: row.weekday, startsOn: row.starts_on });

export async function getReviewCadence(ctx: AppContext, actor: Actor, portfolioId: string): Promise<ReviewCadence> {
  await requireCapability(ctx.store.db, actor, portfolioId, 'view');
  const row = await ctx.store.db.selectFrom('review_cadences').selectAll().where('portfolio_id', '=', portfolioId).executeTakeFirst();
  if (!row) return { portfolioId, frequency: null, weekday: null, startsOn: null, nextMeeting: null, description: null, version: null };
  const cadence = toCadence(row);
  return { portfolioId, ...cadence, nextMeeting: nextMeeting(cadence, utcDate(ctx.clock())), description: describeCadence(cadence), version: row.version };
}

/** Sets how often the portfolio meets (review.facilitate); the first meeting is the next such weekday, today included. */
export async function setReviewCadence(ctx: AppContext, actor: Actor, portfolioId: string, input: { frequency: ReviewFrequency; weekday: number; version?: number }): Promise<ReviewCadence> {
  await ctx.store.db.transaction().execute(async (trx) => {
    await requireCapability(trx, actor, portfolioId, 'review.facilitate');
    const before = await trx.selectFrom('review_cadences').selectAll().where('portfolio_id', '=', portfolioId).executeTakeFirst();
    if (before && input.version !== undefined && input.version !== before.version) throw versionConflict('review cadence', before.version, input.version);
    const at = nowIso(ctx);
    const startsOn = firstWeekdayFrom(utcDate(ctx.clock()), input.weekday);
    const values = { frequency: input.frequency, weekday: input.weekday, starts_on: startsOn, updated_by: actor.userId, updated_at: at };
    if (before) await trx.updateTable('review_cadences').set({ ...values, version: before.version + 1 }).where('portfolio_id', '=', portfolioId).execute();
    else await trx.insertInto('review_cadences').values({ portfolio_id: portfolioId, ...values, version: 1 }).execute();
    await recordAudit(trx, {
      portfolioId, actorId: actor.userId, entityType: 'review_cadence', entityId: portfolioId, action: 'review_cadence.set',
      before: before ? { frequency: before.frequency, weekday: before.weekday } : undefined, after: { frequency: input.frequency, weekday: input.weekday }, at,
    });
  });
  return getReviewCadence(ctx, actor, portfolioId);
}

/** Stops the regular review (review.facilitate): no meeting is planned and nobody is reminded any more. */
export async function removeReviewCadence(ctx: AppContext, actor: Actor, portfolioId: string): Promise<void> {
  await ctx.store.db.transaction().execute(async (trx) => {
    await requireCapability(trx, actor, portfolioId, 'review.facilitate');
    const before = await trx.selectFrom('review_cadences').selectAll().where('portfolio_id', '=', portfolioId).executeTakeFirst();
    if (!before) throw notFound('review cadence of the portfolio', portfolioId);
    await trx.deleteFrom('review_cadences').where('portfolio_id', '=', portfolioId).execute();
    await recordAudit(trx, {
      portfolioId, actorId: actor.userId, entityType: 'review_cadence', entityId: portfolioId, action: 'review_cadence.removed',
      before: { frequency: before.frequency, weekday: before.weekday }, at: nowIso(ctx),
    });
  });
}

/**
 * Notifies every active member of each portfolio whose review is tomorrow. The reminder row is written
 * in the notifications' transaction and its key is the meeting: however many server processes run
 * this, a meeting's reminders go out once.
 */
export async function sendReviewReminders(ctx: AppContext): Promise<number> {
  const db = ctx.store.db;
  const now = ctx.clock();
  const tomorrow = dayAfter(utcDate(now));
  const cadences = await db.selectFrom('review_cadences').innerJoin('portfolios', 'portfolios.id', 'review_cadences.portfolio_id')
    .select(['review_cadences.portfolio_id', 'review_cadences.frequency', 'review_cadences.weekday', 'review_cadences.starts_on', 'review_cadences.version', 'portfolios.name'])
    .where('portfolios.archived', '=', 0).execute();
  let sent = 0;
  for (const row of cadences) {
    const cadence = toCadence(row);
    if (nextMeeting(cadence, tomorrow) !== tomorrow) continue;
    sent += await db.transaction().execute(async (trx) => {
      const claimed = await trx.insertInto('review_reminders').values({ portfolio_id: row.portfolio_id, meeting_date: tomorrow, sent_at: now.toISOString() })
        .onConflict((oc) => oc.columns(['portfolio_id', 'meeting_date']).doNothing()).returning('meeting_date').executeTakeFirst();
      if (!claimed) return 0;
      const members = (await listMembers(trx, row.portfolio_id)).filter((member) => member.active).map((member) => member.userId);
      const notices = reviewReminderNotices({ memberIds: members, portfolioName: row.name, meetingDate: tomorrow, cadence: describeCadence(cadence) });
      // The schedule sends it: nobody is its actor.
      await notify(trx, { portfolioId: row.portfolio_id, actorId: null, at: now.toISOString() }, notices);
      return notices.length;
    });
  }
  return sent;
}

export type ReviewScheduler = { runOnce(): Promise<number>; stop(): Promise<void> };

/** Looks for tomorrow's reviews every `intervalMs`; one pass at a time. */
export function startReviewScheduler(ctx: AppContext, options: { intervalMs?: number } = {}): ReviewScheduler {
  let running: Promise<number> = Promise.resolve(0);
  const runOnce = () => (running = running.catch(() => 0).then(() => sendReviewReminders(ctx)));
  const timer = setInterval(() => void runOnce().catch(() => undefined), options.intervalMs ?? 15 * 60 * 1000);
  timer.unref();
  return {
    runOnce,
    stop: async () => {
      clearInterval(timer);
      await running.catch(() => undefined);
    },
  };
}
