import type { Board, Column, Item } from '../api/types';

/** Small boards for the client's unit tests. */
export function column(id: string, overrides: Partial<Column> = {}): Column {
  return {
    id, key: id, name: id, kind: 'active', position: 0, wipLimit: null, policy: '', exitCriteria: [], gate: false,
    responsibility: { accountable: null, responsible: [], consulted: [], informed: [] }, version: 1, ...overrides,
  };
}

export function item(id: string, columnId: string, rank: string, overrides: Partial<Item> = {}): Item {
  return {
    id, key: id.toUpperCase(), portfolioId: 'p', boardId: 'b', columnId, rank, title: `Item ${id}`, description: '', descriptionHtml: '', ownerId: null,
    assigneeIds: [], tags: [], classOfService: 'standard', themes: [], valueStream: null, dueDate: null,
    wsjf: { userBusinessValue: null, timeCriticality: null, riskReduction: null, jobSize: null, costOfDelay: null, score: null },
    hypothesis: {}, businessCase: {}, parentId: null, dependsOn: [], checkedCriteria: [], blocked: false, block: null,
    progress: { done: 0, total: 0, doneJobSize: 0, totalJobSize: 0 }, blockedBy: [], blocks: [], openBlockers: 0, pendingApprovalId: null,
    enteredColumnAt: '2026-01-01T00:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z', createdBy: null, updatedAt: '2026-01-01T00:00:00.000Z', version: 1,
    source: null, submittedBy: null, submittedByGuest: null, votes: 0, votedByMe: false, followers: 0, followedByMe: false, closed: null,
    ...overrides,
  };
}

export function board(columns: Column[], items: Item[]): Board {
  return {
    id: 'b', portfolioId: 'p', name: 'Board', template: 'simple', committedColumnId: null, timeZone: 'UTC', cycleTimeCounting: 'inclusive',
    createdAt: '2026-01-01T00:00:00.000Z', version: 1, columns, swimlanes: [], items,
  };
}
