import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardChange as event, settled } from '../../test/support/board-events';
import { inOrderOfNotification } from './notified-events';


/** A bus's reader over boards whose logs hold `count` events each, with reads that answer (or fail) when the test says. */
function reader(listenedTo: string[] = ['a', 'b']) {
  const emitted: string[] = [];
  const reads: { boardId: string; afterSeq: number; untilSeq: number; answer: () => void; fail: () => void }[] = [];
  const failures: unknown[] = [];
  const listened = new Set(listenedTo);
  const notified = inOrderOfNotification(
    (boardId, afterSeq, untilSeq) =>
      new Promise((resolve, reject) =>
        reads.push({
          boardId, afterSeq, untilSeq,
          answer: () => resolve(Array.from({ length: untilSeq - afterSeq }, (_, i) => event(boardId, afterSeq + i + 1))),
          fail: () => reject(new Error('connection lost')),
        }),
      ),
    (e) => emitted.push(`${e.boardId}${e.seq}`),
    (boardId) => listened.has(boardId),
    (error) => failures.push(error),
  );
  /** The reads under way, as the ranges they ask for. */
  const asked = () => reads.map(({ afterSeq, untilSeq }) => [afterSeq, untilSeq]);
  /** Answers the oldest read under way and lets what it leads to happen. */
  const answerNext = async () => {
    reads.shift()!.answer();
    await settled();
  };
  return { emitted, reads, failures, notified, listened, asked, answerNext };
}

describe('board changes read for their notifications', () => {
  it('are read one read at a time per board, each read taking every change notified meanwhile', async () => {
    const { emitted, notified, asked, answerNext } = reader();
    notified('a', 1);
    notified('a', 2);
    notified('a', 3);
    expect(asked()).toEqual([[0, 1]]);
    await answerNext();
    expect(asked()).toEqual([[1, 3]]);
    await answerNext();
    expect(emitted).toEqual(['a1', 'a2', 'a3']);
  });

  it('read no board nobody listens to, and read one afresh from its next notification once listened to', async () => {
    const { emitted, notified, listened, asked, answerNext } = reader(['a', 'b']);
    notified('a', 6);
    listened.delete('a');
    notified('a', 7);
    expect(asked()).toEqual([[5, 6]]);
    // Left by its last watcher while it was read: its next watcher is not handed what happened in between.
    await answerNext();
    listened.add('a');
    notified('a', 9);
    expect(asked()).toEqual([[8, 9]]);
    await answerNext();
    expect(emitted).toEqual(['a6', 'a9']);
  });

  it('are read again from the last one emitted after a read failed', async () => {
    const { emitted, reads, failures, notified, asked, answerNext } = reader();
    notified('a', 1);
    reads.shift()!.fail();
    await settled();
    expect(failures).toHaveLength(1);
    notified('a', 2);
    expect(asked()).toEqual([[0, 2]]);
    await answerNext();
    expect(emitted).toEqual(['a1', 'a2']);
  });

  it('come out in each board’s seq order, once each, however the reads of two boards answer', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('a', 'b'), { minLength: 1, maxLength: 20 }), fc.array(fc.option(fc.nat()), { maxLength: 20 }), async (boards, answerOrder) => {
        const { emitted, reads, notified } = reader();
        const seqs = { a: 0, b: 0 };
        // Notified in commit order; between notifications, one of the reads waiting may answer, or none.
        for (const [step, boardId] of boards.entries()) {
          notified(boardId, ++seqs[boardId as 'a' | 'b']);
          const pick = answerOrder[step];
          if (typeof pick === 'number' && reads.length > 0) reads.splice(pick % reads.length, 1)[0]!.answer();
          await settled();
        }
        // The reads still waiting answer last first.
        while (reads.length > 0) {
          reads.splice(0).reverse().forEach((read) => read.answer());
          await settled();
        }
        for (const boardId of ['a', 'b'] as const) {
          expect(emitted.filter((name) => name.startsWith(boardId))).toEqual(Array.from({ length: seqs[boardId] }, (_, i) => `${boardId}${i + 1}`));
        }
      }),
    );
  });
});
