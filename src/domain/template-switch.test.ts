import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOARD_TEMPLATE_SETTINGS, BOARD_TEMPLATES, type BoardTemplate, type Principal, type Responsibility } from './board-templates';
import { CAPABILITIES, type Capability, type RoleDefinition } from './capabilities';
import { DEFAULT_ROLES, PORTFOLIO_TEMPLATES, type PortfolioTemplate } from './roles';
import { answeringRole, organisedColumns, planTemplateSwitch, stageUnder, type StageRef, type SwitchColumn } from './template-switch';

const other = (template: PortfolioTemplate): PortfolioTemplate => (template === 'small' ? 'enterprise' : 'small');
const stageOf = (boardTemplate: BoardTemplate, column: { key: string; gate: boolean; responsibility: Responsibility }): StageRef => ({ boardTemplate, key: column.key, gate: column.gate, responsibility: column.responsibility });
const raciOf = ({ accountable, ...rest }: Responsibility) => (void accountable, rest);

describe('organisedColumns: a new board of each organisation size', () => {
  it('gives an enterprise board exactly its board template: gates on, each stage accountable as the template says', () => {
    for (const boardTemplate of BOARD_TEMPLATES) expect(organisedColumns(boardTemplate, 'enterprise', DEFAULT_ROLES)).toEqual(BOARD_TEMPLATE_SETTINGS[boardTemplate].columns);
  });

  it('makes every stage of a small board accountable to the role that grants everything, with gates off and the rest of the matrix as the template says', () => {
    const small = organisedColumns('safe', 'small', DEFAULT_ROLES);
    expect(small.map((c) => [c.key, c.gate, c.responsibility.accountable])).toEqual(BOARD_TEMPLATE_SETTINGS.safe.columns.map((c) => [c.key, false, { role: 'portfolio_manager' }]));
    expect(small.map((c) => raciOf(c.responsibility))).toEqual(BOARD_TEMPLATE_SETTINGS.safe.columns.map((c) => raciOf(c.responsibility)));
  });

  it('lets a board creator turn the template gates on in a small portfolio, or off in an enterprise one', () => {
    expect(organisedColumns('safe', 'small', DEFAULT_ROLES, true).filter((c) => c.gate).map((c) => c.key)).toEqual(['ready']);
    expect(organisedColumns('safe', 'enterprise', DEFAULT_ROLES, false).some((c) => c.gate)).toBe(false);
  });
});

describe('stageUnder', () => {
  const pat: Principal = { user: 'pat' };
  const custom = (template: string, key: string, gate: boolean, accountable: Principal | null): StageRef => ({
    boardTemplate: template, key, gate, responsibility: { accountable, responsible: [{ role: 'contributor' }], consulted: [], informed: [pat] },
  });

  it('keeps a stage its template does not describe as it is in an enterprise, and hands it to the answering role in a small organisation', () => {
    const testing = custom('safe', 'testing', true, pat);
    expect(stageUnder(testing, 'enterprise', DEFAULT_ROLES)).toEqual({ gate: true, responsibility: testing.responsibility });
    expect(stageUnder(testing, 'small', DEFAULT_ROLES)).toEqual({ gate: false, responsibility: { ...testing.responsibility, accountable: { role: 'portfolio_manager' } } });
    const imported = custom('imported', 'doing', false, { role: 'kanban_coach' });
    expect(stageUnder(imported, 'enterprise', DEFAULT_ROLES).responsibility.accountable).toEqual({ role: 'kanban_coach' });
  });

  it('keeps its own accountable where the template names a role the portfolio deleted', () => {
    const withoutProjectManagers = DEFAULT_ROLES.filter((r) => r.key !== 'project_manager');
    expect(stageUnder(custom('safe', 'implementing-mvp', false, pat), 'enterprise', withoutProjectManagers).responsibility.accountable).toEqual(pat);
    expect(stageUnder(custom('safe', 'implementing-mvp', false, null), 'enterprise', withoutProjectManagers).responsibility.accountable).toEqual({ role: 'portfolio_manager' });
  });

  it('answers to the first role that administers the portfolio when no role grants everything', () => {
    const trimmed: RoleDefinition[] = [
      { key: 'office', name: 'Office', description: '', capabilities: ['view'] },
      { key: 'lead', name: 'Lead', description: '', capabilities: ['view', 'portfolio.admin'] },
    ];
    expect(answeringRole(trimmed)).toEqual({ role: 'lead' });
    expect(stageUnder(custom('simple', 'backlog', false, pat), 'small', trimmed).responsibility.accountable).toEqual({ role: 'lead' });
  });
});

describe('planTemplateSwitch', () => {
  const columns: SwitchColumn[] = organisedColumns('safe', 'enterprise', DEFAULT_ROLES).map((c, i) => ({ ...stageOf('safe', c), id: `c${i}`, name: c.name, boardId: 'b', boardName: 'Portfolio' }));
  const members = [
    { userId: 'ada', name: 'Ada Admin', roles: ['portfolio_manager'] },
    { userId: 'pat', name: 'Pat Manager', roles: ['project_manager'] },
  ];

  it('names who each stage means before and after, and what each member answers for; nobody gains or loses a role', () => {
    const plan = planTemplateSwitch({ members, from: 'enterprise', to: 'small', catalogue: DEFAULT_ROLES, columns });
    expect(plan.gatesEnabled).toEqual({ before: true, after: false });
    const mvp = plan.columns.find((c) => c.name === 'Implementing: MVP')!;
    expect(mvp).toMatchObject({ changed: true, before: { accountable: [{ userId: 'pat', name: 'Pat Manager' }] }, after: { accountable: [{ userId: 'ada', name: 'Ada Admin' }] } });
    expect(plan.columns.find((c) => c.name === 'Funnel')!.changed).toBe(false);
    expect(plan.members.find((m) => m.userId === 'pat')).toEqual({
      userId: 'pat', name: 'Pat Manager', roles: { before: ['project_manager'], after: ['project_manager'] },
      accountableFor: { before: ['Portfolio: Implementing: MVP', 'Portfolio: Implementing: Persevere'], after: [] },
    });
    expect(plan.members.find((m) => m.userId === 'ada')!.accountableFor.after).toHaveLength(columns.length);
  });

  it('changes nothing when a portfolio switches to the size it has', () => {
    const plan = planTemplateSwitch({ members, from: 'enterprise', to: 'enterprise', catalogue: DEFAULT_ROLES, columns });
    expect(plan.columns.some((c) => c.changed)).toBe(false);
  });
});

// Properties over any stage, any matrix and any role catalogue that keeps an admin role.
const roleKeys = [...DEFAULT_ROLES.map((r) => r.key), 'ghost'];
const principal = fc.oneof(fc.constantFrom(...roleKeys).map((role): Principal => ({ role })), fc.constantFrom('ada', 'pat', 'cy').map((user): Principal => ({ user })));
const responsibility: fc.Arbitrary<Responsibility> = fc.record({
  accountable: fc.option(principal, { nil: null }),
  responsible: fc.array(principal, { maxLength: 3 }),
  consulted: fc.array(principal, { maxLength: 3 }),
  informed: fc.array(principal, { maxLength: 3 }),
});
const templateKeys = BOARD_TEMPLATES.flatMap((t) => BOARD_TEMPLATE_SETTINGS[t].columns.map((c) => [t, c.key] as const));
/** A stage its board template describes, whatever the team made of it since. */
const knownStage: fc.Arbitrary<StageRef> = fc.record({ at: fc.constantFrom(...templateKeys), gate: fc.boolean(), responsibility }).map(({ at: [boardTemplate, key], gate, responsibility }) => ({ boardTemplate, key, gate, responsibility }));
const anyStage: fc.Arbitrary<StageRef> = fc.oneof(
  knownStage,
  fc.record({ boardTemplate: fc.constantFrom('safe', 'simple', 'imported'), key: fc.constantFrom('testing', 'doing', 'constructor'), gate: fc.boolean(), responsibility }),
);
const capabilities = fc.subarray([...CAPABILITIES]) as fc.Arbitrary<Capability[]>;
/** The default roles, each with any capabilities, at least one administering the portfolio (the last admin stays). */
const catalogue: fc.Arbitrary<RoleDefinition[]> = fc
  .tuple(fc.array(capabilities, { minLength: DEFAULT_ROLES.length, maxLength: DEFAULT_ROLES.length }), fc.nat({ max: DEFAULT_ROLES.length - 1 }))
  .map(([sets, admin]) => DEFAULT_ROLES.map((role, i) => ({ key: role.key, name: role.name, description: '', capabilities: i === admin && !sets[i]!.includes('portfolio.admin') ? [...sets[i]!, 'portfolio.admin'] : sets[i]! })));
const template = fc.constantFrom(...PORTFOLIO_TEMPLATES);

describe('switching, for any portfolio', () => {
  it('leaves every stage with exactly one accountable, one the portfolio can answer with under a small organisation', () => {
    fc.assert(
      fc.property(anyStage, template, catalogue, (stage, to, roles) => {
        const after = stageUnder(stage, to, roles);
        expect(after.responsibility.accountable).not.toBeNull();
        if (to === 'small') expect(after).toEqual({ gate: false, responsibility: { ...stage.responsibility, accountable: answeringRole(roles) } });
        expect(raciOf(after.responsibility)).toEqual(raciOf(stage.responsibility));
      }),
    );
  });

  it('restores the responsibility and gates when switching there and back', () => {
    fc.assert(
      fc.property(knownStage, template, catalogue, (stage, to, roles) => {
        const there = stageUnder(stage, to, roles);
        const back = stageUnder({ ...stage, ...stageUnder({ ...stage, ...there }, other(to), roles) }, to, roles);
        expect(back).toEqual(there);
      }),
    );
    // A stage the template does not describe comes back to the small organisation as it left it.
    fc.assert(
      fc.property(anyStage, catalogue, (stage, roles) => {
        const small = stageUnder(stage, 'small', roles);
        expect(stageUnder({ ...stage, ...stageUnder({ ...stage, ...small }, 'enterprise', roles) }, 'small', roles)).toEqual(small);
      }),
    );
  });

  it('gives a new board the responsibility that switching an existing one to the same size gives', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BOARD_TEMPLATES), template, catalogue, (boardTemplate, to, roles) => {
        const switched = organisedColumns(boardTemplate, other(to), roles).map((c) => ({ key: c.key, ...stageUnder(stageOf(boardTemplate, c), to, roles) }));
        const created = organisedColumns(boardTemplate, to, roles).map((c) => ({ key: c.key, gate: c.gate, responsibility: c.responsibility }));
        expect(switched).toEqual(created);
      }),
    );
  });

  it('keeps every member in their roles, so no member loses the last admin', () => {
    const member = fc.record({ userId: fc.constantFrom('ada', 'pat', 'cy'), name: fc.constant('Someone'), roles: fc.subarray(roleKeys.slice(0, -1)) });
    fc.assert(
      fc.property(fc.uniqueArray(member, { selector: (m) => m.userId, maxLength: 3 }), fc.array(anyStage, { maxLength: 6 }), template, template, catalogue, (members, stages, from, to, roles) => {
        const columns = stages.map((s, i) => ({ ...s, id: `c${i}`, name: `Stage ${i}`, boardId: 'b', boardName: 'Board' }));
        const plan = planTemplateSwitch({ members, from, to, catalogue: roles, columns });
        const admins = (side: 'before' | 'after') => plan.members.filter((m) => m.roles[side].some((key) => roles.find((r) => r.key === key)?.capabilities.includes('portfolio.admin'))).map((m) => m.userId);
        expect(plan.members.map((m) => m.roles.after)).toEqual(members.map((m) => m.roles));
        expect(admins('after')).toEqual(admins('before'));
        expect(plan.columns.every((c) => c.after.responsibility.accountable !== null)).toBe(true);
      }),
    );
  });
});
