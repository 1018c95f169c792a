import { describe, expect, it } from 'vitest';
import type { Member, Role } from '../api/types';
import { decodePrincipal, encodePrincipal, matchingOptions, principalLabel, principalOptions } from './principals';

const role = (key: string, name: string) => ({ key, name, description: '', guidelines: '', capabilities: [], version: 1 }) as Role;
const person = (userId: string, name: string): Member => ({ userId, name, email: `${userId}@example.org`, roles: [], active: true });
const options = principalOptions(
  [role('portfolio_manager', 'Portfolio manager'), role('portfolio_office', 'Portfolio office'), role('stakeholder', 'Stakeholder')],
  [person('u1', 'Ada Admin'), person('u2', 'Zoë Manning'), person('u3', 'Pat Office')],
);
const labelsOf = (groups: ReturnType<typeof matchingOptions>) => groups.map((g) => [g.group, g.options.map((o) => o.label)]);

describe('principal values', () => {
  it('round-trip roles and users, including ids that contain a colon', () => {
    for (const principal of [{ role: 'kanban_coach' }, { user: 'u:1' }]) expect(decodePrincipal(encodePrincipal(principal))).toEqual(principal);
  });
  it('read "nobody" and unknown kinds as no principal', () => {
    expect(decodePrincipal('')).toBeNull();
    expect(decodePrincipal('team:x')).toBeNull();
  });
  it('name roles and people by their names, and those no longer in the portfolio plainly', () => {
    expect(principalLabel({ role: 'portfolio_office' }, options)).toBe('Portfolio office');
    expect(principalLabel({ user: 'u2' }, options)).toBe('Zoë Manning');
    expect(principalLabel({ role: 'gone' }, options)).toBe('a removed role');
    expect(principalLabel({ user: 'gone' }, options)).toBe('a former member');
  });
});

describe('searching principals', () => {
  it('offers everything, roles before people, when nothing is typed', () => {
    expect(labelsOf(matchingOptions(options, '  ', []))).toEqual([
      ['Roles', ['Portfolio manager', 'Portfolio office', 'Stakeholder']],
      ['People', ['Ada Admin', 'Zoë Manning', 'Pat Office']],
    ]);
  });
  it('matches every typed word anywhere in the name, ignoring case and accents', () => {
    expect(labelsOf(matchingOptions(options, 'OFFICE', []))).toEqual([
      ['Roles', ['Portfolio office']],
      ['People', ['Pat Office']],
    ]);
    expect(labelsOf(matchingOptions(options, 'man port', []))).toEqual([['Roles', ['Portfolio manager']]]);
    expect(labelsOf(matchingOptions(options, 'zoe', []))).toEqual([['People', ['Zoë Manning']]]);
  });
  it('leaves out what is already chosen, and groups left empty', () => {
    expect(labelsOf(matchingOptions(options, 'office', ['role:portfolio_office']))).toEqual([['People', ['Pat Office']]]);
    expect(matchingOptions(options, 'nobody by that name', [])).toEqual([]);
  });
});

describe('deactivated people', () => {
  const withKim = principalOptions([], [person('u1', 'Ada Admin'), { ...person('u9', 'Kim Gone'), active: false }]);
  it('are named as deactivated where already chosen, and never offered', () => {
    expect(principalLabel({ user: 'u9' }, withKim)).toBe('Kim Gone (deactivated)');
    expect(labelsOf(matchingOptions(withKim, '', []))).toEqual([['People', ['Ada Admin']]]);
  });
});
