import { describe, expect, it } from 'vitest';
import { explain, ProblemError, type Problem } from './http';

const refusal = (problem: Partial<Problem>) => new ProblemError({ type: 'about:blank', title: 'Invalid request', status: 400, detail: 'One field of the body needs a change: dueDate must be a date.', code: 'validation_failed', ...problem } as Problem);

describe('explain', () => {
  it('names each invalid field as a person would, with what it needs', () => {
    const error = refusal({ errors: [{ field: 'title', message: 'must not be blank' }, { field: 'wsjf.jobSize', message: 'must be one of: 1, 2, 3' }, { field: 'tags[1]', message: 'must not be empty' }] } as never);
    expect(explain(error)).toBe('Title must not be blank. Job size must be one of: 1, 2, 3. Tags must not be empty.');
    expect(explain(refusal({ errors: [{ field: 'dueDate', message: 'must be a date such as 2027-01-31' }] } as never))).toBe('Due date must be a date such as 2027-01-31.');
    expect(explain(refusal({ errors: [{ field: '', message: 'send at least one field to change' }] } as never))).toBe('Send at least one field to change.');
    expect(explain(refusal({ errors: [{ field: 'until', message: 'must be a day.' }, { field: 'items', message: 'must be 1 or more.' }] } as never))).toBe('Until must be a day. Items must be 1 or more.');
  });

  it('tells any other refusal by its detail', () => {
    expect(explain(refusal({ code: 'forbidden', status: 403, detail: 'This needs someone who may edit items.' }))).toBe('This needs someone who may edit items.');
  });
});
