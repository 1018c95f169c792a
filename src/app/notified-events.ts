import type { BoardEvent } from './board-events';

/** The events of a board after `afterSeq` up to `untilSeq`, in order. */
export type ReadEvents = (boardId: string, afterSeq: number, untilSeq: number) => Promise<BoardEvent[]>;

type Reading = { emitted: number; wanted: number; busy: boolean };

/**
 * Turns a board's change notifications (board, seq), which arrive in commit order, into its events in that order:
 * one read at a time per board, each taking every change notified since the last one. Read one by one and at once,
 * the answers came back in any order, and every watcher of the board then read the gap it saw (board events route),
 * hundreds of reads for one change. A board nobody listens to (`listened`) is not read, and is read afresh from its
 * next notification on once listened to again.
 */
export function inOrderOfNotification(read: ReadEvents, emit: (event: BoardEvent) => void, listened: (boardId: string) => boolean, failed: (error: unknown) => void) {
  const boards = new Map<string, Reading>();

  const catchUp = async (boardId: string, board: Reading) => {
    board.busy = true;
    try {
      while (board.emitted < board.wanted) {
        const until = board.wanted;
        const events = await read(boardId, board.emitted, until);
        board.emitted = until;
        events.forEach(emit);
      }
    } catch (error) {
      // The next notification reads what this one could not.
      failed(error);
    } finally {
      board.busy = false;
    }
  };

  return (boardId: string, seq: number) => {
    if (!listened(boardId)) {
      // A read under way ends by itself; what it emits, nobody hears.
      boards.delete(boardId);
      return;
    }
    const board = boards.get(boardId) ?? { emitted: seq - 1, wanted: seq, busy: false };
    boards.set(boardId, board);
    board.wanted = Math.max(board.wanted, seq);
    if (!board.busy) void catchUp(boardId, board);
  };
}
