import { DEFAULT_DATABASE_URL } from '../store/store';

export type Config = {
  port: number;
  host: string;
  databaseUrl: string;
  publicUrl: string | null;
  sessionSecret: string | undefined;
  logLevel: string;
};

/** Configuration comes from the environment only (PRODUCT.md §8); a bad value stops the start with its name. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number (0-65535), not "${env.PORT}".`);
  if (env.PUBLIC_URL && !URL.canParse(env.PUBLIC_URL)) throw new Error(`PUBLIC_URL must be an absolute URL such as https://kanban.example.org, not "${env.PUBLIC_URL}".`);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_URL,
    publicUrl: env.PUBLIC_URL || null,
    sessionSecret: env.SESSION_SECRET || undefined,
    logLevel: env.LOG_LEVEL || 'info',
  };
}
