import { describe, expect, it } from 'vitest';
import { timeline } from './timeline';

describe('timeline', () => {
  it('tells creation, moves, overrides and blocks in time order', () => {
    const names: Record<string, string> = { f: 'Funnel', r: 'Reviewing' };
    const entries = timeline(
      {
        transitions: [
          { id: '1', fromColumnId: null, toColumnId: 'f', at: '2026-01-01T09:00:00Z', actorId: 'u', reason: null, override: false },
          { id: '2', fromColumnId: 'f', toColumnId: 'r', at: '2026-01-03T09:00:00Z', actorId: 'u', reason: 'Deadline', override: true },
        ],
        blocks: [{ id: 'b', from: '2026-01-02T09:00:00Z', to: '2026-01-02T12:00:00Z', reason: 'Vendor', blockedBy: 'u', resolverId: null, clearedBy: 'v', clearNote: 'Signed' }],
      },
      (id) => names[id]!,
    );
    expect(entries.map((e) => e.text)).toEqual(['Created in Funnel', 'Blocked: Vendor', 'Block cleared', 'Moved from Funnel to Reviewing with an override']);
    expect(entries[3]).toMatchObject({ kind: 'override', note: 'Deadline' });
    expect(entries[2]).toMatchObject({ actorId: 'v', note: 'Signed' });
  });
});
