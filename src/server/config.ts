import { DEFAULT_BOARD_CACHE_MB } from '../app/board-snapshots';
import { DEFAULT_FLOW_CACHE_MB } from '../app/flow-history-cache';
import { DEFAULT_MARKDOWN_CACHE_MB } from '../app/item-model';
import { DEFAULT_DATABASE_URL, DEFAULT_SQLITE_CACHE_MB, openStore, parseDatabaseUrl, type Store } from '../store/store';
import { defaultAdmission, type AdmissionSettings } from './admission';
import type { OidcSettings } from './oidc';

export type Config = {
  port: number;
  host: string;
  databaseUrl: string;
  publicUrl: string | null;
  sessionSecret: string | undefined;
  logLevel: string;
  oidc: OidcSettings | null;
  /** E-mail copies of notifications: on when SMTP_URL is set (`smtp://user:pass@host:587`, `smtps://…`). */
  mail: { smtpUrl: string; from: string } | null;
  /** How long a shutdown waits for the requests in flight before cutting them off. */
  shutdownGraceMs: number;
  /** How many API requests run at once, and how many wait how long before 503 `overloaded`. */
  admission: AdmissionSettings;
  /** BOARD_CACHE_MB: most megabytes of serialized boards kept for quick loads. */
  boardCacheMb: number;
  /** FLOW_CACHE_MB: most megabytes of boards' flow histories (and their replays) kept for metrics and forecasts. */
  flowCacheMb: number;
  /** MARKDOWN_CACHE_MB: most megabytes of rendered item descriptions kept. */
  markdownCacheMb: number;
  /** SQLITE_CACHE_MB: most megabytes of database pages SQLite keeps in the process. */
  sqliteCacheMb: number;
};

const OIDC_VARIABLES = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;

/** Single sign-on is on when all three variables are set; some of them only is a mistake worth stopping for. */
function oidcFromEnv(env: NodeJS.ProcessEnv): OidcSettings | null {
  const missing = OIDC_VARIABLES.filter((name) => !env[name]);
  if (missing.length === OIDC_VARIABLES.length) return null;
  if (missing.length > 0) throw new Error(`Single sign-on needs ${OIDC_VARIABLES.join(', ')}; ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set.`);
  const issuer = env.OIDC_ISSUER!;
  if (!URL.canParse(issuer) || !issuer.startsWith('https://')) throw new Error(`OIDC_ISSUER must be the provider's https:// issuer URL, such as https://login.example.org/realms/main, not "${issuer}".`);
  return { issuer, clientId: env.OIDC_CLIENT_ID!, clientSecret: env.OIDC_CLIENT_SECRET! };
}

/** A whole number of at least 1 from the environment, or the default when unset. */
function countFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  if (env[name] === undefined || env[name] === '') return fallback;
  const value = Number(env[name]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1, not "${env[name]}".`);
  return value;
}

/** Megabytes (0 or more) from the environment, or the default when unset. */
function megabytesFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number of megabytes (0 or more), not "${env[name]}".`);
  return value;
}

function admissionFromEnv(env: NodeJS.ProcessEnv, databaseUrl: string): AdmissionSettings {
  const defaults = defaultAdmission(parseDatabaseUrl(databaseUrl).dialect);
  const waitSeconds = Number(env.REQUEST_QUEUE_WAIT_SECONDS ?? defaults.maxWaitMs / 1000);
  if (!Number.isFinite(waitSeconds) || waitSeconds <= 0) throw new Error(`REQUEST_QUEUE_WAIT_SECONDS must be a number of seconds above 0, not "${env.REQUEST_QUEUE_WAIT_SECONDS}".`);
  return {
    ...defaults,
    concurrency: countFromEnv(env, 'REQUEST_CONCURRENCY', defaults.concurrency),
    maxQueued: countFromEnv(env, 'REQUEST_QUEUE_LENGTH', defaults.maxQueued),
    maxWaitMs: waitSeconds * 1000,
  };
}

/** How long a shutdown gives the requests in flight by default (SHUTDOWN_GRACE_SECONDS). */
export const DEFAULT_SHUTDOWN_GRACE_SECONDS = 10;

/** Configuration comes from the environment only (PRODUCT.md §8); a bad value stops the start with its name. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number (0-65535), not "${env.PORT}".`);
  const shutdownGraceSeconds = Number(env.SHUTDOWN_GRACE_SECONDS ?? DEFAULT_SHUTDOWN_GRACE_SECONDS);
  if (!Number.isFinite(shutdownGraceSeconds) || shutdownGraceSeconds < 0) throw new Error(`SHUTDOWN_GRACE_SECONDS must be a number of seconds (0 or more), not "${env.SHUTDOWN_GRACE_SECONDS}".`);
  const databaseUrl = env.DATABASE_URL || DEFAULT_DATABASE_URL;
  if (env.PUBLIC_URL && !URL.canParse(env.PUBLIC_URL)) throw new Error(`PUBLIC_URL must be an absolute URL such as https://kanban.example.org, not "${env.PUBLIC_URL}".`);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    publicUrl: env.PUBLIC_URL || null,
    sessionSecret: env.SESSION_SECRET || undefined,
    logLevel: env.LOG_LEVEL || 'info',
    oidc: oidcFromEnv(env),
    shutdownGraceMs: shutdownGraceSeconds * 1000,
    admission: admissionFromEnv(env, databaseUrl),
    boardCacheMb: megabytesFromEnv(env, 'BOARD_CACHE_MB', DEFAULT_BOARD_CACHE_MB),
    flowCacheMb: megabytesFromEnv(env, 'FLOW_CACHE_MB', DEFAULT_FLOW_CACHE_MB),
    markdownCacheMb: megabytesFromEnv(env, 'MARKDOWN_CACHE_MB', DEFAULT_MARKDOWN_CACHE_MB),
    sqliteCacheMb: megabytesFromEnv(env, 'SQLITE_CACHE_MB', DEFAULT_SQLITE_CACHE_MB),
    mail: env.SMTP_URL ? { smtpUrl: env.SMTP_URL, from: env.SMTP_FROM || 'Portfolio Kanban <portfolio-kanban@localhost>' } : null,
  };
}

/** The database DATABASE_URL names, opened with the settings that shape it (SQLITE_CACHE_MB): what every command opens. */
export function openConfiguredStore(config: Pick<Config, 'databaseUrl' | 'sqliteCacheMb'>): Promise<Store> {
  return openStore(config.databaseUrl, { sqliteCacheMb: config.sqliteCacheMb });
}
