import { CompiledQuery } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MOST_SHAPES_NAMED, ofFewShapes, preparedStatementName } from './precompiled';

describe('statements of few shapes', () => {
  it('are named once per text, for connections to prepare, up to a bound', () => {
    const shape = (n: number) => CompiledQuery.raw(`select ${n} as shape_of_a_test where 1 = $1`, [1]);
    expect(preparedStatementName(shape(0).sql)).toBeUndefined();
    const query = shape(0);
    expect(ofFewShapes(query)).toBe(query);
    const name = preparedStatementName(query.sql);
    expect(name).toMatch(/^pk_shape_\d+$/);
    ofFewShapes(shape(0));
    expect(preparedStatementName(shape(0).sql)).toBe(name);

    const names = Array.from({ length: MOST_SHAPES_NAMED }, (_, index) => preparedStatementName(ofFewShapes(shape(index + 1)).sql));
    expect(new Set(names.filter(Boolean)).size).toBeLessThan(MOST_SHAPES_NAMED);
    expect(names.at(-1)).toBeUndefined();
    expect(preparedStatementName(shape(0).sql)).toBe(name);
  });
});
