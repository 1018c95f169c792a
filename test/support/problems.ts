import { expect } from 'vitest';
import type { Response } from './client';

/**
 * Asserts an error answer as PRODUCT.md §6 fixes it: the status, the problem+json content type and
 * the members every problem document carries. Returns the body for further assertions.
 */
export function expectProblem(response: Response, status: number, code: string): Record<string, any> {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  expect(response.body).toMatchObject({ type: expect.any(String), title: expect.any(String), status, detail: expect.any(String), code });
  return response.body;
}

/** The fields a validation problem names, in the order it names them. */
export function fieldsOf(problem: Record<string, any>): string[] {
  return (problem.errors as { field: string }[]).map((error) => error.field);
}
