import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export type ScryptParameters = { N: number; r: number; p: number };

/** OWASP's Password Storage Cheat Sheet: scrypt with N=2^17, r=8, p=1 (128 MiB and about half a second of one core per hash). */
export const OWASP_SCRYPT_PARAMETERS: ScryptParameters = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 64;
/** Hashes with a larger cost than this (say, from a tampered backup) are refused rather than allowed to exhaust memory. */
const MAX_COST_LOG2 = 20;

/**
 * The cost of new hashes: OWASP's, unless `SCRYPT_COST` (log2 of N) lowers it. Only the test suite sets it,
 * where hundreds of accounts are made and the cost itself is not under test.
 */
export function scryptParametersFrom(env: NodeJS.ProcessEnv): ScryptParameters {
  if (!env.SCRYPT_COST) return OWASP_SCRYPT_PARAMETERS;
  const log2 = Number(env.SCRYPT_COST);
  if (!Number.isInteger(log2) || log2 < 10 || log2 > MAX_COST_LOG2) throw new Error(`SCRYPT_COST must be log2 of scrypt's N, an integer from 10 to ${MAX_COST_LOG2}, not "${env.SCRYPT_COST}".`);
  return { ...OWASP_SCRYPT_PARAMETERS, N: 2 ** log2 };
}

const CURRENT = scryptParametersFrom(process.env);

function derive(password: string, salt: Buffer, { N, r, p }: ScryptParameters): Promise<Buffer> {
  if (!(N >= 2 && N <= 2 ** MAX_COST_LOG2 && r >= 1 && r <= 32 && p >= 1 && p <= 16)) return Promise.reject(new Error(`scrypt parameters out of range: N=${N}, r=${r}, p=${p}`));
  // scrypt needs 128·N·r bytes; Node refuses anything above 32 MiB unless told otherwise.
  const maxmem = 2 * 128 * N * r;
  return new Promise((resolve, reject) => scrypt(password, salt, KEY_LENGTH, { N, r, p, maxmem }, (error, key) => (error ? reject(error) : resolve(key))));
}

type StoredHash = { parameters: ScryptParameters; salt: Buffer; hash: Buffer };

function parseHash(stored: string): StoredHash | null {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return null;
  return { parameters: { N: Number(n), r: Number(r), p: Number(p) }, salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64') };
}

/** `scrypt$N$r$p$salt$hash`: the parameters travel with the hash so they can be raised later. */
export async function hashPassword(password: string, parameters: ScryptParameters = CURRENT): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, parameters);
  return ['scrypt', parameters.N, parameters.r, parameters.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.parameters);
  return key.length === parsed.hash.length && timingSafeEqual(key, parsed.hash);
}

/** A hash made with other parameters than today's is made again at the next sign-in, when the password is at hand. */
export function needsRehash(stored: string): boolean {
  const parameters = parseHash(stored)?.parameters;
  return !parameters || parameters.N !== CURRENT.N || parameters.r !== CURRENT.r || parameters.p !== CURRENT.p;
}

/** A password hash no password matches, so unknown e-mails cost the same time as wrong passwords. */
export const UNMATCHABLE_HASH = `scrypt$${CURRENT.N}$${CURRENT.r}$${CURRENT.p}$${randomBytes(16).toString('base64')}$${randomBytes(KEY_LENGTH).toString('base64')}`;
