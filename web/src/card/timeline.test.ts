import { describe, expect, it } from 'vitest';
import { timeline } from './timeline';

describe('timeline', () => {
  it('tells creation, moves, overrides, blocks, field changes, duplicates merged in, requests and decisions in time order, the fields of one edit in their order', () => {
    const names: Record<string, string> = { f: 'Funnel', r: 'Reviewing' };
    const entries = timeline(
      {
        transitions: [
          { id: '1', fromColumnId: null, toColumnId: 'f', at: '2026-01-01T09:00:00Z', actorId: 'u', reason: null, override: false },
          { id: '2', fromColumnId: 'f', toColumnId: 'r', at: '2026-01-03T09:00:00Z', actorId: 'u', reason: 'Deadline', override: true },
          { id: '3', fromColumnId: 'r', toColumnId: 'f', at: '2026-01-08T09:00:00Z', actorId: 'w', reason: 'Pivot: New market', override: false },
        ],
        blocks: [{ id: 'b', from: '2026-01-02T09:00:00Z', to: '2026-01-02T12:00:00Z', reason: 'Vendor', blockedBy: 'u', resolverId: null, clearedBy: 'v', clearNote: 'Signed' }],
        changes: [
          { id: 'c1', at: '2026-01-02T10:00:00Z', actorId: 'u', field: 'title', before: 'A', after: 'B' },
          { id: 'c2', at: '2026-01-02T10:00:00Z', actorId: 'u', field: 'dueDate', before: null, after: '2026-02-01' },
        ],
        mergedIn: [{ itemId: 'm', key: 'E-7', title: 'Dark mode', at: '2026-01-07T09:00:00Z', actorId: 't' }],
      },
      [
        {
          id: 'd', portfolioId: 'p', boardId: 'b', itemId: 'i', itemKey: 'E-1', itemTitle: 'Epic', requestId: null, kind: 'go', rationale: 'Strong case', evidence: [],
          columnId: 'f', movedToColumnId: null, decidedBy: 'w', decidedByName: 'W', onBehalfOf: null, onBehalfOfName: null, decidedAt: '2026-01-04T09:00:00Z', reviewId: null,
        },
        {
          id: 'd2', portfolioId: 'p', boardId: 'b', itemId: 'i', itemKey: 'E-1', itemTitle: 'Epic', requestId: 'q', kind: 'no-go', rationale: 'Not now', evidence: [],
          columnId: 'r', movedToColumnId: null, decidedBy: 's', decidedByName: 'S', onBehalfOf: 'w', onBehalfOfName: 'Vic Director', decidedAt: '2026-01-06T09:00:00Z', reviewId: null,
        },
        {
          id: 'd3', portfolioId: 'p', boardId: 'b', itemId: 'i', itemKey: 'E-1', itemTitle: 'Epic', requestId: null, kind: 'pivot', rationale: 'New market', evidence: [],
          columnId: 'r', movedToColumnId: 'f', decidedBy: 'w', decidedByName: 'W', onBehalfOf: null, onBehalfOfName: null, decidedAt: '2026-01-08T09:00:00Z', reviewId: null,
        },
      ],
      [
        {
          id: 'q', portfolioId: 'p', boardId: 'b', itemId: 'i', itemKey: 'E-1', itemTitle: 'Epic', fromColumnId: 'r', columnId: 'f', gateColumnId: 'f', requestedBy: 'u',
          requestedByName: 'U', note: 'Ready for the gate', status: 'rejected', createdAt: '2026-01-05T09:00:00Z', decidedAt: '2026-01-06T09:00:00Z', decisionId: 'd2',
        },
      ],
      (id) => names[id]!,
      (change) => `U changed ${change.field}`,
    );
    expect(entries.map((e) => e.text)).toEqual([
      'Created in Funnel', 'Blocked: Vendor', 'U changed title', 'U changed dueDate', 'Block cleared', 'Moved from Funnel to Reviewing with an override', 'Decision: Go',
      'Asked for approval to move to Funnel', 'Decision: No-go (on behalf of Vic Director)',
      'E-7 Dark mode was merged into this card as a duplicate; its votes and followers came here',
      'Moved from Reviewing to Funnel', 'Decision: Pivot',
    ]);
    // The decision's move does not repeat the decision's rationale: the decision tells it.
    expect(entries.slice(-2).map((e) => e.note)).toEqual([null, 'New market']);
    expect(entries[9]).toMatchObject({ kind: 'merged-in', actorId: 't', note: null, actorInText: false });
    expect(entries[6]).toMatchObject({ actorId: 'w', note: 'Strong case', actorInText: false });
    expect(entries[7]).toMatchObject({ kind: 'requested', actorId: 'u', note: 'Ready for the gate' });
    expect(entries[8]).toMatchObject({ kind: 'decision', actorId: 's', note: 'Not now' });
    expect(entries[5]).toMatchObject({ kind: 'override', note: 'Deadline' });
    expect(entries[4]).toMatchObject({ actorId: 'v', note: 'Signed' });
    expect(entries[2]).toMatchObject({ kind: 'changed', actorId: 'u', actorInText: true });
  });
});
