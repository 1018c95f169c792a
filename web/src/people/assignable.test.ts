import { describe, expect, it } from 'vitest';
import type { Member } from '../api/types';
import { assignableMembers } from './assignable';

const person = (userId: string, name: string, active: boolean): Member => ({ userId, name, email: `${userId}@example.org`, roles: [], active });
const members = [person('u1', 'Ada', true), person('u2', 'Kim', false), person('u3', 'Lou', false)];

describe('assignable members', () => {
  it('offer active members only', () => {
    expect(assignableMembers(members, [])).toEqual([{ userId: 'u1', name: 'Ada' }]);
  });
  it('keep a deactivated person who is already chosen, named as deactivated', () => {
    expect(assignableMembers(members, ['u2', null, undefined])).toEqual([
      { userId: 'u1', name: 'Ada' },
      { userId: 'u2', name: 'Kim (deactivated)' },
    ]);
  });
});
