import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, breachedBy, guardrailNotices, guardrailWarning, wipColumnIds, type FlowColumn, type Target, type WipEntry } from './guardrails';

const simple: FlowColumn[] = [
  { id: 'backlog', kind: 'queue', position: 0 },
  { id: 'ready', kind: 'queue', position: 1 },
  { id: 'doing', kind: 'active', position: 2 },
  { id: 'review', kind: 'active', position: 3 },
  { id: 'done', kind: 'done', position: 4 },
];

describe('wipColumnIds', () => {
  it('runs from the first active column (or the chosen commitment point) up to done', () => {
    expect(wipColumnIds(simple, null)).toEqual(['doing', 'review']);
    expect(wipColumnIds(simple, 'ready')).toEqual(['ready', 'doing', 'review']);
    expect(wipColumnIds([...simple].reverse(), null)).toEqual(['doing', 'review']);
  });
  it('is empty for a board without a commitment point', () => {
    expect(wipColumnIds(simple.filter((c) => c.kind !== 'active'), null)).toEqual([]);
  });
});

describe('allocate', () => {
  const wip: WipEntry[] = [
    { groups: ['growth'], jobSize: 5 },
    { groups: ['growth', 'ops'], jobSize: 3 },
    { groups: ['ops'], jobSize: null },
    { groups: [], jobSize: 8 },
  ];
  const targets: Target[] = [
    { id: 'growth', targetShare: 40, active: true },
    { id: 'ops', targetShare: 50, active: true },
    { id: 'legacy', targetShare: 10, active: false },
    { id: 'free', targetShare: null, active: true },
  ];

  it('counts items and sums job sizes per group against the target share of items in progress', () => {
    const allocation = allocate(wip, targets);
    expect(allocation.total).toEqual({ count: 4, jobSize: 16, unsized: 1 });
    expect(allocation.unassigned).toEqual({ count: 1, jobSize: 8, unsized: 0 });
    expect(allocation.groups).toEqual([
      // 2 of 4 items = 50% > 40%; 8 of 16 job size = 50%.
      { id: 'growth', targetShare: 40, count: 2, jobSize: 8, unsized: 0, share: 50, jobSizeShare: 50, over: true, under: false },
      // 2 of 4 = 50%, exactly on target; 3 of 16 = 18.75%.
      { id: 'ops', targetShare: 50, count: 2, jobSize: 3, unsized: 1, share: 50, jobSizeShare: 18.75, over: false, under: false },
      // Inactive themes carry no guardrail.
      { id: 'legacy', targetShare: 10, count: 0, jobSize: 0, unsized: 0, share: 0, jobSizeShare: 0, over: false, under: false },
      { id: 'free', targetShare: null, count: 0, jobSize: 0, unsized: 0, share: 0, jobSizeShare: 0, over: false, under: false },
    ]);
    expect(breachedBy(allocation, ['ops', 'growth']).map((g) => g.id)).toEqual(['growth']);
    expect(breachedBy(allocation, ['ops'])).toEqual([]);
  });

  it('flags an active target as under when its share falls short, and shows no shares when nothing is in progress', () => {
    expect(allocate([{ groups: ['a'], jobSize: 1 }, { groups: [], jobSize: 1 }, { groups: [], jobSize: 1 }], [{ id: 'a', targetShare: 34, active: true }]).groups[0]).toMatchObject({ share: 33.33, under: true, over: false });
    expect(allocate([], [{ id: 'a', targetShare: 50, active: true }]).groups[0]).toMatchObject({ count: 0, share: null, jobSizeShare: null, over: false, under: false });
  });

  it('never flags over and under together, and flags exactly when the share of items differs from the target', () => {
    const ids = ['a', 'b', 'c'];
    const entry = fc.record({ groups: fc.subarray(ids), jobSize: fc.option(fc.constantFrom(1, 2, 3, 5, 8, 13, 20)) });
    const target = (id: string) => fc.record({ id: fc.constant(id), targetShare: fc.option(fc.integer({ min: 0, max: 100 })), active: fc.boolean() });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), fc.tuple(...ids.map(target)), (entries, goals) => {
        const allocation = allocate(entries, goals);
        for (const [index, group] of allocation.groups.entries()) {
          const goal = goals[index]!;
          expect(group.count).toBe(entries.filter((e) => e.groups.includes(goal.id)).length);
          expect(group.over && group.under).toBe(false);
          const guarded = goal.active && goal.targetShare !== null && entries.length > 0;
          // Integer division is exact when it lands on a whole target, so comparing it cannot cross the target by rounding.
          const exact = (group.count * 100) / entries.length;
          expect(group.over).toBe(guarded && exact > goal.targetShare!);
          expect(group.under).toBe(guarded && exact < goal.targetShare!);
        }
        expect(allocation.unassigned.count).toBe(entries.filter((e) => e.groups.length === 0).length);
      }),
    );
  });
});

describe('guardrail warnings and notices', () => {
  const allocation = allocate([{ groups: ['growth'], jobSize: 3 }, { groups: ['growth'], jobSize: 5 }, { groups: [], jobSize: 1 }], [{ id: 'growth', targetShare: 50, active: true }]);
  const warning = guardrailWarning('theme', 'Growth', allocation.groups[0]!, allocation.total);

  it('names the group, its share of the items in progress and its target', () => {
    expect(warning).toEqual({
      code: 'guardrail_exceeded',
      kind: 'theme',
      id: 'growth',
      name: 'Growth',
      targetShare: 50,
      share: 66.67,
      count: 2,
      total: 3,
      message: 'Theme "Growth" now takes 66.67% of the work in progress (2 of 3 items), beyond its target of 50%.',
    });
  });

  it('tells each accountable person once, never the mover', () => {
    const notices = guardrailNotices({ actorId: 'mover', actorName: 'Mo', item: { key: 'E-7', title: 'Checkout' }, warning, accountableIds: ['owner', 'mover', 'owner', 'office'] });
    expect(notices.map((notice) => notice.userId)).toEqual(['owner', 'office']);
    expect(notices[0]).toEqual({
      userId: 'owner',
      kind: 'guardrail',
      message: `Mo added E-7 "Checkout" to the work in progress. ${warning.message}`,
      data: { kind: 'theme', id: 'growth', targetShare: 50, share: 66.67 },
    });
  });
});
