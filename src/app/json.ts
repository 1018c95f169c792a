import { byteBoundedCache } from './byte-bounded-cache';

/** Structured fields are stored as JSON text so that one schema serves SQLite and PostgreSQL. */
export function readJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

export function writeJson(value: unknown): string {
  return JSON.stringify(value);
}

/** A few hundred columns' and roles' texts: what the writes of a busy server read over and over. */
const SHARED_JSON_BYTES = 2 ** 20;
const sharedValues = byteBoundedCache<string, unknown>(() => SHARED_JSON_BYTES);

function deepFrozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const field of Object.values(value)) deepFrozen(field);
    Object.freeze(value);
  }
  return value;
}

/**
 * readJson for texts that nearly every request reads again unchanged (a board's columns and a portfolio's roles,
 * which every move reads): each text is parsed once and its value shared, frozen so that no reader changes it for
 * the others. Parsing them on every move was a twentieth of a move's time on SQLite.
 */
export function readSharedJson<T>(text: string): T {
  const kept = sharedValues.get(text);
  if (kept !== undefined) return kept as T;
  const value = deepFrozen(readJson<T>(text));
  // A text's characters, twice: the key, and the value parsed from it.
  sharedValues.set(text, value, text.length * 4);
  return value;
}
