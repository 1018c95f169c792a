import type { FlowHistory } from '../../src/domain/flow-history';

const CATEGORY = { queue: 'new', active: 'indeterminate', done: 'done' } as const;

/**
 * A flow history as Jira's REST search answer with `expand=changelog`: each item an issue whose status
 * is its last column, each move a status change at its instant, each block a Flagged period. An item
 * whose first move is at its creation was created in that column.
 */
export function jiraIssuesFromFlowHistory(history: FlowHistory): { issues: unknown[] } {
  const columns = new Map(history.board.columns.map((column) => [column.key, column]));
  const first = history.board.columns[0]!.key;
  const issues = history.items.map((item) => {
    const moves = [...item.transitions];
    let status = first;
    if (moves[0] && Date.parse(moves[0].at) === Date.parse(item.createdAt)) status = moves.shift()!.to;
    const histories: { created: string; items: { field: string; fromString: string | null; toString: string | null }[] }[] = [];
    for (const move of moves) {
      histories.push({ created: move.at, items: [{ field: 'status', fromString: columns.get(status)!.name, toString: columns.get(move.to)!.name }] });
      status = move.to;
    }
    for (const block of item.blocks) {
      histories.push({ created: block.from, items: [{ field: 'Flagged', fromString: null, toString: 'Impediment' }] });
      if (block.to !== null) histories.push({ created: block.to, items: [{ field: 'Flagged', fromString: 'Impediment', toString: null }] });
    }
    const current = columns.get(status)!;
    return {
      key: item.key,
      fields: { summary: item.title, created: item.createdAt, status: { name: current.name, statusCategory: { key: CATEGORY[current.kind] } }, labels: [] },
      changelog: { histories },
    };
  });
  return { issues };
}
