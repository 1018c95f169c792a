import { CompiledQuery } from 'kysely';
import { describe, expect, it } from 'vitest';
import { preparedStatementName, shapeNamer } from './precompiled';

describe('statements of few shapes', () => {
  it('are named once per text, for connections to prepare, up to a bound', () => {
    // A namer of its own, with a bound of its own: the server's (ofFewShapes) is left to the tests that write.
    const ofTestShapes = shapeNamer(3);
    // Texts of this run alone: the registry of names outlives a test file in the shared worker, and a repeated run.
    const run = Math.random().toString(36).slice(2);
    const shape = (n: number) => CompiledQuery.raw(`select ${n} as shape_${run} where 1 = $1`, [1]);
    expect(preparedStatementName(shape(0).sql)).toBeUndefined();
    const query = shape(0);
    expect(ofTestShapes(query)).toBe(query);
    const name = preparedStatementName(query.sql);
    expect(name).toMatch(/^pk_shape_\d+$/);
    ofTestShapes(shape(0));
    expect(preparedStatementName(shape(0).sql)).toBe(name);

    const names = [1, 2, 3].map((n) => preparedStatementName(ofTestShapes(shape(n)).sql));
    expect(names.slice(0, 2)).toEqual([expect.stringMatching(/^pk_shape_\d+$/), expect.stringMatching(/^pk_shape_\d+$/)]);
    expect(new Set([name, ...names.slice(0, 2)]).size).toBe(3);
    expect(names[2]).toBeUndefined();
    expect(preparedStatementName(shape(0).sql)).toBe(name);
  });
});
