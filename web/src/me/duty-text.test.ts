import { describe, expect, it } from 'vitest';
import { dutyText, holdingText } from './duty-text';

const names: Record<string, string> = { stakeholder: 'Stakeholder', portfolio_manager: 'Portfolio manager' };
const roleName = (key: string | null) => names[key ?? ''] ?? 'a removed role';

describe('dutyText', () => {
  it('says every reason once, grouped by part, in the order given, with role names rather than keys', () => {
    expect(
      dutyText(
        [
          { part: 'accountable', via: 'user', roleKey: null, delegationId: null },
          { part: 'accountable', via: 'delegation', roleKey: 'portfolio_manager', delegationId: 'd' },
          { part: 'informed', via: 'user', roleKey: null, delegationId: null },
          { part: 'informed', via: 'role', roleKey: 'stakeholder', delegationId: null },
        ],
        roleName,
      ),
    ).toBe('Accountable by name and by delegation of Portfolio manager; informed by name and as Stakeholder');
  });

  it('reads a single reason plainly', () => {
    expect(dutyText([{ part: 'consulted', via: 'role', roleKey: 'stakeholder', delegationId: null }], roleName)).toBe('Consulted as Stakeholder');
  });
});

describe('holdingText', () => {
  it('says how the reader holds a card in words rather than the answer\'s values', () => {
    expect([['owner', 'assignee'], ['owner'], ['assignee']].map((as) => holdingText(as as ('owner' | 'assignee')[]))).toEqual([
      'You own it and are assigned to it',
      'You own it',
      'Assigned to you',
    ]);
  });
});
