export const BOARD_EVENT_TYPES = [
  'item.created', 'item.updated', 'item.moved', 'item.blocked', 'item.unblocked', 'item.deleted',
  'column.updated', 'board.updated', 'comment.created', 'comment.updated', 'comment.deleted', 'decision.recorded', 'approval.requested', 'item.closed',
  'review.updated',
] as const;
export type BoardEventType = (typeof BOARD_EVENT_TYPES)[number];

/** One change on a board, as clients watching it receive it (PRODUCT.md §9). */
export type BoardEvent = {
  seq: number;
  type: BoardEventType;
  boardId: string;
  itemId?: string;
  at: string;
  actorId: string | null;
  data: unknown;
};
