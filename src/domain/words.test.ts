import { describe, expect, it } from 'vitest';
import { counted } from './words';

describe('counted', () => {
  it('names one in the singular and any other count in the plural', () => {
    expect([0, 1, 2].map((count) => counted(count, 'vote'))).toEqual(['0 votes', '1 vote', '2 votes']);
  });
});
