import { describe, expect, it } from 'vitest';
import { responsibilityForKind } from './board-templates';

describe('responsibility for a column of an imported board', () => {
  const everyRoleHeld = new Set(['portfolio_manager', 'project_manager', 'contributor', 'stakeholder']);
  const importer = { user: 'u-importer' };

  it("takes the simple board's assignment for the column's kind", () => {
    expect(responsibilityForKind('queue', everyRoleHeld, importer)).toEqual({ accountable: { role: 'portfolio_manager' }, responsible: [{ role: 'contributor' }], consulted: [], informed: [{ role: 'stakeholder' }] });
    expect(responsibilityForKind('active', everyRoleHeld, importer)).toEqual({ accountable: { role: 'project_manager' }, responsible: [{ role: 'contributor' }], consulted: [], informed: [{ role: 'stakeholder' }] });
    expect(responsibilityForKind('done', everyRoleHeld, importer)).toEqual({ accountable: { role: 'portfolio_manager' }, responsible: [], consulted: [], informed: [{ role: 'stakeholder' }] });
  });

  it('leaves out roles nobody holds, and makes the fallback accountable when the accountable role is one of them', () => {
    const withoutManagers = new Set(['contributor']);
    expect(responsibilityForKind('active', withoutManagers, importer)).toEqual({ accountable: importer, responsible: [{ role: 'contributor' }], consulted: [], informed: [] });
  });
});
