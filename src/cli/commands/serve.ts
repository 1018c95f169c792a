import { sessionSecret } from '../../app/accounts';
import { limitBoardCache } from '../../app/board-snapshots';
import { createEventBus } from '../../app/event-bus';
import { discardAbandonedStagings } from '../../app/import-staging';
import { limitFlowCache } from '../../app/flow-history-cache';
import { limitMarkdownCache } from '../../app/item-model';
import { smtpMailer, startMailDispatcher } from '../../app/notification-mail';
import { buildServer } from '../../server/app';
import { closeWithin } from '../../server/draining';
import { configFromEnv, openConfiguredStore } from '../../server/config';
import { migrate } from '../../store/store';

/**
 * Runs the server until SIGINT/SIGTERM, then shuts down within `SHUTDOWN_GRACE_MS`: no new connections,
 * idle keep-alive connections and board WebSockets closed, LISTEN stopped, requests in flight finished
 * (their connections closed after the answer); what still runs at the deadline is cut off.
 */
export async function serve(): Promise<number> {
  const config = configFromEnv();
  limitBoardCache(config.boardCacheMb);
  limitFlowCache(config.flowCacheMb);
  limitMarkdownCache(config.markdownCacheMb);
  const store = await openConfiguredStore(config);
  await migrate(store);
  const ctx = { store, clock: () => new Date(), events: await createEventBus(store, config.databaseUrl) };
  const mailer = config.mail ? smtpMailer(config.mail.smtpUrl, config.mail.from) : null;
  const app = await buildServer({
    ctx,
    sessionSecret: await sessionSecret(ctx, config.sessionSecret),
    secureCookies: config.publicUrl?.startsWith('https://') ?? false,
    logLevel: config.logLevel,
    publicUrl: config.publicUrl,
    oidc: config.oidc,
    mailer,
    admission: config.admission,
  });
  const mail = mailer ? startMailDispatcher(ctx, mailer, { publicUrl: config.publicUrl }) : null;
  await app.listen({ port: config.port, host: config.host });
  const database = store.dialect === 'sqlite' ? config.databaseUrl : 'PostgreSQL';
  const address = app.server.address();
  const port = address && typeof address === 'object' ? address.port : config.port;
  app.log.info(`Portfolio Kanban on http://${config.host}:${port} (database: ${database})`);
  // Imports cut short by the previous run left hidden rows only: they go now, while requests are served.
  void discardAbandonedStagings(ctx, { serverStarting: true }).catch((error: unknown) => app.log.error({ err: error }, 'abandoned imports could not be discarded yet'));
  const signal = await new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  app.log.info(`${signal}: draining requests in flight for up to ${config.shutdownGraceMs} ms`);
  // Past the deadline the process exits whatever still holds it.
  setTimeout(() => process.exit(1), config.shutdownGraceMs + 2000).unref();
  const [cutOff] = await Promise.all([closeWithin(app, config.shutdownGraceMs), ctx.events.close(), mail?.stop()]);
  if (cutOff.length > 0) app.log.warn({ requests: cutOff }, `requests still in flight after ${config.shutdownGraceMs} ms were cut off: ${cutOff.length}`);
  await store.close();
  return 0;
}
