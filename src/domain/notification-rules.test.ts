import { describe, expect, it } from 'vitest';
import { approvalRequestNotices, assignmentNotices, blockClearedNotices, blockNotices, decisionNotices, followedChangeMessage, mentionNotices, overrideNotices, recipients } from './notification-rules';

const change = { actorId: 'me', actorName: 'Mia', item: { key: 'E-7', title: 'Checkout' } };
const users = (notices: { userId: string }[]) => notices.map((n) => n.userId);

describe('notification rules', () => {
  it('tells each person once and never the person who made the change', () => {
    expect(recipients(['a', 'me', null, 'b', 'a', undefined], 'me')).toEqual(['a', 'b']);
    expect(users(mentionNotices({ ...change, mentioned: ['me', 'a'], commentId: 'c' }))).toEqual(['a']);
  });

  it('tells only people who newly became owner or assignee', () => {
    const notices = assignmentNotices({ ...change, before: { ownerId: 'a', assigneeIds: ['b'] }, after: { ownerId: 'c', assigneeIds: ['b', 'c', 'd'] } });
    expect(notices.map((n) => [n.userId, n.data.as])).toEqual([['c', ['owner', 'assignee']], ['d', ['assignee']]]);
    expect(notices[0]!.message).toBe('Mia made you owner and assignee of E-7 "Checkout".');
    expect(assignmentNotices({ ...change, before: { ownerId: 'a', assigneeIds: ['b'] }, after: { ownerId: 'a', assigneeIds: ['b'] } })).toEqual([]);
    expect(users(assignmentNotices({ ...change, before: null, after: { ownerId: 'me', assigneeIds: ['x'] } }))).toEqual(['x']);
  });

  it('words blocks, overrides, requests and decisions for their readers', () => {
    const blocked = blockNotices({ ...change, responsibleIds: ['o', 'r'], resolverId: 'r', reason: 'Vendor' });
    expect(blocked.map((n) => [n.userId, n.message])).toEqual([
      ['r', 'Mia blocked E-7 "Checkout" ("Vendor") and named you to clear the block.'],
      ['o', 'Mia blocked E-7 "Checkout": "Vendor".'],
    ]);
    expect(blockClearedNotices({ ...change, responsibleIds: ['o', 'me'], raisedBy: 'b', resolverId: 'r', note: 'Signed' }).map((n) => [n.userId, n.kind, n.message])).toEqual([
      ['b', 'block', 'Mia cleared the block on E-7 "Checkout": "Signed".'],
      ['r', 'block', 'Mia cleared the block on E-7 "Checkout": "Signed".'],
      ['o', 'block', 'Mia cleared the block on E-7 "Checkout": "Signed".'],
    ]);
    expect(blockClearedNotices({ ...change, responsibleIds: ['o'], raisedBy: 'me', resolverId: null, note: null })[0]!.message).toBe('Mia cleared the block on E-7 "Checkout".');
    expect(overrideNotices({ ...change, accountableIds: ['a'], columnId: 'c', columnName: 'Review', policy: 'wip_limit', reason: 'Incident' })[0]!.message)
      .toBe('Mia overrode the WIP limit of "Review" for E-7 "Checkout": Incident');
    expect(approvalRequestNotices({ ...change, approverIds: ['x', 'me'], requestId: 'r', columnName: 'Ready', note: null }).map((n) => [n.userId, n.kind, n.data])).toEqual([['x', 'approval_requested', { requestId: 'r' }]]);
    expect(decisionNotices({ ...change, recipientIds: ['x'], decisionId: 'd', decision: 'go', rationale: 'Strong case', onBehalfOfName: null, movedToName: 'Ready' })[0]).toEqual({
      userId: 'x', kind: 'decision', message: 'Mia decided go on E-7 "Checkout", now in "Ready": Strong case', data: { decisionId: 'd', decision: 'go' },
    });
    // A decision that did not move the item says nothing of where it is.
    expect(decisionNotices({ ...change, recipientIds: ['x'], decisionId: 'd', decision: 'persevere', rationale: 'On track', onBehalfOfName: 'Vic', movedToName: null })[0]!.message).toBe(
      'Mia (on behalf of Vic) decided persevere on E-7 "Checkout": On track',
    );
    // A follower reads the same of who decided.
    expect(followedChangeMessage({ ...change, what: { kind: 'decision', decision: 'stop', onBehalfOfName: 'Vic' } })).toBe('Mia (on behalf of Vic) decided stop on E-7 "Checkout".');
    expect(followedChangeMessage({ ...change, what: { kind: 'decision', decision: 'stop', onBehalfOfName: null } })).toBe('Mia decided stop on E-7 "Checkout".');
  });
});
