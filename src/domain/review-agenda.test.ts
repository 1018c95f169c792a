import { describe, expect, it } from 'vitest';
import { AGENDA_SECTIONS, buildAgenda, type AgendaSnapshot } from './review-agenda';

const ann = { userId: 'ann', name: 'Ann', reasons: ['item owner'] };
const item = { itemId: 'i1', key: 'E-1', title: 'Epic', boardId: 'b', columnId: 'doing', responsible: [ann] };
const empty: AgendaSnapshot = { today: '2026-12-05', pendingApprovals: [], blockedItems: [], agedItems: [], columns: [], gaps: [], themes: [], datedItems: [], openActions: [] };

/** A portfolio with exactly one of each problem, and beside each a look-alike that is fine. */
const troubled: AgendaSnapshot = {
  today: '2026-12-05',
  pendingApprovals: [{ requestId: 'r', itemId: 'i1', key: 'E-1', title: 'Epic', boardId: 'b', gateColumnId: 'ready', gateColumnName: 'Ready', requestedByName: 'Bob', createdAt: '2026-12-03T09:00:00Z', approvers: [{ userId: 'pm', name: 'Pam', reasons: ['may approve gated decisions'] }] }],
  blockedItems: [{ ...item, reason: 'Legal', since: '2026-11-30T10:00:00Z', resolverName: null }],
  agedItems: [{ ...item, ageDays: 30, cycleTimeP85: 12 }, { ...item, itemId: 'young', ageDays: 5, cycleTimeP85: 12 }, { ...item, itemId: 'unknown', ageDays: 40, cycleTimeP85: null }],
  columns: [
    { columnId: 'doing', boardId: 'b', boardName: 'Board', name: 'Doing', wipLimit: 2, count: 3, accountable: [ann] },
    { columnId: 'todo', boardId: 'b', boardName: 'Board', name: 'To do', wipLimit: 3, count: 3, accountable: [ann] },
    { columnId: 'open', boardId: 'b', boardName: 'Board', name: 'Open', wipLimit: null, count: 30, accountable: [] },
  ],
  gaps: [{ kind: 'item_without_owner', boardId: 'b', columnId: 'doing', itemId: 'i2', itemKey: 'E-2', message: 'E-2 "X" has no owner.', suggestedFix: 'Set an owner.', responsible: [] }],
  themes: [
    { themeId: 't', name: 'Growth', share: 80, targetShare: 50, over: true, under: false, responsible: [ann] },
    { themeId: 'fine', name: 'Fine', share: 20, targetShare: 20, over: false, under: false, responsible: [ann] },
  ],
  datedItems: [
    { ...item, dueDate: '2026-12-20', risk: 'off_track', position: 9, reachableP50: 4 },
    { ...item, itemId: 'safe', dueDate: '2026-12-20', risk: 'at_risk', position: 5, reachableP50: 6 },
  ],
  openActions: [{ actionId: 'a', title: 'Chase legal', ownerId: 'ann', ownerName: 'Ann', dueDate: '2026-12-01', reviewTitle: 'November', itemId: null, itemKey: null, boardId: null }],
};

describe('buildAgenda', () => {
  it('answers an empty agenda for a portfolio without problems', () => {
    expect(buildAgenda(empty)).toEqual([]);
  });

  it('answers exactly one entry per problem, in the order of PRODUCT.md §12', () => {
    const agenda = buildAgenda(troubled);
    expect(agenda.map((entry) => entry.section)).toEqual([...AGENDA_SECTIONS]);
    expect(new Set(agenda.map((entry) => entry.subject)).size).toBe(agenda.length);
    for (const entry of agenda) expect(entry.title.length).toBeGreaterThan(0);
  });

  it('puts a decision waiting with the people who may decide it', () => {
    const [entry] = buildAgenda({ ...empty, pendingApprovals: troubled.pendingApprovals });
    expect(entry).toMatchObject({ section: 'decisions_waiting', requestId: 'r', itemId: 'i1', columnId: 'ready', subject: 'request:r', responsible: [{ userId: 'pm', reasons: ['may approve gated decisions'] }] });
    expect(entry!.title).toBe('E-1 "Epic" awaits a go/no-go to enter "Ready"');
    expect(entry!.detail).toBe('Bob asked for a decision 2 days ago.');
  });

  it('says how long an item is blocked and who clears it', () => {
    const [unnamed] = buildAgenda({ ...empty, blockedItems: troubled.blockedItems });
    expect(unnamed!.detail).toBe('Blocked for 5 days; nobody is clearing it.');
    const [named] = buildAgenda({ ...empty, blockedItems: [{ ...troubled.blockedItems[0]!, resolverName: 'Rita', since: '2026-12-05T08:00:00Z' }] });
    expect(named).toMatchObject({ title: 'E-1 "Epic" is blocked: "Legal"', detail: 'Blocked since today; Rita is clearing it.', responsible: [ann] });
  });

  it('lists items older than their board\'s 85th-percentile cycle time, not younger ones or boards without finished items', () => {
    expect(buildAgenda({ ...empty, agedItems: troubled.agedItems }).map((e) => [e.section, e.itemId, e.title])).toEqual([['aging_items', 'i1', 'E-1 "Epic" is 30 days old']]);
  });

  it('lists columns over their WIP limit, not those at it or without one', () => {
    expect(buildAgenda({ ...empty, columns: troubled.columns }).map((e) => [e.columnId, e.detail])).toEqual([['doing', '1 more than the limit allows.']]);
  });

  it('carries responsibility gaps with their suggested fix', () => {
    expect(buildAgenda({ ...empty, gaps: troubled.gaps })).toEqual([expect.objectContaining({ section: 'responsibility_gaps', subject: 'gap:item_without_owner:i2', detail: 'Set an owner.', itemKey: 'E-2' })]);
  });

  it('lists themes above or below their target share', () => {
    const under = { ...troubled.themes[0]!, share: 10, over: false, under: true };
    expect(buildAgenda({ ...empty, themes: [...troubled.themes, { ...under, themeId: 'u' }] }).map((e) => e.title)).toEqual([
      'Theme "Growth" takes 80% of the work in progress, above its target of 50%',
      'Theme "Growth" takes 10% of the work in progress, below its target of 50%',
    ]);
  });

  it('lists due dates the forecast gives less than an even chance, and passed ones', () => {
    const overdue = { ...troubled.datedItems[0]!, itemId: 'late', risk: 'overdue' as const, dueDate: '2026-12-01' };
    const entries = buildAgenda({ ...empty, datedItems: [...troubled.datedItems, overdue] });
    expect(entries.map((e) => e.itemId)).toEqual(['i1', 'late']);
    expect(entries[0]!.detail).toBe('The board finishes 4 items by then with 50% confidence; this one is number 9 in delivery order.');
  });

  it('brings back open actions of earlier reviews with their owner', () => {
    expect(buildAgenda({ ...empty, openActions: troubled.openActions })).toEqual([expect.objectContaining({
      section: 'open_actions', actionId: 'a', subject: 'action:a', title: 'Action "Chase legal" (Ann)', detail: 'From the review "November"; overdue since 1 Dec 2026.',
      responsible: [{ userId: 'ann', name: 'Ann', reasons: ['owner of the action'] }],
    })]);
  });
});
