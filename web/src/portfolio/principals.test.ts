import { describe, expect, it } from 'vitest';
import { decodePrincipal, encodePrincipal } from './principals';

describe('principal values', () => {
  it('round-trip roles and users, including ids that contain a colon', () => {
    for (const principal of [{ role: 'kanban_coach' }, { user: 'u:1' }]) expect(decodePrincipal(encodePrincipal(principal))).toEqual(principal);
  });
  it('read "nobody" and unknown kinds as no principal', () => {
    expect(decodePrincipal('')).toBeNull();
    expect(decodePrincipal('team:x')).toBeNull();
  });
});
