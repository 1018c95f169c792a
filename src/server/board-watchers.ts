import type { WebSocket } from '@fastify/websocket';
import type { FastifyRequest } from 'fastify';
import { boardAccess } from '../app/boards';
import type { AppContext } from '../app/context';
import type { AccessChange } from '../app/event-bus';
import { DomainError } from '../domain/errors';
import { resolveActor } from './auth';

/** Close codes of a board's WebSocket whose access ended, after the HTTP statuses they stand for. */
export const CLOSE_SIGNED_OUT = 4401;
export const CLOSE_FORBIDDEN = 4403;

/** Every this often, each open socket checks its access again: what no announced change covers (a delegation running out, a session expiring) ends by then. */
export const DEFAULT_ACCESS_RECHECK_MS = 60_000;

export type BoardWatch = { socket: WebSocket; request: FastifyRequest; userId: string; portfolioId: string; boardId: string };

/** Why the socket's access has ended, judged exactly as its handshake was: the same credential, then `view` on the board. */
async function withdrawal(ctx: AppContext, watch: BoardWatch): Promise<{ code: number; reason: string } | null> {
  const actor = await resolveActor(ctx, watch.request).catch((error: unknown) => {
    if (error instanceof DomainError) return null;
    throw error;
  });
  if (!actor || actor.userId !== watch.userId) return { code: CLOSE_SIGNED_OUT, reason: 'The session or API token has ended; sign in again.' };
  try {
    await boardAccess(ctx.store.db, actor, watch.boardId, 'view');
    return null;
  } catch (error) {
    if (error instanceof DomainError) return { code: CLOSE_FORBIDDEN, reason: 'You may no longer view this board.' };
    throw error;
  }
}

function concerns(change: AccessChange, watch: BoardWatch): boolean {
  return 'userId' in change ? change.userId === watch.userId : change.portfolioId === watch.portfolioId;
}

/**
 * The open board sockets of this process. Each one checks its access again when a change that may have
 * withdrawn it is announced (from any process), and periodically: a socket whose access has ended is closed.
 */
export function boardWatchers(ctx: AppContext, recheckMs: number) {
  const watches = new Set<BoardWatch>();

  const recheck = async (watch: BoardWatch) => {
    if (!watches.has(watch)) return;
    // A check that cannot be made (the database away) closes too: the client reconnects and is judged afresh.
    const ended = await withdrawal(ctx, watch).catch(() => ({ code: 1011, reason: 'Access could not be checked; reconnect.' }));
    if (ended && watches.delete(watch)) watch.socket.close(ended.code, ended.reason);
  };
  // One socket after the other: a change concerning thousands of sockets must not take every database connection.
  const recheckWhere = async (selected: (watch: BoardWatch) => boolean) => {
    for (const watch of [...watches].filter(selected)) await recheck(watch);
  };

  const stopListening = ctx.events.onAccessChange((change) => void recheckWhere((watch) => concerns(change, watch)));
  const timer = setInterval(() => void recheckWhere(() => true), recheckMs);
  timer.unref();

  return {
    add(watch: BoardWatch): () => void {
      watches.add(watch);
      return () => void watches.delete(watch);
    },
    close() {
      stopListening();
      clearInterval(timer);
    },
  };
}
