import type { AdmissionSettings } from './admission';

/** What the line needs of time, passed in so that tests can play a line out turn by turn. */
export type LineClock = {
  now(): number;
  /** Runs `work` on a later turn of the event loop, once what has arrived on the sockets meanwhile has been read. */
  nextTurn(work: () => void): void;
  /** Runs `work` in `ms` milliseconds; answers a function that cancels it. */
  after(ms: number, work: () => void): () => void;
};

export const EVENT_LOOP: LineClock = {
  now: () => performance.now(),
  nextTurn: (work) => void setImmediate(work),
  after: (ms, work) => {
    const timer = setTimeout(work, ms);
    return () => clearTimeout(timer);
  },
};

/** A turn, or why there is none: the line was too long, the wait would be or was too long, or the client left. */
export type Answer = { turn: true } | { turn: false; why: string };

export type AdmissionLine = {
  /**
   * Takes a place at the end of the line; `answer` is called once, with a turn or a refusal. Answers `leave`,
   * which gives the place up while waiting, or the turn back once served (whichever applies, once).
   */
  enter(answer: (answer: Answer) => void): () => void;
  /** How many are being served and how many wait. */
  size(): { serving: number; waiting: number };
};

/** Weight of the newest interval between turns in the line's estimate of how fast it moves. */
const SMOOTHING = 0.2;

type Waiter = { admit(): void; refuse(why: string): void };

/**
 * A first-in, first-out line for turns at something that serves `concurrency` at a time.
 *
 * Turns are given one per turn of the event loop, up to `perTurn` when the line is long. A read on SQLite runs to its answer without
 * giving the event loop back (the driver is synchronous), so a server that started every waiting request in one go
 * read no socket until all were answered, and accepted one new connection per round (libuv accepts one per turn):
 * with a hundred readers queued, a writer's connection stayed unaccepted for seconds, its request not even read,
 * let alone in line. Between two turns the server reads what has arrived, so the line holds requests in the order
 * they came. Several start on one turn of a long line all the same: writes on SQLite that start together commit
 * together, and a queue clears faster.
 *
 * A newcomer is refused at once when the line is full, or when the line, at the pace it has been moving, would
 * not reach it within `maxWaitMs`; one that has waited `maxWaitMs` all the same is refused then.
 */
export function admissionLine(settings: AdmissionSettings, clock: LineClock = EVENT_LOOP): AdmissionLine {
  let serving = 0;
  const waiting: Waiter[] = [];
  let turnBooked = false;
  /** When the last turn was given while others still waited, and to how many, so that the next turn measures the line's pace. */
  let lastTurn: { at: number; given: number } | null = null;
  /** Milliseconds per place the line moved while people waited: how fast it moves when it is long. */
  let pace = 0;

  function bookTurn(): void {
    if (turnBooked || waiting.length === 0 || serving >= settings.concurrency) return;
    turnBooked = true;
    clock.nextTurn(giveTurn);
  }

  function giveTurn(): void {
    turnBooked = false;
    // Several at once only when the line is long: writes that start together on SQLite commit together, which is
    // worth the wait of a group only when there is a queue to clear. A short line goes one per turn, each as soon
    // as can be.
    const batch = waiting.length >= 2 * settings.perTurn ? settings.perTurn : 1;
    let given = 0;
    for (; given < batch && serving < settings.concurrency && waiting.length > 0; given++) {
      serving++;
      waiting.shift()!.admit();
    }
    if (given === 0) return;
    const now = clock.now();
    if (lastTurn !== null) pace += (pace === 0 ? 1 : SMOOTHING) * ((now - lastTurn.at) / lastTurn.given - pace);
    lastTurn = { at: now, given };
    // A line that has emptied says nothing of how fast the next one will move.
    if (waiting.length === 0) [lastTurn, pace] = [null, 0];
    bookTurn();
  }

  function enter(answer: (answer: Answer) => void): () => void {
    let state: 'waiting' | 'served' | 'gone' = 'waiting';
    const refuse = (why: string) => {
      state = 'gone';
      answer({ turn: false, why });
    };
    if (waiting.length >= settings.maxQueued) {
      refuse(`${waiting.length} requests are waiting`);
      return () => {};
    }
    const expectedMs = (waiting.length + (serving >= settings.concurrency ? 1 : 0)) * pace;
    if (expectedMs > settings.maxWaitMs) {
      refuse(`its turn would come in about ${(expectedMs / 1000).toFixed(1)} seconds`);
      return () => {};
    }
    const waiter: Waiter = {
      admit: () => {
        cancelTimeout();
        state = 'served';
        answer({ turn: true });
      },
      refuse: (why) => {
        cancelTimeout();
        waiting.splice(waiting.indexOf(waiter), 1);
        refuse(why);
      },
    };
    const cancelTimeout = clock.after(settings.maxWaitMs, () => waiter.refuse(`it waited ${settings.maxWaitMs} ms for its turn`));
    waiting.push(waiter);
    bookTurn();
    return () => {
      if (state === 'waiting') waiter.refuse('the client left');
      else if (state === 'served') {
        state = 'gone';
        serving--;
        bookTurn();
      }
    };
  }

  return { enter, size: () => ({ serving, waiting: waiting.length }) };
}
