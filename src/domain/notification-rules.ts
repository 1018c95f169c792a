import { dayText } from './date-words';
import { untilText } from './delegation';

/**
 * Who hears about what. Each rule turns one change into notices for the people it concerns, never the
 * person who made the change: they know already.
 */
export const NOTIFICATION_KINDS = ['mention', 'assignment', 'approval_requested', 'decision', 'block', 'wip_override', 'delegation', 'guardrail', 'webhook_paused', 'followed_item', 'review_action', 'review_reminder'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type Notice = { userId: string; kind: NotificationKind; message: string; data: Record<string, unknown> };

export type ItemLabel = { key: string; title: string };

const label = (item: ItemLabel) => (item.key ? `${item.key} "${item.title}"` : `"${item.title}"`);

/** Each person once, in order, without the actor. */
export function recipients(userIds: Iterable<string | null | undefined>, actorId: string): string[] {
  return [...new Set([...userIds].filter((id): id is string => Boolean(id) && id !== actorId))];
}

type Change = { actorId: string; actorName: string; item: ItemLabel };

export function mentionNotices(change: Change & { mentioned: readonly string[]; commentId: string }): Notice[] {
  return recipients(change.mentioned, change.actorId).map((userId) => ({
    userId,
    kind: 'mention',
    message: `${change.actorName} mentioned you on ${label(change.item)}.`,
    data: { commentId: change.commentId },
  }));
}

export type Assignment = { ownerId: string | null; assigneeIds: readonly string[] };

/** People who became the owner or an assignee of an item; `before` is null for a new item. */
export function assignmentNotices(change: Change & { before: Assignment | null; after: Assignment }): Notice[] {
  const roles = new Map<string, ('owner' | 'assignee')[]>();
  const add = (userId: string, as: 'owner' | 'assignee') => roles.set(userId, [...(roles.get(userId) ?? []), as]);
  if (change.after.ownerId && change.after.ownerId !== change.before?.ownerId) add(change.after.ownerId, 'owner');
  const previous = new Set(change.before?.assigneeIds ?? []);
  for (const id of change.after.assigneeIds) if (!previous.has(id)) add(id, 'assignee');
  return recipients(roles.keys(), change.actorId).map((userId) => {
    const as = roles.get(userId)!;
    return { userId, kind: 'assignment', message: `${change.actorName} made you ${as.join(' and ')} of ${label(change.item)}.`, data: { as } };
  });
}

export function approvalRequestNotices(change: Change & { approverIds: readonly string[]; requestId: string; columnName: string; note: string | null }): Notice[] {
  const note = change.note ? ` Note: ${change.note}` : '';
  return recipients(change.approverIds, change.actorId).map((userId) => ({
    userId,
    kind: 'approval_requested',
    message: `${change.actorName} asks for your go/no-go on ${label(change.item)} entering "${change.columnName}".${note}`,
    data: { requestId: change.requestId },
  }));
}

/** Who decided: a delegate is named with the member whose role they decided with (PRODUCT.md §2). */
function decider(actorName: string, onBehalfOfName: string | null): string {
  return onBehalfOfName ? `${actorName} (on behalf of ${onBehalfOfName})` : actorName;
}

/** A decision tells who asked for it and who the item concerns, with where it took the item (`movedToName`) when it moved it. */
export function decisionNotices(change: Change & { recipientIds: readonly string[]; decisionId: string; decision: string; rationale: string; onBehalfOfName: string | null; movedToName: string | null }): Notice[] {
  const where = change.movedToName === null ? '' : `, now in "${change.movedToName}"`;
  return recipients(change.recipientIds, change.actorId).map((userId) => ({
    userId,
    kind: 'decision',
    message: `${decider(change.actorName, change.onBehalfOfName)} decided ${change.decision} on ${label(change.item)}${where}: ${change.rationale}`,
    data: { decisionId: change.decisionId, decision: change.decision },
  }));
}

/** A block concerns the people responsible for the item; the person named to clear it is told so. */
export function blockNotices(change: Change & { responsibleIds: readonly string[]; resolverId: string | null; reason: string }): Notice[] {
  return recipients([change.resolverId, ...change.responsibleIds], change.actorId).map((userId) => ({
    userId,
    kind: 'block',
    message: userId === change.resolverId
      ? `${change.actorName} blocked ${label(change.item)} ("${change.reason}") and named you to clear the block.`
      : `${change.actorName} blocked ${label(change.item)}: "${change.reason}".`,
    data: { reason: change.reason, resolverId: change.resolverId },
  }));
}

/**
 * A block cleared concerns whoever raised it, whoever was named to clear it, and the people `blockNotices` tells of a
 * block (`responsibleIds`, as they are now).
 */
export function blockClearedNotices(change: Change & { responsibleIds: readonly string[]; raisedBy: string | null; resolverId: string | null; note: string | null }): Notice[] {
  return recipients([change.raisedBy, change.resolverId, ...change.responsibleIds], change.actorId).map((userId) => ({
    userId,
    kind: 'block',
    message: `${change.actorName} cleared the block on ${label(change.item)}${change.note ? `: "${change.note}"` : ''}.`,
    data: { cleared: true, note: change.note },
  }));
}

/** An override of a column's WIP limit or exit criteria concerns the people accountable for that column. */
export function overrideNotices(change: Change & { accountableIds: readonly string[]; columnId: string; columnName: string; policy: string; reason: string }): Notice[] {
  const what = change.policy === 'wip_limit' ? 'the WIP limit' : 'the exit criteria';
  return recipients(change.accountableIds, change.actorId).map((userId) => ({
    userId,
    kind: 'wip_override',
    message: `${change.actorName} overrode ${what} of "${change.columnName}" for ${label(change.item)}: ${change.reason}`,
    data: { columnId: change.columnId, policy: change.policy, reason: change.reason },
  }));
}

export function delegationNotices(change: { actorId: string; actorName: string; toUserId: string; roleName: string; until: string; reason: string | null; delegationId: string }): Notice[] {
  return recipients([change.toUserId], change.actorId).map((userId) => ({
    userId,
    kind: 'delegation',
    message: `${change.actorName} handed the role "${change.roleName}" over to you until ${untilText(change.until)}${change.reason ? ` (${change.reason})` : ''}: you hold it instead of them meanwhile.`,
    data: { delegationId: change.delegationId },
  }));
}

/**
 * A hand-over ended early: whichever of the two did not end it is told, and both when someone else (an admin) did. The
 * delegate no longer answers on the delegator's behalf; the delegator holds the role again.
 */
export function delegationEndedNotices(change: { actorId: string; actorName: string; from: { userId: string; name: string }; to: { userId: string; name: string }; roleName: string; delegationId: string }): Notice[] {
  const { actorId, actorName, from, to, roleName } = change;
  const role = `the role "${roleName}"`;
  const toDelegate =
    actorId === from.userId ? `${actorName} took ${role} back: you no longer hold it on their behalf.` : `${actorName} ended ${from.name}'s hand-over of ${role} to you: you no longer hold it on their behalf.`;
  const toDelegator = actorId === to.userId ? `${actorName} handed ${role} back to you: you hold it again.` : `${actorName} ended your hand-over of ${role} to ${to.name}: you hold it again.`;
  return [
    ...recipients([to.userId], actorId).map((userId) => ({ userId, message: toDelegate })),
    ...recipients([from.userId], actorId).map((userId) => ({ userId, message: toDelegator })),
  ].map((notice) => ({ ...notice, kind: 'delegation' as const, data: { delegationId: change.delegationId } }));
}

/** The owner of an action a review assigned is told what, by when, and from which review. */
export function reviewActionNotices(change: { actorId: string; actorName: string; ownerId: string | null; actionId: string; reviewId: string; reviewTitle: string; title: string; dueDate: string | null }): Notice[] {
  const due = change.dueDate ? `, due ${dayText(change.dueDate)}` : '';
  return recipients([change.ownerId], change.actorId).map((userId) => ({
    userId,
    kind: 'review_action',
    message: `${change.actorName} gave you an action in the review "${change.reviewTitle}": ${change.title}${due}.`,
    data: { actionId: change.actionId, reviewId: change.reviewId, dueDate: change.dueDate },
  }));
}

/** Every member hears of the portfolio's review the day before it. */
export function reviewReminderNotices(reminder: { memberIds: readonly string[]; portfolioName: string; meetingDate: string; cadence: string }): Notice[] {
  return [...new Set(reminder.memberIds)].map((userId) => ({
    userId,
    kind: 'review_reminder',
    message: `The review of "${reminder.portfolioName}" is tomorrow (${reminder.cadence}).`,
    data: { meetingDate: reminder.meetingDate },
  }));
}

/** What happened to a followed item (PRODUCT.md §11): followers hear of these, and only these. */
export type FollowedChange =
  | { kind: 'moved'; columnName: string }
  | { kind: 'done'; columnName: string }
  | { kind: 'decision'; decision: string; onBehalfOfName: string | null }
  | { kind: 'blocked'; reason: string }
  | { kind: 'unblocked' }
  | { kind: 'declined'; reason: string }
  | { kind: 'reopened'; reason: string }
  /** `into` is null in what a guest reads: they learn nothing of the portfolio's other items. */
  | { kind: 'merged'; into: ItemLabel | null };

/** The sentence a follower reads: a member in the app, a guest by e-mail (with no item key: a key is the portfolio's). */
export function followedChangeMessage(change: { actorName: string; item: ItemLabel; what: FollowedChange }): string {
  const item = label(change.item);
  const what = change.what;
  switch (what.kind) {
    case 'moved':
      return `${item} moved to "${what.columnName}".`;
    case 'done':
      return `${item} is done ("${what.columnName}").`;
    case 'decision':
      return `${decider(change.actorName, what.onBehalfOfName)} decided ${what.decision} on ${item}.`;
    case 'blocked':
      return `${item} is blocked: "${what.reason}".`;
    case 'unblocked':
      return `${item} is no longer blocked.`;
    // Triage names who took it, as a decision does ("The team" to a guest).
    case 'declined':
      return `${change.actorName} declined ${item}: ${what.reason}`;
    case 'reopened':
      return `${change.actorName} reopened ${item}: ${what.reason}`;
    case 'merged':
      return what.into
        ? `${change.actorName} merged ${item} into ${label(what.into)} as a duplicate; its votes and followers moved there.`
        : `${change.actorName} merged ${item} into another idea as a duplicate.`;
  }
}

/** A followed item's change concerns its followers and its submitter, never the person who made it. */
export function followerNotices(change: { actorId: string | null; actorName: string; item: ItemLabel; followerIds: readonly string[]; what: FollowedChange }): Notice[] {
  return recipients(change.followerIds, change.actorId ?? '').map((userId) => ({
    userId,
    kind: 'followed_item',
    message: followedChangeMessage(change),
    data: { change: change.what.kind },
  }));
}
