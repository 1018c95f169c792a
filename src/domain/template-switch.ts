import { BOARD_TEMPLATE_SETTINGS, type BoardTemplate, type Principal, type Responsibility } from './board-templates';
import { CAPABILITIES, type RoleDefinition } from './capabilities';
import { membersFor, type People } from './responsibility';
import type { PortfolioTemplate } from './roles';

/**
 * What switching a portfolio's organisation template changes (PRODUCT.md §2, §12). `small`: one person
 * may hold every role, so every stage answers to the role that grants every capability, and gates are
 * off. `enterprise`: each stage answers as its board template's responsibility table says, and the
 * template's gates are on. Who is responsible, consulted and informed stays; members keep their roles.
 */
export type SwitchColumn = { id: string; key: string; name: string; boardId: string; boardName: string; boardTemplate: string; gate: boolean; responsibility: Responsibility };

/** A member named by an answer: who is accountable for a stage. */
export type Person = { userId: string; name: string };

export type ColumnPlan = {
  columnId: string;
  boardId: string;
  boardName: string;
  name: string;
  before: { gate: boolean; responsibility: Responsibility; accountable: Person[] };
  after: { gate: boolean; responsibility: Responsibility; accountable: Person[] };
  changed: boolean;
};

export type MemberPlan = {
  userId: string;
  name: string;
  /** A switch never takes a role away, nor gives one: who holds what is the admins' decision. */
  roles: { before: string[]; after: string[] };
  /** The stages the member is accountable for, before and after. */
  accountableFor: { before: string[]; after: string[] };
};

export type TemplatePlan = { from: string; to: PortfolioTemplate; gatesEnabled: { before: boolean; after: boolean }; columns: ColumnPlan[]; members: MemberPlan[] };

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const rolesNamed = (responsibility: Responsibility): string[] =>
  [responsibility.accountable, ...responsibility.responsible, ...responsibility.consulted, ...responsibility.informed].flatMap((p: Principal | null) => (p && 'role' in p ? [p.role] : []));

/** The column's gate and responsibility under `template`; a stage the template does not know keeps its own. */
export function columnUnder(column: SwitchColumn, template: PortfolioTemplate, catalogue: readonly RoleDefinition[]): { gate: boolean; responsibility: Responsibility } {
  const known = new Set(catalogue.map((role) => role.key));
  if (template === 'small') {
    const everything = catalogue.find((role) => CAPABILITIES.every((c) => role.capabilities.includes(c)));
    return { gate: false, responsibility: everything ? { ...column.responsibility, accountable: { role: everything.key } } : column.responsibility };
  }
  const settings = BOARD_TEMPLATE_SETTINGS[column.boardTemplate as BoardTemplate];
  const model = settings?.columns.find((c) => c.key === column.key);
  // A template role the portfolio deleted cannot answer for anything: the stage keeps its own table.
  if (!model || !rolesNamed(model.responsibility).every((role) => known.has(role))) return { gate: column.gate, responsibility: column.responsibility };
  return { gate: model.gate, responsibility: model.responsibility };
}

export function planTemplateSwitch(input: People & { from: string; to: PortfolioTemplate; catalogue: readonly RoleDefinition[]; columns: readonly SwitchColumn[] }): TemplatePlan {
  const accountableNames = (responsibility: Responsibility) => (responsibility.accountable ? membersFor(responsibility.accountable, input).map((m) => ({ userId: m.userId, name: m.name })) : []);
  const columns = input.columns.map((column) => {
    const after = columnUnder(column, input.to, input.catalogue);
    return {
      columnId: column.id, boardId: column.boardId, boardName: column.boardName, name: column.name,
      before: { gate: column.gate, responsibility: column.responsibility, accountable: accountableNames(column.responsibility) },
      after: { ...after, accountable: accountableNames(after.responsibility) },
      changed: after.gate !== column.gate || !sameJson(after.responsibility, column.responsibility),
    };
  });
  const stagesOf = (userId: string, side: 'before' | 'after') => columns.filter((c) => c[side].accountable.some((p) => p.userId === userId)).map((c) => `${c.boardName}: ${c.name}`);
  return {
    from: input.from,
    to: input.to,
    gatesEnabled: { before: input.from !== 'small', after: input.to !== 'small' },
    columns,
    members: input.members.map((member) => ({
      userId: member.userId, name: member.name,
      roles: { before: [...member.roles], after: [...member.roles] },
      accountableFor: { before: stagesOf(member.userId, 'before'), after: stagesOf(member.userId, 'after') },
    })),
  };
}
