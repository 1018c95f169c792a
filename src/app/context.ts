import type { Store } from '../store/store';
import type { EventBus } from './event-bus';

export type Clock = () => Date;

export type AppContext = {
  store: Store;
  clock: Clock;
  events: EventBus;
};

/**
 * Who is acting: resolved once per request from a session cookie or an API token. `at` is the
 * server clock's instant when the request was resolved, so time-bound rights (delegations) are judged
 * by the same clock as everything else the request writes.
 */
export type Actor = { userId: string; isAdmin: boolean; at: string };

export function nowIso(ctx: AppContext): string {
  return ctx.clock().toISOString();
}
