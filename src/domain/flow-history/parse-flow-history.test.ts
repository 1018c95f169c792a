import { describe, expect, it } from 'vitest';
import { parseFlowHistory, type FlowHistoryError } from './parse-flow-history';
import { serializeFlowHistory } from './serialize-flow-history';

const FORMAT = 'portfolio-kanban/flow-history@1';

function valid() {
  return {
    format: FORMAT,
    board: {
      name: 'Portfolio',
      columns: [
        { key: 'funnel', name: 'Funnel', kind: 'queue', wipLimit: null },
        { key: 'reviewing', name: 'Reviewing', kind: 'active', wipLimit: 3 },
        { key: 'done', name: 'Done', kind: 'done', wipLimit: null },
      ],
    },
    items: [
      {
        key: 'E-1',
        title: 'First epic',
        createdAt: '2026-01-05T09:00:00Z',
        transitions: [{ to: 'reviewing', at: '2026-01-06T10:00:00Z' }],
        blocks: [{ from: '2026-01-07T08:00:00Z', to: '2026-01-08T08:00:00Z', reason: 'waiting for legal' }],
      },
    ],
  };
}

function errorsOf(json: unknown): FlowHistoryError[] {
  const result = parseFlowHistory(json);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.errors;
}

function pathsOf(json: unknown): string[] {
  return errorsOf(json).map((error) => error.path);
}

describe('parseFlowHistory', () => {
  it('accepts the §7 example and makes the board defaults explicit', () => {
    const result = parseFlowHistory(valid());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.history.board).toEqual({
      name: 'Portfolio',
      committedColumn: 'reviewing',
      timeZone: 'UTC',
      cycleTimeCounting: 'inclusive',
      columns: valid().board.columns,
    });
    expect(result.history.items[0]).toEqual(valid().items[0]);
  });

  it('defaults the commitment point to the first active column, not the first column', () => {
    const json = valid();
    json.board.columns.splice(2, 0, { key: 'building', name: 'Building', kind: 'active', wipLimit: null });
    const result = parseFlowHistory(json);
    expect(result.ok && result.history.board.committedColumn).toBe('reviewing');
  });

  it('keeps explicit settings and fills optional item fields', () => {
    const json = {
      ...valid(),
      board: { ...valid().board, committedColumn: 'funnel', timeZone: 'America/Los_Angeles', cycleTimeCounting: 'exclusive' },
      items: [{ key: 'E-2', createdAt: '2026-01-05T09:00:00+01:00' }],
    };
    const result = parseFlowHistory(json);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.history.board).toMatchObject({ committedColumn: 'funnel', timeZone: 'America/Los_Angeles', cycleTimeCounting: 'exclusive' });
    expect(result.history.items[0]).toEqual({ key: 'E-2', title: 'E-2', createdAt: '2026-01-05T09:00:00+01:00', transitions: [], blocks: [] });
  });

  it('treats a block without "to", or with "to": null, as open', () => {
    const json = valid();
    json.items[0]!.blocks = [{ from: '2026-01-07T08:00:00Z' } as never, { from: '2026-01-07T09:00:00Z', to: null } as never];
    const result = parseFlowHistory(json);
    expect(result.ok && result.history.items[0]!.blocks.map((block) => block.to)).toEqual([null, null]);
  });

  it('rejects what is not an object at all', () => {
    expect(errorsOf([])).toEqual([{ path: '', message: expect.stringContaining('JSON object') }]);
    expect(pathsOf(null)).toEqual(['']);
  });

  it('names the format string', () => {
    const errors = errorsOf({ ...valid(), format: 'portfolio-kanban/flow-history@2' });
    expect(errors).toEqual([{ path: 'format', message: expect.stringContaining(FORMAT) }]);
  });

  it('checks the columns: keys present and unique, kinds known, limits sensible', () => {
    const json = valid();
    json.board.columns = [
      { key: 'funnel', name: 'Funnel', kind: 'queue', wipLimit: null },
      { key: '', name: 'Nameless', kind: 'active', wipLimit: null },
      { key: 'funnel', name: 'Again', kind: 'active', wipLimit: null },
      { key: 'doing', name: 'Doing', kind: 'in-progress', wipLimit: null },
      { key: 'review', name: 'Review', kind: 'active', wipLimit: 0 },
      { key: 'done', name: 'Done', kind: 'done', wipLimit: null },
    ];
    json.items = [];
    expect(pathsOf(json)).toEqual(['board.columns[1].key', 'board.columns[2].key', 'board.columns[3].kind', 'board.columns[4].wipLimit']);
    const duplicate = errorsOf(json).find((error) => error.path === 'board.columns[2].key');
    expect(duplicate?.message).toContain('board.columns[0].key');
    expect(errorsOf(json).find((error) => error.path === 'board.columns[3].kind')?.message).toContain('"queue", "active", "done"');
  });

  it('requires at least one column, and one of kind done', () => {
    const empty = valid();
    empty.board.columns = [];
    empty.items = [];
    expect(pathsOf(empty)).toEqual(['board.columns']);
    const noDone = valid();
    noDone.board.columns = noDone.board.columns.filter((column) => column.kind !== 'done');
    expect(errorsOf(noDone)).toContainEqual({ path: 'board.columns', message: expect.stringContaining('"done"') });
  });

  it('requires committedColumn to name a column before the done column', () => {
    expect(pathsOf({ ...valid(), board: { ...valid().board, committedColumn: 'building' } })).toEqual(['board.committedColumn']);
    expect(pathsOf({ ...valid(), board: { ...valid().board, committedColumn: 'done' } })).toEqual(['board.committedColumn']);
  });

  it('requires the default commitment column to come before the done column too', () => {
    const json = valid();
    json.board.columns = [json.board.columns[0]!, json.board.columns[2]!, json.board.columns[1]!];
    json.items = [];
    expect(errorsOf(json)).toEqual([{ path: 'board.committedColumn', message: expect.stringContaining('first active column "reviewing"') }]);
  });

  it('requires committedColumn when no column is active', () => {
    const json = valid();
    json.board.columns[1]!.kind = 'queue';
    expect(errorsOf(json)).toEqual([{ path: 'board.committedColumn', message: expect.stringContaining('is required') }]);
    expect(parseFlowHistory({ ...json, board: { ...json.board, committedColumn: 'reviewing' } }).ok).toBe(true);
  });

  it('accepts IANA zone names only', () => {
    const zone = (timeZone: unknown) => parseFlowHistory({ ...valid(), board: { ...valid().board, timeZone } });
    expect(zone('Europe/Berlin').ok).toBe(true);
    expect(zone('UTC').ok).toBe(true);
    for (const bad of ['Mars/Olympus_Mons', '+02:00', '', 3]) {
      expect(zone(bad)).toEqual({ ok: false, errors: [{ path: 'board.timeZone', message: expect.stringContaining('IANA') }], errorCount: 1 });
    }
  });

  it('lists the first 100 problems and counts them all, and names a value nested 100,000 deep without writing it out', () => {
    let deep: unknown = [];
    for (let depth = 0; depth < 100_000; depth++) deep = [deep];
    const result = parseFlowHistory({ ...valid(), board: deep, items: Array.from({ length: 500 }, () => 'not an item') });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(100);
    expect(result.errorCount).toBe(501);
    expect(result.errors[0]).toEqual({ path: 'board', message: expect.stringContaining('(found an array of 1)') });
  });

  it('names a duplicate key even when the entry repeating it has other faults', () => {
    const json = valid();
    json.items.push({ ...json.items[0]!, createdAt: 'yesterday' });
    expect(pathsOf(json)).toEqual(['items[1].createdAt', 'items[1].key']);
    const columns = valid();
    columns.board.columns.push({ ...columns.board.columns[0]!, kind: 'waiting' } as never);
    expect(pathsOf(columns)).toEqual([`board.columns[${columns.board.columns.length - 1}].kind`, `board.columns[${columns.board.columns.length - 1}].key`]);
  });

  it('checks the committed column against the keys given even when a column is faulty', () => {
    const json = valid();
    const board = json.board as typeof json.board & { committedColumn: string };
    board.committedColumn = 'nowhere';
    board.columns[0]!.wipLimit = -1;
    expect(pathsOf(json)).toEqual(['board.columns[0].wipLimit', 'board.committedColumn']);
  });

  it('accepts inclusive or exclusive cycle-time counting only', () => {
    expect(pathsOf({ ...valid(), board: { ...valid().board, cycleTimeCounting: 'both' } })).toEqual(['board.cycleTimeCounting']);
  });

  it('requires unique, non-empty item keys', () => {
    const json = valid();
    json.items.push({ ...json.items[0]! }, { ...json.items[0]!, key: '  ' });
    expect(errorsOf(json)).toEqual([
      { path: 'items[1].key', message: expect.stringContaining('duplicates items[0].key') },
      { path: 'items[2].key', message: expect.stringContaining('non-empty') },
    ]);
  });

  it('requires ISO-8601 instants with an offset, and real calendar days', () => {
    const at = (createdAt: string) => pathsOf({ ...valid(), items: [{ ...valid().items[0]!, createdAt, transitions: [], blocks: [] }] });
    for (const bad of ['2026-01-05', '2026-01-05T09:00:00', '2026-02-30T09:00:00Z', '2026-01-05 09:00:00Z', '2026-01-05T25:00:00Z', 'yesterday']) {
      expect(at(bad)).toEqual(['items[0].createdAt']);
    }
    const message = errorsOf({ ...valid(), items: [{ ...valid().items[0]!, createdAt: 'soon' }] })[0]?.message;
    expect(message).toContain('2026-01-05T09:00:00Z');
  });

  it('checks every transition: a known column, an instant, not before creation', () => {
    const json = valid();
    json.items[0]!.transitions = [
      { to: 'reviewing', at: '2026-01-06T10:00:00Z' },
      { to: 'reviwing', at: '2026-01-06T11:00:00Z' },
      { to: 'done', at: 'later' },
      { to: 'done', at: '2026-01-05T08:59:59Z' },
    ];
    const errors = errorsOf(json);
    expect(errors.map((error) => error.path)).toEqual(['items[0].transitions[1].to', 'items[0].transitions[2].at', 'items[0].transitions[3].at']);
    expect(errors[0]!.message).toContain('"funnel", "reviewing", "done"');
    expect(errors[2]!.message).toContain('before');
  });

  it('accepts a transition at the very instant of creation', () => {
    const json = valid();
    json.items[0]!.transitions = [{ to: 'reviewing', at: '2026-01-05T09:00:00Z' }];
    expect(parseFlowHistory(json).ok).toBe(true);
  });

  it('checks every block: instants, not before creation, "to" not before "from"', () => {
    const json = valid();
    json.items[0]!.blocks = [
      { from: '2026-01-04T08:00:00Z', to: '2026-01-08T08:00:00Z', reason: 'x' },
      { from: '2026-01-07T08:00:00Z', to: '2026-01-07T07:59:00Z', reason: 'x' },
      { from: 'now', to: '2026-01-08T08:00:00Z', reason: 'x' },
      { from: '2026-01-07T08:00:00Z', to: '2026-01-08T08:00:00Z', reason: 42 as never },
    ];
    expect(pathsOf(json)).toEqual(['items[0].blocks[0].from', 'items[0].blocks[1].to', 'items[0].blocks[2].from', 'items[0].blocks[3].reason']);
  });

  it('reports every problem of a document at once', () => {
    const json = {
      format: 'flow',
      board: { ...valid().board, timeZone: 'Nowhere' },
      items: [
        { key: 'E-1', createdAt: 'x', transitions: 'none' },
        { key: 'E-2', createdAt: '2026-01-05T09:00:00Z', transitions: [{ to: 'nowhere', at: '2026-01-06T09:00:00Z' }] },
      ],
    };
    expect(pathsOf(json)).toEqual(['format', 'board.timeZone', 'items[0].createdAt', 'items[0].transitions', 'items[1].transitions[0].to']);
  });

  it('round-trips through serializeFlowHistory with a stable key order', () => {
    const first = parseFlowHistory(valid());
    if (!first.ok) throw new Error('valid document rejected');
    const text = serializeFlowHistory(first.history);
    const second = parseFlowHistory(JSON.parse(text));
    expect(second).toEqual(first);
    expect(serializeFlowHistory(second.ok ? second.history : first.history)).toBe(text);
    expect(Object.keys(JSON.parse(text).board)).toEqual(['name', 'committedColumn', 'timeZone', 'cycleTimeCounting', 'columns']);
  });
});
