import { describe, expect, it } from 'vitest';
import { mergeDuties, type DutyReason } from './duties';

const duty = (columnId: string, reason: Partial<DutyReason> & Pick<DutyReason, 'part'>) => ({ columnId, columnName: columnId, via: 'user' as const, roleKey: null, delegationId: null, ...reason });

describe('mergeDuties', () => {
  it('lists each column once with every distinct reason, strongest first, and reads the entry as its strongest', () => {
    const merged = mergeDuties([
      duty('analyzing', { part: 'informed', via: 'role', roleKey: 'stakeholder' }),
      duty('analyzing', { part: 'accountable', via: 'role', roleKey: 'portfolio_manager' }),
      duty('analyzing', { part: 'accountable', via: 'user' }),
      duty('analyzing', { part: 'informed', via: 'role', roleKey: 'stakeholder' }),
    ]);
    expect(merged).toEqual([
      {
        columnId: 'analyzing', columnName: 'analyzing', part: 'accountable', via: 'user', roleKey: null, delegationId: null,
        reasons: [
          { part: 'accountable', via: 'user', roleKey: null, delegationId: null },
          { part: 'accountable', via: 'role', roleKey: 'portfolio_manager', delegationId: null },
          { part: 'informed', via: 'role', roleKey: 'stakeholder', delegationId: null },
        ],
      },
    ]);
  });

  it('puts the fullest duties first: accountable before a bare informed, more reasons before fewer, otherwise board order', () => {
    const merged = mergeDuties([
      duty('funnel', { part: 'informed' }),
      duty('reviewing', { part: 'responsible' }),
      duty('analyzing', { part: 'responsible' }),
      duty('analyzing', { part: 'consulted' }),
      duty('ready', { part: 'accountable', via: 'delegation', roleKey: 'portfolio_manager', delegationId: 'd' }),
      duty('done', { part: 'responsible' }),
    ]);
    expect(merged.map((d) => [d.columnId, d.reasons.map((r) => r.part).join('+')])).toEqual([
      ['ready', 'accountable'],
      ['analyzing', 'responsible+consulted'],
      ['reviewing', 'responsible'],
      ['done', 'responsible'],
      ['funnel', 'informed'],
    ]);
  });
});
