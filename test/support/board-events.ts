import type { BoardEvent } from '../../src/app/board-events';

/** A board's change numbered `seq`, as the change log holds it: what orders and delivers changes is tested with it. */
export const boardChange = (boardId: string, seq: number): BoardEvent => ({ seq, type: 'item.moved', boardId, itemId: 'i', at: '2026-12-06T09:00:00.000Z', actorId: 'u', data: {} });

/** After the promises that are due and one turn of the event loop have run. */
export const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
