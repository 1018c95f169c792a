import { sessionSecret } from '../../app/accounts';
import { createEventBus } from '../../app/event-bus';
import { smtpMailer, startMailDispatcher } from '../../app/notification-mail';
import { buildServer } from '../../server/app';
import { configFromEnv } from '../../server/config';
import { migrate, openStore } from '../../store/store';

/** Runs the server until SIGINT/SIGTERM, then closes connections and the database cleanly. */
export async function serve(): Promise<number> {
  const config = configFromEnv();
  const store = await openStore(config.databaseUrl);
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
  });
  const mail = mailer ? startMailDispatcher(ctx, mailer, { publicUrl: config.publicUrl }) : null;
  await app.listen({ port: config.port, host: config.host });
  const database = store.dialect === 'sqlite' ? config.databaseUrl : 'PostgreSQL';
  app.log.info(`Portfolio Kanban on http://${config.host}:${config.port} (database: ${database})`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await mail?.stop();
  await ctx.events.close();
  await store.close();
  return 0;
}
