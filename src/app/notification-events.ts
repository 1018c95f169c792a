import { sql } from 'kysely';
import { TRIAGE_DECISIONS } from '../domain/approval';
import type { Responsibility } from '../domain/board-templates';
import type { RoleDefinition } from '../domain/capabilities';
import { mentionedMembers, type Mentionable } from '../domain/mentions';
import type { PolicyName } from '../domain/move-policy';
import {
  approvalRequestNotices, assignmentNotices, blockClearedNotices, blockNotices, decisionNotices, followedChangeMessage, followerNotices, mentionNotices, overrideNotices, type Assignment, type FollowedChange,
} from '../domain/notification-rules';
import { membersFor, membersWith, principalsOf, type People } from '../domain/responsibility';
import { precompiled, type Param } from '../store/precompiled';
import type { Db } from '../store/store';
import { loadPeople } from './delegations';
import { listMembers } from './members';
import { newId } from './ids';
import { notify } from './notifications';

/**
 * The notifications each kind of change sends, written in the change's own transaction. Each function
 * finds the people concerned (roles resolved to members and delegates) and lets the domain's rules word
 * the notices.
 */
type ItemRef = { id: string; key: string; title: string; portfolioId: string; boardId: string; ownerId: string | null; assigneeIds: readonly string[] };
type Change = { item: ItemRef; actorId: string; at: string };
type ColumnRef = { id: string; name: string; responsibility: Responsibility };

async function actorName(db: Db, userId: string | null): Promise<string> {
  if (userId === null) return 'Someone';
  const row = await db.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirst();
  return row?.name ?? 'Someone';
}

const context = (change: Change) => ({ portfolioId: change.item.portfolioId, boardId: change.item.boardId, itemId: change.item.id, actorId: change.actorId, at: change.at });

function holdersOfParts(column: ColumnRef, parts: readonly ('accountable' | 'responsible')[], people: People): string[] {
  return parts.flatMap((part) => principalsOf(column.responsibility, part).flatMap((principal) => membersFor(principal, people).map((m) => m.userId)));
}

/** The members of the portfolio a comment mentions (see the syntax in domain/mentions). */
export async function mentionsIn(db: Db, portfolioId: string, body: string): Promise<Mentionable[]> {
  const members = await listMembers(db, portfolioId);
  const byId = new Map(members.map((member) => [member.userId, member]));
  return mentionedMembers(body, members).map((userId) => byId.get(userId)!);
}

export async function notifyMentions(db: Db, change: Change & { commentId: string; mentioned: readonly string[] }): Promise<void> {
  if (change.mentioned.length === 0) return;
  await notify(db, context(change), mentionNotices({ ...change, actorName: await actorName(db, change.actorId) }));
}

/** `before` is null for a new item. */
export async function notifyAssignments(db: Db, change: Change & { before: Assignment | null }): Promise<void> {
  const after = { ownerId: change.item.ownerId, assigneeIds: change.item.assigneeIds };
  await notify(db, context(change), assignmentNotices({ ...change, actorName: await actorName(db, change.actorId), after }));
}

/** A block concerns the item's owner and assignees, the people accountable and responsible for its column, and whoever must clear it. */
export async function notifyBlock(db: Db, change: Change & { column: ColumnRef; reason: string; resolverId: string | null }): Promise<void> {
  await notify(db, context(change), blockNotices({ ...change, actorName: await actorName(db, change.actorId), responsibleIds: await blockAudience(db, change) }));
}

/** A block cleared is told to whoever raised it and to the people a block of the item concerns now (as `notifyBlock` finds them). */
export async function notifyBlockCleared(db: Db, change: Change & { column: ColumnRef; note: string | null; raisedBy: string | null; resolverId: string | null }): Promise<void> {
  await notify(db, context(change), blockClearedNotices({ ...change, actorName: await actorName(db, change.actorId), responsibleIds: await blockAudience(db, change) }));
}

/** The item's owner and assignees, and the people accountable and responsible for its column. */
async function blockAudience(db: Db, change: Change & { column: ColumnRef }): Promise<string[]> {
  const people = await loadPeople(db, change.item.portfolioId, change.at);
  return [change.item.ownerId, ...change.item.assigneeIds, ...holdersOfParts(change.column, ['accountable', 'responsible'], people)].filter((id): id is string => id !== null);
}

/** Whoever is newly named to clear a block is told so. */
export async function notifyResolver(db: Db, change: Change & { reason: string; resolverId: string | null }): Promise<void> {
  if (!change.resolverId) return;
  await notify(db, context(change), blockNotices({ ...change, actorName: await actorName(db, change.actorId), responsibleIds: [] }));
}

/** An override tells the people accountable for the column whose policy gave way: the target's WIP limit, the source's exit criteria. */
export async function notifyOverride(db: Db, change: Change & { columns: readonly ColumnRef[]; fromColumnId: string | null; toColumnId: string; overridden: readonly PolicyName[]; reason: string }): Promise<void> {
  if (change.overridden.length === 0) return;
  const people = await loadPeople(db, change.item.portfolioId, change.at);
  const name = await actorName(db, change.actorId);
  for (const policy of change.overridden) {
    const column = change.columns.find((c) => c.id === (policy === 'exit_criteria' ? change.fromColumnId : change.toColumnId));
    if (!column) continue;
    await notify(db, context(change), overrideNotices({
      ...change, actorName: name, accountableIds: holdersOfParts(column, ['accountable'], people), columnId: column.id, columnName: column.name, policy,
    }));
  }
}

/** An approval request tells the members who may decide it: holders of gate.approve, directly or by delegation. */
export async function notifyApprovalRequest(db: Db, change: Change & { catalogue: readonly RoleDefinition[]; requestId: string; columnName: string; note: string | null }): Promise<void> {
  const people = await loadPeople(db, change.item.portfolioId, change.at);
  await notify(db, context(change), approvalRequestNotices({ ...change, actorName: await actorName(db, change.actorId), approverIds: membersWith('gate.approve', change.catalogue, people).map((member) => member.userId) }));
}

/** A decision concerns whoever asked for it and the people the item belongs to. */
export async function notifyDecision(db: Db, change: Change & { requestedBy: string | null; decisionId: string; decision: string; rationale: string; onBehalfOfName: string | null; movedToName: string | null }): Promise<void> {
  const recipientIds = [change.requestedBy, change.item.ownerId, ...change.item.assigneeIds].filter((id): id is string => id !== null);
  await notify(db, context(change), decisionNotices({ ...change, actorName: await actorName(db, change.actorId), recipientIds }));
}

/** An item's followers and guests in one precompiled statement: every move asks, and most items have neither. */
const followingOf = precompiled((db, param: Param<{ itemId: string }>) =>
  db
    .selectFrom('item_followers')
    .select([sql.lit('member').as('kind'), 'user_id as id'])
    .where('item_id', '=', param('itemId'))
    .unionAll(db.selectFrom('idea_guests').select([sql.lit('guest').as('kind'), 'id']).where('item_id', '=', param('itemId'))),
);

/**
 * A followed item's change (PRODUCT.md §11) tells its followers in the app and the guest who proposed it
 * by e-mail (queued in guest_mails for the mail dispatcher); a triage decision (a decline, a merge, a reopening) tells
 * the member who proposed it too, following or not. The actor is never told.
 */
export async function notifyFollowers(db: Db, change: { item: ItemRef & { submittedBy: string | null; submittedByGuest: string | null; followers: number }; actorId: string | null; at: string; what: FollowedChange }): Promise<void> {
  // The item says when nobody follows it: its count of members' follows, and no guest (only a guest's idea has guests).
  const followed = change.item.followers > 0 || change.item.submittedByGuest !== null;
  const following = followed ? await followingOf(db, { itemId: change.item.id }) : [];
  const guests = following.filter((row) => row.kind === 'guest');
  const triaged = (TRIAGE_DECISIONS as readonly string[]).includes(change.what.kind);
  const followerIds = [...following.filter((row) => row.kind === 'member').map((row) => row.id), ...(triaged && change.item.submittedBy ? [change.item.submittedBy] : [])];
  if (followerIds.length === 0 && guests.length === 0) return;
  const notice = { actorId: change.actorId, actorName: await actorName(db, change.actorId), item: change.item, what: change.what };
  await notify(db, { ...context({ item: change.item, actorId: change.actorId ?? '', at: change.at }), actorId: change.actorId }, followerNotices({ ...notice, followerIds }));
  if (guests.length) {
    // A guest learns nothing of the portfolio beyond their idea: no key, no names, no other item.
    const what = change.what.kind === 'merged' ? { ...change.what, into: null } : change.what.kind === 'decision' ? { ...change.what, onBehalfOfName: null } : change.what;
    const message = followedChangeMessage({ actorName: 'The team', item: { key: '', title: change.item.title }, what });
    await db.insertInto('guest_mails').values(guests.map((guest) => ({ id: newId(), guest_id: guest.id, message, created_at: change.at }))).execute();
  }
}
