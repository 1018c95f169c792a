import { describe, expect, it } from 'vitest';
import { CAPABILITIES, CAPABILITY_LABELS, can, grantFor, grantNow, isCapability, rolesGranting, someoneWho } from './capabilities';
import { DEFAULT_ROLES, creatorRoleKey } from './roles';

describe('capabilities', () => {
  it('grant the union of the roles held, and nothing of roles not held', () => {
    const grant = grantFor(['stakeholder', 'kanban_coach'], DEFAULT_ROLES);
    expect(can(grant, 'comment')).toBe(true);
    expect(can(grant, 'workflow.configure')).toBe(true);
    expect(can(grant, 'item.move')).toBe(false);
    expect(grantFor([], DEFAULT_ROLES).capabilities.size).toBe(0);
  });

  it('follow the default role table of the product', () => {
    const of = (role: string) => [...grantFor([role], DEFAULT_ROLES).capabilities].sort();
    expect(of('portfolio_manager')).toEqual([...CAPABILITIES].sort());
    expect(of('portfolio_office')).toEqual(['audit.view', 'comment', 'gate.approve', 'idea.submit', 'metrics.view', 'review.facilitate', 'strategy.manage', 'view', 'vote']);
    expect(of('project_manager')).toEqual(['comment', 'idea.submit', 'item.block', 'item.create', 'item.edit', 'item.move', 'metrics.view', 'view', 'vote', 'wip.override']);
    expect(of('kanban_coach')).toEqual(['audit.view', 'comment', 'idea.submit', 'metrics.view', 'view', 'vote', 'workflow.configure']);
    expect(of('contributor')).toEqual(['comment', 'idea.submit', 'item.block', 'item.create', 'item.edit', 'view', 'vote']);
    expect(of('stakeholder')).toEqual(['comment', 'idea.submit', 'view', 'vote']);
  });

  it('name the roles that would allow a refused action, and recognise only known strings', () => {
    expect(rolesGranting('gate.approve', DEFAULT_ROLES)).toEqual(['portfolio_manager', 'portfolio_office']);
    expect(isCapability('view')).toBe(true);
    expect(isCapability('admin')).toBe(false);
  });

  it('give a new portfolio\'s creator the role that holds every capability', () => {
    expect(creatorRoleKey(DEFAULT_ROLES)).toBe('portfolio_manager');
    expect(() => creatorRoleKey(DEFAULT_ROLES.filter((r) => r.key !== 'portfolio_manager'))).toThrow();
  });

  it('take a handed-over role\'s capabilities away from the delegator, all but sight of the portfolio, and keep those other roles give', () => {
    const away = grantNow(['stakeholder'], ['project_manager'], DEFAULT_ROLES);
    expect([...away.capabilities].sort()).toEqual(['comment', 'idea.submit', 'view', 'vote']);
    expect(away.roleKeys).toEqual(['stakeholder']);
    expect([...grantNow([], ['project_manager'], DEFAULT_ROLES).capabilities]).toEqual(['view']);
    expect(can(grantNow(['contributor'], ['project_manager'], DEFAULT_ROLES), 'item.edit')).toBe(true);
    expect(can(grantNow(['contributor'], ['project_manager'], DEFAULT_ROLES), 'item.move')).toBe(false);
    const blind = [{ key: 'mover', name: 'Mover', description: '', capabilities: ['item.move' as const] }];
    expect(grantNow([], ['mover'], blind).capabilities.size).toBe(0);
  });

  it('read by what they allow, never by their key', () => {
    for (const capability of CAPABILITIES) expect(CAPABILITY_LABELS[capability]).not.toMatch(/[a-z]\.[a-z]/);
    expect(someoneWho(['gate.approve'])).toBe('someone who may approve gated decisions');
    expect(someoneWho(['item.move', 'backlog.rank'])).toBe('someone who may move items between columns or prioritise and set WSJF');
  });
});
