import type { FastifyInstance } from 'fastify';
import { problem, sendProblem } from './problem';

/** What a client refused while the server drains should wait before trying again (another process, or this one restarted). */
export const DRAINING_RETRY_AFTER_SECONDS = 5;
/** How often, while draining, connections that went idle (their last answer sent) are closed. */
const IDLE_SWEEP_MS = 100;

/**
 * From the moment the server starts closing, new connections are refused (the listener closes), and a
 * request that still reaches it on a connection opened before (pipelined, or sent as closing began) is
 * answered 503 `unavailable` with Retry-After, as a problem document like every other refusal, and its
 * connection closed. Requests already being handled finish; their connections close once idle, instead
 * of lingering for the keep-alive timeout and holding the process up.
 */
export function registerDraining(app: FastifyInstance): void {
  let draining = false;
  let sweep: NodeJS.Timeout | undefined;
  app.addHook('preClose', async () => {
    draining = true;
    sweep = setInterval(() => app.server.closeIdleConnections(), IDLE_SWEEP_MS);
  });
  app.addHook('onClose', async () => clearInterval(sweep));
  app.addHook('onRequest', async (_request, reply) => {
    if (!draining) return;
    reply.header('retry-after', String(DRAINING_RETRY_AFTER_SECONDS)).header('connection', 'close');
    return sendProblem(reply, problem('unavailable', `The server is shutting down; try again in ${DRAINING_RETRY_AFTER_SECONDS} seconds.`));
  });
}
