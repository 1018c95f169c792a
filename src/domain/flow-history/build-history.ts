import { FLOW_HISTORY_FORMAT, type ColumnKind, type FlowBoard, type FlowHistory, type FlowItem } from './flow-history';

/**
 * Compact builders for flow histories in tests: `columns('backlog:queue doing:active done:done')`,
 * `item('A', '2026-01-05T09:00:00Z', [['doing', '2026-01-06T10:00:00Z']])`. Instants without an offset
 * are not accepted here either, so what a test builds is what an import would accept.
 */
export function columns(spec: string): FlowBoard['columns'] {
  return spec
    .trim()
    .split(/\s+/)
    .map((entry) => {
      const [key = '', kind = ''] = entry.split(':');
      return { key, name: key, kind: kind as ColumnKind, wipLimit: null };
    });
}

/** The `simple` board template: backlog, ready (queues), doing, review (active), done. */
export const SIMPLE_COLUMNS = columns('backlog:queue ready:queue doing:active review:active done:done');

export function item(
  key: string,
  createdAt: string,
  moves: readonly (readonly [to: string, at: string])[] = [],
  blocks: readonly (readonly [from: string, to: string | null])[] = [],
): FlowItem {
  return {
    key,
    title: key,
    createdAt,
    transitions: moves.map(([to, at]) => ({ to, at })),
    blocks: blocks.map(([from, to]) => ({ from, to, reason: 'waiting' })),
  };
}

export function history(items: FlowItem[], board: Partial<FlowBoard> = {}): FlowHistory {
  return { format: FLOW_HISTORY_FORMAT, board: { name: 'Test board', columns: SIMPLE_COLUMNS, ...board }, items };
}
