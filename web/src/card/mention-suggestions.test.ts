import { describe, expect, it } from 'vitest';
import type { Member } from '../api/types';
import { suggestedMembers } from './mention-suggestions';

const person = (userId: string, name: string, email: string, active = true): Member => ({ userId, name, email, active, roles: [] });
const members = [
  person('u1', 'Zoë Ångström', 'zoe.a@example.org'),
  person('u2', "Dee D'Arcy", 'dee@example.org'),
  person('u3', 'Jean-Luc Picard', 'jl@example.org'),
  person('u4', 'Zora Gone', 'zora@example.org', false),
  person('u5', 'Me Myself', 'me@example.org'),
];
const names = (query: string) => suggestedMembers(members, query, 'u5').map((member) => member.name);

describe('suggestedMembers', () => {
  it('finds a name as typed in its own letters, or without its accents', () => {
    expect(names('Zoë')).toEqual(['Zoë Ångström']);
    expect(names('zoe')).toEqual(['Zoë Ångström']);
    expect(names('ang')).toEqual(['Zoë Ångström']);
  });

  it("finds a name by a word after an apostrophe or a hyphen, and the whole name with either form of apostrophe", () => {
    expect(names('arcy')).toEqual(["Dee D'Arcy"]);
    expect(names("d'ar")).toEqual(["Dee D'Arcy"]);
    expect(names('d’ar')).toEqual(["Dee D'Arcy"]);
    expect(names('luc')).toEqual(['Jean-Luc Picard']);
  });

  it('finds by the start of the address, and leaves out the writer and those deactivated', () => {
    expect(names('jl')).toEqual(['Jean-Luc Picard']);
    expect(names('zo')).toEqual(['Zoë Ångström']);
    expect(names('me')).toEqual([]);
  });
});
