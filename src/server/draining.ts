import type { FastifyInstance, FastifyRequest } from 'fastify';
import { problem, sendProblem } from './problem';

/** What a client refused while the server drains should wait before trying again (another process, or this one restarted). */
export const DRAINING_RETRY_AFTER_SECONDS = 5;
/** How often, while draining, connections that went idle (their last answer sent) are closed. */
const IDLE_SWEEP_MS = 100;

/** Each draining server's requests in flight, for the shutdown to name those it cuts off. */
const requestsInFlight = new WeakMap<FastifyInstance, Set<FastifyRequest>>();

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
  const inFlight = new Set<FastifyRequest>();
  requestsInFlight.set(app, inFlight);
  app.addHook('preClose', async () => {
    draining = true;
    sweep = setInterval(() => app.server.closeIdleConnections(), IDLE_SWEEP_MS);
  });
  app.addHook('onClose', async () => clearInterval(sweep));
  app.addHook('onRequest', async (request, reply) => {
    if (!draining) {
      // A WebSocket's handshake stays "in flight" for the socket's life: sockets are closed, not cut off as requests.
      if (request.ws) return;
      inFlight.add(request);
      reply.raw.once('close', () => inFlight.delete(request));
      return;
    }
    reply.header('retry-after', String(DRAINING_RETRY_AFTER_SECONDS)).header('connection', 'close');
    return sendProblem(reply, problem('unavailable', `The server is shutting down; try again in ${DRAINING_RETRY_AFTER_SECONDS} seconds.`));
  });
}

/**
 * Closes a server that drains (registerDraining): the requests in flight get `graceMs` to finish, then whatever
 * still holds the server is cut off — their connections, and WebSockets whose closing handshake went unanswered.
 * Answers the requests that were cut off, each as its method and route ("POST /api/v1/boards/:id/items"): a path's
 * tokens and query (an invitation's, a sign-on's code) stay out of the log.
 */
export async function closeWithin(app: FastifyInstance, graceMs: number): Promise<string[]> {
  let cutOff: string[] = [];
  const deadline = setTimeout(() => {
    cutOff = [...(requestsInFlight.get(app) ?? [])].map((request) => `${request.method} ${request.routeOptions.url ?? '(no route)'}`);
    app.server.closeAllConnections();
    for (const socket of app.websocketServer.clients) socket.terminate();
  }, graceMs);
  try {
    await app.close();
  } finally {
    clearTimeout(deadline);
  }
  return cutOff;
}
