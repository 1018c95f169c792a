import type { BoardEvent } from '../app/board-events';

/** Where an ordered sender delivers: a socket's send, while it is open. */
export type EventSink = { open(): boolean; send(event: BoardEvent): void };

/** The events of the board after `afterSeq` up to `untilSeq`, in order: what a gap in the live events leaves out. */
export type MissedEvents = (afterSeq: number, untilSeq: number) => Promise<BoardEvent[]>;

/**
 * Sends a board's changes to one watcher strictly in `seq` order, without gaps, from `lastSeq` on: an event that
 * arrives ahead of a gap (another process's notification overtaking) waits for a read of the missing ones, in turn
 * with the other events that did. The next event in order is sent at once: a change goes to hundreds of sockets, and
 * each would otherwise queue a promise for it. A failed read ends the watch (`fail`).
 */
export function orderedSender(sink: EventSink, lastSeq: number, missed: MissedEvents, fail: (error: Error) => void): (event: BoardEvent) => void {
  let last = lastSeq;
  let aheadOfGaps = Promise.resolve();
  const send = (event: BoardEvent) => {
    if (event.seq <= last || !sink.open()) return;
    sink.send(event);
    last = event.seq;
  };
  return (event) => {
    if (event.seq <= last + 1) return send(event);
    aheadOfGaps = aheadOfGaps
      .then(async () => {
        if (!sink.open()) return;
        if (event.seq > last + 1) (await missed(last, event.seq - 1)).forEach(send);
        send(event);
      })
      .catch((error: unknown) => fail(error instanceof Error ? error : new Error(String(error))));
  };
}
