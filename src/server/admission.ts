import type { FastifyInstance, FastifyReply } from 'fastify';
import { GROUP_SIZE } from '../app/commit-groups';
import type { Dialect } from '../store/dialect';
import { admissionLine, type Answer } from './admission-line';
import { problem, sendProblem } from './problem';

export type AdmissionSettings = {
  /** How many API requests are handled at once; the next wait their turn. */
  concurrency: number;
  /** How many may wait; one more is refused at once. */
  maxQueued: number;
  /** How long one may wait before it is refused rather than left hanging. */
  maxWaitMs: number;
  /** How many waiting requests start on one turn of the event loop once at least twice as many wait; one otherwise. */
  perTurn: number;
};

/**
 * Up to 500 waiting, none more than 3 seconds, eight starting on a turn of the event loop when sixteen wait.
 * PostgreSQL serves ten at once, as many as its pool has connections. On SQLite the writes that start on one turn
 * commit together (commit-groups.ts), and as many are served at once as one commit takes in, so that a group can fill.
 */
export function defaultAdmission(dialect: Dialect): AdmissionSettings {
  return { concurrency: dialect === 'sqlite' ? GROUP_SIZE : 10, maxQueued: 500, maxWaitMs: 3000, perTurn: 8 };
}

/**
 * Every API request waits its turn in one first-in, first-out line, readers and writers alike (admission-line.ts):
 * requests are served in the order they arrived, so a stream of reads cannot starve the writes behind it (nor the
 * reverse). When the line is full, or would not reach a request within `maxWaitMs`, or has kept it waiting that
 * long, it is answered at once with 503 `overloaded` and Retry-After instead of waiting on. A request takes its
 * place as its headers arrive, so that authentication (a database read) waits in line too, and gives its turn back
 * when its answer is sent or its connection closes. Board WebSockets are long-lived and take no turn.
 */
export function registerAdmission(app: FastifyInstance, settings: AdmissionSettings): void {
  const line = admissionLine(settings);
  const retryAfterSeconds = Math.max(1, Math.ceil(settings.maxWaitMs / 1000));

  function overloaded(reply: FastifyReply, why: string) {
    reply.header('retry-after', String(retryAfterSeconds));
    // The client comes back on a new connection, behind those already waiting to be accepted (the server accepts
    // one per turn of its event loop): one that retries at once cannot take every turn from them.
    reply.header('connection', 'close');
    return sendProblem(reply, problem('overloaded', `The server is too busy to answer now (${why}); try again in ${retryAfterSeconds} seconds.`));
  }

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/') || request.headers.upgrade?.toLowerCase() === 'websocket') return;
    const answer = await new Promise<Answer>((resolve) => {
      const leave = line.enter(resolve);
      // A response emits 'close' once, when its answer is sent or its connection closes: a client that gives up
      // while waiting leaves the line, and a served request gives its turn back.
      if (reply.raw.destroyed) leave();
      else reply.raw.once('close', leave);
    });
    if (!answer.turn) return overloaded(reply, answer.why);
  });
}
