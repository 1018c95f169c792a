import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { admissionLine, type Answer, type LineClock } from './admission-line';

/** A clock the test moves: turns of the event loop run when the test says so, time passes when it says so. */
function manualClock() {
  let now = 0;
  let booked: (() => void)[] = [];
  const timers: { at: number; work: () => void; done: boolean }[] = [];
  const clock: LineClock = {
    now: () => now,
    nextTurn: (work) => void booked.push(work),
    after: (ms, work) => {
      const timer = { at: now + ms, work, done: false };
      timers.push(timer);
      return () => void (timer.done = true);
    },
  };
  return {
    clock,
    /** One turn of the event loop: what was booked before it runs, what it books runs on the next. */
    turn() {
      const due = booked;
      booked = [];
      for (const work of due) work();
    },
    advance(ms: number) {
      now += ms;
      for (const timer of timers) {
        if (timer.done || timer.at > now) continue;
        timer.done = true;
        timer.work();
      }
    },
  };
}

/** Clients entering the line, each remembering its answer and how to leave. */
function clients(line: ReturnType<typeof admissionLine>) {
  const answers = new Map<string, Answer>();
  const leaves = new Map<string, () => void>();
  const served: string[] = [];
  return {
    answers,
    served,
    enter(name: string) {
      leaves.set(
        name,
        line.enter((answer) => {
          if (answers.has(name)) throw new Error(`${name} was answered twice`);
          answers.set(name, answer);
          if (answer.turn) served.push(name);
        }),
      );
    },
    leave: (name: string) => leaves.get(name)!(),
  };
}

describe('admissionLine', () => {
  it('gives turns in the order of arrival, one per turn of the event loop, to at most `concurrency` at a time', () => {
    const { clock, turn } = manualClock();
    const line = admissionLine({ concurrency: 2, maxQueued: 10, maxWaitMs: 1000, perTurn: 1 }, clock);
    const people = clients(line);
    for (const name of ['a', 'b', 'c', 'd']) people.enter(name);
    // Even a free server gives the turn on the next turn of the event loop, once the sockets have been read.
    expect(people.served).toEqual([]);
    turn();
    expect(people.served).toEqual(['a']);
    turn();
    expect(people.served).toEqual(['a', 'b']);
    turn();
    expect(people.served).toEqual(['a', 'b']);
    expect(line.size()).toEqual({ serving: 2, waiting: 2 });
    people.leave('b');
    people.enter('e');
    turn();
    turn();
    expect(people.served).toEqual(['a', 'b', 'c']);
    people.leave('a');
    turn();
    expect(people.served).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives up to `perTurn` turns on one turn of the event loop while the line is at least twice that long, one otherwise', () => {
    const { clock, turn } = manualClock();
    const line = admissionLine({ concurrency: 6, maxQueued: 10, maxWaitMs: 1000, perTurn: 3 }, clock);
    const people = clients(line);
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) people.enter(name);
    turn();
    expect(people.served).toEqual(['a', 'b', 'c']);
    // Five wait: fewer than two turns' worth.
    turn();
    expect(people.served).toEqual(['a', 'b', 'c', 'd']);
    turn();
    turn();
    turn();
    expect(people.served).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    for (const name of ['a', 'b', 'c', 'd', 'e']) people.leave(name);
    turn();
    expect(people.served).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    turn();
    expect(people.served).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(line.size()).toEqual({ serving: 3, waiting: 0 });
  });

  it('measures the pace of a line that moves several places a turn per place', () => {
    const { clock, turn, advance } = manualClock();
    const line = admissionLine({ concurrency: 4, maxQueued: 100, maxWaitMs: 1000, perTurn: 2 }, clock);
    const people = clients(line);
    for (const name of 'abcdefghijkl') people.enter(name);
    turn();
    turn();
    expect(people.served).toEqual(['a', 'b', 'c', 'd']);
    // Two places every 400 ms: 200 ms a place.
    advance(400);
    people.leave('a');
    people.leave('b');
    turn();
    expect(people.served).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    // Behind six waiting and a full server, m would wait about 7 × 200 ms.
    people.enter('m');
    expect(people.answers.get('m')).toEqual({ turn: false, why: 'its turn would come in about 1.4 seconds' });
  });

  it('refuses at once a newcomer when the line is full', () => {
    const { clock } = manualClock();
    const people = clients(admissionLine({ concurrency: 1, maxQueued: 2, maxWaitMs: 1000, perTurn: 1 }, clock));
    for (const name of ['a', 'b', 'c']) people.enter(name);
    expect(people.answers.get('c')).toEqual({ turn: false, why: '2 requests are waiting' });
    expect(people.answers.has('b')).toBe(false);
  });

  it('refuses one that has waited `maxWaitMs`, and lets the one behind it move up', () => {
    const { clock, turn, advance } = manualClock();
    const line = admissionLine({ concurrency: 1, maxQueued: 10, maxWaitMs: 1000, perTurn: 1 }, clock);
    const people = clients(line);
    people.enter('a');
    turn();
    people.enter('b');
    advance(500);
    people.enter('c');
    advance(500);
    expect(people.answers.get('b')).toEqual({ turn: false, why: 'it waited 1000 ms for its turn' });
    expect(line.size()).toEqual({ serving: 1, waiting: 1 });
    people.leave('a');
    turn();
    expect(people.served).toEqual(['a', 'c']);
    // Served in time: its timer no longer runs.
    advance(1000);
    expect(people.answers.get('c')).toEqual({ turn: true });
  });

  it('forgets one that leaves while waiting, and takes a turn back once only', () => {
    const { clock, turn } = manualClock();
    const line = admissionLine({ concurrency: 1, maxQueued: 10, maxWaitMs: 1000, perTurn: 1 }, clock);
    const people = clients(line);
    for (const name of ['a', 'b', 'c']) people.enter(name);
    turn();
    people.leave('b');
    expect(people.answers.get('b')).toEqual({ turn: false, why: 'the client left' });
    people.leave('a');
    people.leave('a');
    turn();
    expect(people.served).toEqual(['a', 'c']);
    expect(line.size()).toEqual({ serving: 1, waiting: 0 });
  });

  it('refuses at once a newcomer that the line, at the pace it has been moving, would not reach within `maxWaitMs`', () => {
    const { clock, turn, advance } = manualClock();
    const line = admissionLine({ concurrency: 1, maxQueued: 100, maxWaitMs: 1000, perTurn: 1 }, clock);
    const people = clients(line);
    people.enter('a');
    turn();
    for (const name of ['b', 'c', 'd']) people.enter(name);
    // Each one served takes 400 ms: the line moves one place every 400 ms.
    for (const [leaving] of [['a'], ['b']]) {
      advance(400);
      people.leave(leaving!);
      turn();
    }
    expect(people.served).toEqual(['a', 'b', 'c']);
    // Behind d and c, e would wait about 800 ms; f, about 1,200 ms.
    people.enter('e');
    people.enter('f');
    expect(people.answers.has('e')).toBe(false);
    expect(people.answers.get('f')).toEqual({ turn: false, why: 'its turn would come in about 1.2 seconds' });
  });

  it('judges a new line by its own pace, not by the pace of a line that has emptied', () => {
    const { clock, turn, advance } = manualClock();
    const people = clients(admissionLine({ concurrency: 1, maxQueued: 100, maxWaitMs: 1000, perTurn: 1 }, clock));
    people.enter('slow 1');
    turn();
    people.enter('slow 2');
    people.enter('slow 3');
    for (const leaving of ['slow 1', 'slow 2', 'slow 3']) {
      advance(900);
      people.leave(leaving);
      turn();
    }
    const burst = Array.from({ length: 20 }, (_, index) => `quick ${index}`);
    for (const name of burst) people.enter(name);
    expect(burst.filter((name) => people.answers.has(name))).toEqual([]);
  });

  type Step = { kind: 'enter' } | { kind: 'turn' } | { kind: 'leave'; pick: number } | { kind: 'advance'; ms: number };
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.constant({ kind: 'enter' as const }),
    fc.constant({ kind: 'turn' as const }),
    fc.record({ kind: fc.constant('leave' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 1, max: 600 }) }),
  );

  it('whatever comes, serves in arrival order, never more than `concurrency` at once nor `perTurn` on one turn, keeps no more than `maxQueued` waiting, answers each once, and none after `maxWaitMs`', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 3 }), fc.array(step, { maxLength: 120 }), (concurrency, maxQueued, perTurn, steps) => {
        const maxWaitMs = 1000;
        const { clock, turn, advance } = manualClock();
        const line = admissionLine({ concurrency, maxQueued, maxWaitMs, perTurn }, clock);
        const people = clients(line);
        const entered: { name: string; at: number }[] = [];
        let now = 0;
        for (const next of steps) {
          if (next.kind === 'enter') {
            const name = String(entered.length);
            entered.push({ name, at: now });
            people.enter(name);
          } else if (next.kind === 'turn') {
            const servedBefore = people.served.length;
            turn();
            expect(people.served.length - servedBefore).toBeLessThanOrEqual(perTurn);
          } else if (next.kind === 'leave' && entered.length > 0) people.leave(entered[next.pick % entered.length]!.name);
          else if (next.kind === 'advance') {
            now += next.ms;
            advance(next.ms);
          }
          const { serving, waiting } = line.size();
          expect(serving).toBeLessThanOrEqual(concurrency);
          expect(waiting).toBeLessThanOrEqual(maxQueued);
          // Nobody still waiting has waited `maxWaitMs`.
          for (const { name, at } of entered) if (!people.answers.has(name)) expect(now - at).toBeLessThan(maxWaitMs);
        }
        // Turns went in the order of arrival.
        expect(people.served).toEqual([...people.served].sort((a, b) => Number(a) - Number(b)));
        // Once everyone served leaves, every one still waiting is served or refused in time.
        for (const name of people.served) people.leave(name);
        for (let round = 0; round < entered.length + 1; round++) {
          turn();
          for (const name of [...people.served]) people.leave(name);
        }
        expect(entered.filter(({ name }) => !people.answers.has(name))).toEqual([]);
        expect(line.size()).toEqual({ serving: 0, waiting: 0 });
      }),
    );
  });
});
