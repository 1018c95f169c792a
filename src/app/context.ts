import type { Store } from '../store/store';
import type { EventBus } from './event-bus';

export type Clock = () => Date;

export type AppContext = {
  store: Store;
  clock: Clock;
  events: EventBus;
};

/** Who is acting: resolved once per request from a session cookie or an API token. */
export type Actor = { userId: string; isAdmin: boolean };

export function nowIso(ctx: AppContext): string {
  return ctx.clock().toISOString();
}
