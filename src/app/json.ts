/** Structured fields are stored as JSON text so that one schema serves SQLite and PostgreSQL. */
export function readJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

export function writeJson(value: unknown): string {
  return JSON.stringify(value);
}
