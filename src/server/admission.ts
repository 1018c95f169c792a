import type { FastifyInstance, FastifyReply } from 'fastify';
import { problem, sendProblem } from './problem';

export type AdmissionSettings = {
  /** How many API requests are handled at once; the next wait their turn. */
  concurrency: number;
  /** How many may wait; one more is refused at once. */
  maxQueued: number;
  /** How long one may wait before it is refused rather than left hanging. */
  maxWaitMs: number;
};

/**
 * The database serves best a few requests at a time (SQLite one transaction at a time, PostgreSQL its pool):
 * ten at once, up to 500 waiting, none waiting more than 3 seconds.
 */
export const DEFAULT_ADMISSION: AdmissionSettings = { concurrency: 10, maxQueued: 500, maxWaitMs: 3000 };

type Waiter = { admit: () => void; leave: () => void };

/**
 * A first-in, first-out turnstile in front of every API request, readers and writers in one line: requests are
 * served in the order they arrived, so a stream of reads cannot starve the writes behind it (nor the reverse).
 * When the line is full, or a request has waited `maxWaitMs`, it is answered at once with 503 `overloaded` and
 * Retry-After instead of waiting on. A request takes its turn as its headers arrive, so that authentication
 * (a database read) waits in line too, and gives it back when its answer is sent or its connection closes.
 * Board WebSockets are long-lived and take no turn.
 */
export function registerAdmission(app: FastifyInstance, settings: AdmissionSettings): void {
  let running = 0;
  const queue: Waiter[] = [];
  const retryAfterSeconds = Math.max(1, Math.ceil(settings.maxWaitMs / 1000));

  function next(): void {
    while (running < settings.concurrency && queue.length > 0) {
      running++;
      queue[0]!.admit();
    }
  }

  function overloaded(reply: FastifyReply, why: string) {
    reply.header('retry-after', String(retryAfterSeconds));
    return sendProblem(reply, problem('overloaded', `The server is too busy to answer now (${why}); try again in ${retryAfterSeconds} seconds.`));
  }

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/') || request.headers.upgrade?.toLowerCase() === 'websocket') return;
    // The turn is given back once, when the answer is sent or the connection closes (a response emits 'close' either way).
    const holdTurn = () => {
      const release = () => {
        running--;
        next();
      };
      if (reply.raw.destroyed) release();
      else reply.raw.once('close', release);
    };
    if (running < settings.concurrency && queue.length === 0) {
      running++;
      return holdTurn();
    }
    if (queue.length >= settings.maxQueued) return overloaded(reply, `${queue.length} requests are waiting`);
    const admitted = await new Promise<boolean>((resolve) => {
      const waiter: Waiter = { admit: () => settle(true), leave: () => settle(false) };
      const settle = (turn: boolean) => {
        clearTimeout(timer);
        reply.raw.off('close', waiter.leave);
        const index = queue.indexOf(waiter);
        if (index >= 0) queue.splice(index, 1);
        resolve(turn);
      };
      const timer = setTimeout(waiter.leave, settings.maxWaitMs);
      // A client that gives up while waiting leaves the line.
      reply.raw.once('close', waiter.leave);
      queue.push(waiter);
    });
    if (!admitted) return overloaded(reply, `it waited ${settings.maxWaitMs} ms for its turn`);
    holdTurn();
  });
}
