import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardChange, settled } from '../../test/support/board-events';
import { orderedSender } from './ordered-sender';

const event = (seq: number) => boardChange('b', seq);

/** A watcher from seq 0 on a log of `count` events, whose gap reads answer when the test says. */
function watcher(count: number) {
  const log = Array.from({ length: count }, (_, index) => event(index + 1));
  const sent: number[] = [];
  const reads: { afterSeq: number; untilSeq: number; answer: () => void }[] = [];
  const failures: Error[] = [];
  const socket = { open: true };
  const deliver = orderedSender(
    { open: () => socket.open, send: (e) => sent.push(e.seq) },
    0,
    (afterSeq, untilSeq) => new Promise((resolve) => reads.push({ afterSeq, untilSeq, answer: () => resolve(log.filter((e) => e.seq > afterSeq && e.seq <= untilSeq)) })),
    (error) => failures.push(error),
  );
  return { log, sent, reads, failures, deliver, socket };
}


describe('an ordered sender', () => {
  it('sends the next event in order at once, without a read', () => {
    const { log, sent, reads, deliver } = watcher(3);
    log.forEach(deliver);
    expect(sent).toEqual([1, 2, 3]);
    expect(reads).toEqual([]);
  });

  it('reads what a gap leaves out, and holds the events after it until the read answers', async () => {
    const { log, sent, reads, deliver } = watcher(6);
    deliver(log[0]!);
    deliver(log[3]!);
    deliver(log[4]!);
    await settled();
    expect(sent).toEqual([1]);
    expect(reads.map(({ afterSeq, untilSeq }) => [afterSeq, untilSeq])).toEqual([[1, 3]]);
    reads[0]!.answer();
    await settled();
    expect(sent).toEqual([1, 2, 3, 4, 5]);
    // Caught up: the next one goes at once again.
    deliver(log[5]!);
    expect(sent).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads no gap once its socket has closed', async () => {
    const { log, sent, reads, deliver, socket } = watcher(4);
    deliver(log[0]!);
    socket.open = false;
    deliver(log[3]!);
    await settled();
    expect(sent).toEqual([1]);
    expect(reads).toEqual([]);
  });

  it('ends the watch when a gap cannot be read', async () => {
    const failures: Error[] = [];
    const deliver = orderedSender({ open: () => true, send: () => {} }, 0, () => Promise.reject(new Error('database gone')), (error) => failures.push(error));
    deliver(event(3));
    await settled();
    expect(failures.map((error) => error.message)).toEqual(['database gone']);
  });

  it('sends every event once, in seq order, whatever order they arrive in and however late the reads answer', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Every event arrives at least once, some twice (a replay overlapping the live events), in any order.
        fc
          .integer({ min: 1, max: 12 })
          .chain((count) => fc.tuple(fc.constant(count), fc.array(fc.integer({ min: 0, max: count - 1 }), { maxLength: count })))
          .chain(([count, again]) => {
            const arrivals = [...Array.from({ length: count }, (_, i) => i), ...again];
            return fc.tuple(fc.shuffledSubarray(arrivals, { minLength: arrivals.length, maxLength: arrivals.length }), fc.array(fc.boolean(), { minLength: arrivals.length, maxLength: arrivals.length }));
          }),
        async ([arrival, answerBetween]) => {
          const { log, sent, reads, failures, deliver } = watcher(new Set(arrival).size);
          for (const [step, index] of arrival.entries()) {
            deliver(log[index]!);
            if (answerBetween[step]) reads.splice(0).forEach((read) => read.answer());
            await settled();
          }
          while (reads.length > 0) {
            reads.splice(0).forEach((read) => read.answer());
            await settled();
          }
          expect(failures).toEqual([]);
          expect(sent).toEqual(log.map((e) => e.seq));
        },
      ),
    );
  });
});
