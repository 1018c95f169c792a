import { minutesHtml, minutesMarkdown, type MinutesInput } from '../domain/review-minutes';
import type { Actor, AppContext } from './context';
import { getReview } from './reviews';

export type MinutesFormat = 'markdown' | 'html';

/** A review's minutes (PRODUCT.md §12): Markdown, or a printable HTML page. An open review's minutes say they are a draft. */
export async function reviewMinutes(ctx: AppContext, actor: Actor, reviewId: string, format: MinutesFormat): Promise<string> {
  const review = await getReview(ctx, actor, reviewId);
  const portfolio = await ctx.store.db.selectFrom('portfolios').select('name').where('id', '=', review.portfolioId).executeTakeFirstOrThrow();
  const minutes: MinutesInput = {
    title: review.title,
    portfolioName: portfolio.name,
    date: review.startedAt.slice(0, 10),
    closedOn: review.closedAt?.slice(0, 10) ?? null,
    facilitator: review.facilitatorName,
    attendees: review.attendees.map((a) => a.name),
    entries: review.entries.map((entry) => ({
      sectionTitle: entry.sectionTitle, title: entry.title, detail: entry.detail, responsible: entry.responsible, note: entry.note, resolved: entry.resolved,
    })),
    decisions: review.decisions.map((d) => ({ itemKey: d.itemKey, itemTitle: d.itemTitle, kind: d.kind, rationale: d.rationale, decidedBy: d.decidedByName, onBehalfOf: d.onBehalfOfName })),
    actions: review.actions.map((a) => ({ title: a.title, owner: a.ownerName, dueDate: a.dueDate, itemKey: a.itemKey, done: a.done })),
  };
  return format === 'html' ? minutesHtml(minutes) : minutesMarkdown(minutes);
}
