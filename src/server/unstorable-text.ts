import type { FastifyRequest } from 'fastify';
import { validationError } from '../domain/errors';
import type { FieldError } from '../domain/errors';

/** PostgreSQL's text cannot hold U+0000 (SQLite's can): refusing it everywhere gives both databases the same answer. */
const NUL = '\u0000';
/** Enough to name the problem; a body full of them needs no longer list. */
const MAX_NAMED = 20;

function pathOf(parent: string, key: string | number): string {
  return typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;
}

/**
 * The fields of a request's path, query and body whose text holds a NUL character, named as validation
 * errors name fields (`items[3].title`). Walked with a stack, not by recursion: any depth of nesting
 * that the JSON parser accepted is walked without exhausting the call stack.
 */
export function fieldsWithNul(parts: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  const stack: { path: string; value: unknown }[] = Object.entries(parts).map(([path, value]) => ({ path, value }));
  while (stack.length > 0 && errors.length < MAX_NAMED) {
    const { path, value } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes(NUL)) errors.push({ field: path, message: 'must not contain the NUL character (U+0000)' });
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) stack.push({ path: pathOf(path, index), value: value[index] });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value).reverse()) {
        if (key.includes(NUL)) errors.push({ field: pathOf(path, key), message: 'names a field with the NUL character (U+0000)' });
        else stack.push({ path: pathOf(path, key), value: child });
      }
    }
  }
  return errors;
}

/** A preValidation hook: the path and query keep their own names (`id`), the body's fields theirs. */
export async function refuseNulCharacters(request: FastifyRequest): Promise<void> {
  const errors = [
    ...fieldsWithNul({ ...(request.params as object), ...(request.query as object) }),
    ...(request.body === undefined ? [] : fieldsWithNul({ '': request.body })),
  ];
  if (errors.length > 0) throw validationError(errors.map((e) => ({ ...e, field: e.field || 'body' })));
}
