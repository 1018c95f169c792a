import { describe, expect, it } from 'vitest';
import { neighbourSchemaVanished } from './store';

describe('a migration read that met a vanished schema', () => {
  const vanished = (schema: string) => ({ code: '3F000', message: `schema "${schema}" does not exist` });

  it('is tried again when the schema that vanished is a neighbour', () => {
    expect(neighbourSchemaVanished(vanished('t_other_run'), 't_this_run')).toBe(true);
  });

  it('fails when its own schema is missing, on another error, or on SQLite', () => {
    expect(neighbourSchemaVanished(vanished('t_this_run'), 't_this_run')).toBe(false);
    expect(neighbourSchemaVanished({ code: '42P01', message: 'relation "items" does not exist' }, 't_this_run')).toBe(false);
    expect(neighbourSchemaVanished(new Error('disk I/O error'), undefined)).toBe(false);
  });
});
