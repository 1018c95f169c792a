import { BOARD_TEMPLATE_SETTINGS, type BoardTemplate, type ColumnTemplate, type Principal, type Responsibility } from './board-templates';
import type { RoleDefinition } from './capabilities';
import { membersFor, type People } from './responsibility';
import { completeRole, PORTFOLIO_TEMPLATE_SETTINGS, type PortfolioTemplate } from './roles';

/**
 * What an organisation template decides about a stage (PRODUCT.md §2, §12): whether its gate is on, and
 * who is accountable for it. `small`: one person may hold every role, so every stage answers to the role
 * that grants every capability, and gates are off. `enterprise`: each stage answers to the role its board
 * template names, and the template's gates are on. Who is responsible, consulted and informed is the
 * team's own choice and stays as it is; members keep their roles.
 */
export type Stage = { gate: boolean; responsibility: Responsibility };

/** A stage as the organisation template sees it: its board template and key find the stage the template describes. */
export type StageRef = Stage & { boardTemplate: string; key: string };

export type SwitchColumn = StageRef & { id: string; name: string; boardId: string; boardName: string };

/** A member named by an answer: who is accountable for a stage. */
export type Person = { userId: string; name: string };

export type ColumnPlan = {
  columnId: string;
  boardId: string;
  boardName: string;
  name: string;
  before: Stage & { accountable: Person[] };
  after: Stage & { accountable: Person[] };
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

/**
 * The role a small organisation's stages answer to: the one that grants every capability (its founder's),
 * else the first that administers the portfolio. A portfolio never loses its last admin, so one is there.
 */
export function answeringRole(catalogue: readonly RoleDefinition[]): Principal | null {
  const role = completeRole(catalogue) ?? catalogue.find((r) => r.capabilities.includes('portfolio.admin'));
  return role ? { role: role.key } : null;
}

function modelOf(stage: StageRef): ColumnTemplate | undefined {
  if (!Object.hasOwn(BOARD_TEMPLATE_SETTINGS, stage.boardTemplate)) return undefined;
  return BOARD_TEMPLATE_SETTINGS[stage.boardTemplate as BoardTemplate].columns.find((c) => c.key === stage.key);
}

/**
 * The stage under `template`. A stage its board template does not describe (added by hand, or imported)
 * keeps its own gate and accountable under `enterprise`; so does one whose template role the portfolio
 * deleted, since a role nobody can hold cannot answer for anything. A stage without an accountable gets
 * the answering role: after a switch, every stage has exactly one.
 */
export function stageUnder(stage: StageRef, template: PortfolioTemplate, catalogue: readonly RoleDefinition[]): Stage {
  const { gatesEnabled, everyStageAnswersToOneRole } = PORTFOLIO_TEMPLATE_SETTINGS[template];
  const model = modelOf(stage);
  const answering = answeringRole(catalogue);
  const wanted = everyStageAnswersToOneRole ? answering : (model?.responsibility.accountable ?? null);
  const held = wanted !== null && ('user' in wanted || catalogue.some((role) => role.key === wanted.role));
  const accountable = (held ? wanted : null) ?? stage.responsibility.accountable ?? answering;
  return { gate: gatesEnabled ? (model?.gate ?? stage.gate) : false, responsibility: { ...stage.responsibility, accountable } };
}

/**
 * A new board's columns in a portfolio of `template`: creating a portfolio of a size and switching an
 * existing one to it give the same responsibility. `gatesEnabled` lets a board's creator choose otherwise.
 */
export function organisedColumns(boardTemplate: BoardTemplate, template: PortfolioTemplate, catalogue: readonly RoleDefinition[], gatesEnabled = PORTFOLIO_TEMPLATE_SETTINGS[template].gatesEnabled): ColumnTemplate[] {
  return BOARD_TEMPLATE_SETTINGS[boardTemplate].columns.map((model) => ({
    ...model,
    responsibility: stageUnder({ ...model, boardTemplate }, template, catalogue).responsibility,
    gate: model.gate && gatesEnabled,
  }));
}

/** A portfolio of a template this version does not know keeps its gates as they are. */
const gatesOf = (template: string) => (Object.hasOwn(PORTFOLIO_TEMPLATE_SETTINGS, template) ? PORTFOLIO_TEMPLATE_SETTINGS[template as PortfolioTemplate].gatesEnabled : true);
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function planTemplateSwitch(input: People & { from: string; to: PortfolioTemplate; catalogue: readonly RoleDefinition[]; columns: readonly SwitchColumn[] }): TemplatePlan {
  const accountableNames = (responsibility: Responsibility) => (responsibility.accountable ? membersFor(responsibility.accountable, input).map((m) => ({ userId: m.userId, name: m.name })) : []);
  const columns = input.columns.map((column) => {
    const after = stageUnder(column, input.to, input.catalogue);
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
    gatesEnabled: { before: gatesOf(input.from), after: PORTFOLIO_TEMPLATE_SETTINGS[input.to].gatesEnabled },
    columns,
    members: input.members.map((member) => ({
      userId: member.userId, name: member.name,
      roles: { before: [...member.roles], after: [...member.roles] },
      accountableFor: { before: stagesOf(member.userId, 'before'), after: stagesOf(member.userId, 'after') },
    })),
  };
}
