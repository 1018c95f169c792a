import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../src/app/context';
import type { Mailer } from '../../src/app/notification-mail';
import { createEventBus } from '../../src/app/event-bus';
import { defaultAdmission, type AdmissionSettings } from '../../src/server/admission';
import { buildServer } from '../../src/server/app';
import { DEFAULT_SHUTDOWN_GRACE_SECONDS } from '../../src/server/config';
import { closeWithin } from '../../src/server/draining';
import type { OidcSettings } from '../../src/server/oidc';
import { migrate, openStore, type Store } from '../../src/store/store';
import { createDatabase, type DATABASES, type TestDatabase } from './databases';

export type TestServer = {
  baseUrl: string;
  /** The database this server uses, so that a second server process can share it. */
  databaseUrl: string;
  store: Store;
  ctx: AppContext;
  /** Moves the server's clock; by default it follows real time. */
  setNow(date: Date | null): void;
  close(): Promise<void>;
};

/**
 * Requests take their turn as in production, but on a test machine shared by many processes a turn may come late:
 * a test server waits long rather than answer 503 to a test that does not expect it (test/api-overload.test.ts sets its own).
 */
const patientAdmission = (database: (typeof DATABASES)[number]): AdmissionSettings => ({ ...defaultAdmission(database), maxWaitMs: 60_000 });

/** As long as production gives the requests in flight when it stops. */
const CLOSING_GRACE_MS = DEFAULT_SHUTDOWN_GRACE_SECONDS * 1000;

/**
 * The real server on an ephemeral port over a fresh database: tests talk HTTP to it like any client.
 * `sharing` starts another server on an existing server's database (several processes behind a balancer).
 */
export async function startServer(database: (typeof DATABASES)[number], options: { loginRateLimit?: number; sharing?: TestServer; oidc?: OidcSettings; publicUrl?: string; mailer?: Mailer; accessRecheckMs?: number; webhooks?: boolean; admission?: AdmissionSettings; reviewReminders?: boolean; plainAnswers?: boolean } = {}): Promise<TestServer> {
  const db: TestDatabase = options.sharing ? { name: database, url: options.sharing.databaseUrl, drop: async () => {} } : await createDatabase(database);
  const store = await openStore(db.url);
  await migrate(store);
  let fixedNow: Date | null = null;
  const ctx: AppContext = { store, clock: () => fixedNow ?? new Date(), events: await createEventBus(store, db.url) };
  const app: FastifyInstance = await buildServer({
    ctx, sessionSecret: 'test-secret', logLevel: 'silent', loginRateLimit: options.loginRateLimit ?? 1000, oidc: options.oidc ?? null, publicUrl: options.publicUrl ?? null,
    mailer: options.mailer ?? null, ...(options.accessRecheckMs ? { accessRecheckMs: options.accessRecheckMs } : {}), webhooks: options.webhooks ? { intervalMs: 50 } : null,
    admission: options.admission ?? patientAdmission(database),
    reviewReminders: options.reviewReminders ? { intervalMs: 50 } : null,
    plainAnswers: options.plainAnswers ?? false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server did not bind a TCP port');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    databaseUrl: db.url,
    store,
    ctx,
    setNow: (date) => {
      fixedNow = date;
    },
    close: async () => {
      const cutOff = await closeWithin(app, CLOSING_GRACE_MS);
      // Not a failure of the test that ends (it has passed or failed on its own), but worth a look when it recurs.
      if (cutOff.length > 0) console.warn(`the test server cut off requests still in flight ${CLOSING_GRACE_MS} ms after closing began: ${cutOff.join(', ')}`);
      await ctx.events.close();
      await store.close();
      await db.drop();
    },
  };
}
