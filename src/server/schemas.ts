import Type from 'typebox';
import { BOARD_TEMPLATES } from '../domain/board-templates';
import { GATE_DECISIONS, LATER_DECISIONS } from '../domain/approval';
import { CAPABILITIES } from '../domain/capabilities';
import { PORTFOLIO_TEMPLATES } from '../domain/roles';
import { WSJF_SCALE } from '../domain/wsjf';
import { BUSINESS_CASE_FIELDS, CLASSES_OF_SERVICE, HYPOTHESIS_FIELDS } from '../app/item-model';

export const Id = Type.String({ minLength: 1, maxLength: 100, description: 'Opaque identifier' });
export const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
export const Email = Type.String({ format: 'email', maxLength: 320 });
export const Password = Type.String({ minLength: 8, maxLength: 1024, description: 'At least 8 characters' });
export const DateOnly = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
/** The largest integer both databases store (PostgreSQL's `integer`). */
export const MAX_STORED_INTEGER = 2_147_483_647;
export const Version = Type.Integer({ minimum: 1, maximum: MAX_STORED_INTEGER, description: 'The version you read; a stale one gets 409 version_conflict' });
export const Reason = Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' });

export const IdParams = Type.Object({ id: Id });
/** A route that takes no query parameters refuses unknown ones (400) rather than ignoring a client's mistake. */
export const NoQuery = Type.Object({}, { additionalProperties: false });

export const Principal = Type.Union([
  Type.Object({ role: Type.String({ minLength: 1 }) }, { additionalProperties: false }),
  Type.Object({ user: Id }, { additionalProperties: false }),
]);

export const Responsibility = Type.Object(
  {
    accountable: Principal,
    responsible: Type.Array(Principal, { maxItems: 50 }),
    consulted: Type.Array(Principal, { maxItems: 50 }),
    informed: Type.Array(Principal, { maxItems: 50 }),
  },
  { additionalProperties: false, description: 'RACI of a column: exactly one accountable, any number of the others (a role or a user each)' },
);

const wsjfValue = Type.Union([Type.Enum(WSJF_SCALE), Type.Null()], { description: 'One of 1, 2, 3, 5, 8, 13, 20, or null' });

export const WsjfInput = Type.Object(
  {
    userBusinessValue: Type.Optional(wsjfValue),
    timeCriticality: Type.Optional(wsjfValue),
    riskReduction: Type.Optional(wsjfValue),
    jobSize: Type.Optional(wsjfValue),
  },
  { additionalProperties: false },
);

const textFields = (keys: readonly string[]) =>
  Type.Object(Object.fromEntries(keys.map((k) => [k, Type.Optional(Type.String({ maxLength: 20000 }))])), { additionalProperties: false });

const stringList = Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 100 });

export const ItemFields = {
  description: Type.Optional(Type.String({ maxLength: 100000, description: 'Markdown' })),
  ownerId: Type.Optional(Type.Union([Id, Type.Null()])),
  assigneeIds: Type.Optional(Type.Array(Id, { maxItems: 50 })),
  tags: Type.Optional(stringList),
  classOfService: Type.Optional(Type.Enum(CLASSES_OF_SERVICE)),
  themes: Type.Optional(Type.Array(Id, { maxItems: 100, description: 'Ids of strategic themes of the portfolio (GET /portfolios/{id}/themes)' })),
  valueStream: Type.Optional(Type.Union([Id, Type.Null()], { description: 'Id of a value stream of the portfolio (GET /portfolios/{id}/value-streams)' })),
  dueDate: Type.Optional(Type.Union([DateOnly, Type.Null()])),
  wsjf: Type.Optional(WsjfInput),
  hypothesis: Type.Optional(textFields(HYPOTHESIS_FIELDS)),
  businessCase: Type.Optional(textFields(BUSINESS_CASE_FIELDS)),
  parentId: Type.Optional(Type.Union([Id, Type.Null()])),
  dependsOn: Type.Optional(Type.Array(Id, { maxItems: 100, description: 'Items this one waits for (they block it); a cycle is refused with 409 dependency_cycle' })),
  checkedCriteria: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 500 }), { maxItems: 100, description: 'Exit criteria checked on this item, by their text' })),
};

export const Override = Type.Object({ reason: Reason }, { additionalProperties: false, description: 'Exceed a WIP limit or skip exit criteria (needs wip.override); recorded with the transition' });

export const NewItem = Type.Object({ title: Name, columnId: Type.Optional(Id), override: Type.Optional(Override), ...ItemFields }, { additionalProperties: false });
export const ItemPatch = Type.Object({ title: Type.Optional(Name), ...ItemFields, version: Version }, { additionalProperties: false });

export const Move = Type.Object(
  {
    columnId: Id,
    beforeItemId: Type.Optional(Id),
    afterItemId: Type.Optional(Id),
    version: Type.Optional(Version),
    override: Type.Optional(Override),
  },
  { additionalProperties: false },
);

export const ColumnPatch = Type.Object(
  {
    name: Type.Optional(Name),
    wipLimit: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 10000 }), Type.Null()])),
    policy: Type.Optional(Type.String({ maxLength: 20000 })),
    exitCriteria: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }), { maxItems: 50 })),
    gate: Type.Optional(Type.Boolean()),
    responsibility: Type.Optional(Responsibility),
    version: Type.Optional(Version),
    reason: Type.Optional(Type.String({ maxLength: 2000, description: 'Why the policy changes: kept in the policy history and the audit log' })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const BoardPatch = Type.Object(
  {
    name: Type.Optional(Name),
    committedColumnId: Type.Optional(Type.Union([Id, Type.Null()])),
    timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'IANA time zone' })),
    cycleTimeCounting: Type.Optional(Type.Enum(['inclusive', 'exclusive'] as const)),
    version: Version,
  },
  { additionalProperties: false },
);

export const NewBoard = Type.Object({ name: Name, template: Type.Optional(Type.Enum(BOARD_TEMPLATES)), gates: Type.Optional(Type.Boolean()) }, { additionalProperties: false });

export const NewPortfolio = Type.Object(
  { name: Name, template: Type.Optional(Type.Enum(PORTFOLIO_TEMPLATES)), boardTemplate: Type.Optional(Type.Enum(BOARD_TEMPLATES)) },
  { additionalProperties: false },
);

export const PortfolioPatch = Type.Object({ name: Type.Optional(Name), archived: Type.Optional(Type.Boolean()), version: Version }, { additionalProperties: false });

export const MemberRoles = Type.Object({ roles: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 1, maxItems: 50 }) }, { additionalProperties: false });

export const RoleKey = Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z][a-z0-9_]*$', description: 'lower_snake_case' });

export const RoleInput = Type.Object(
  {
    name: Name,
    description: Type.Optional(Type.String({ maxLength: 5000 })),
    guidelines: Type.Optional(Type.String({ maxLength: 20000, description: 'What holders of the role decide, do and answer for in this portfolio' })),
    capabilities: Type.Array(Type.Enum(CAPABILITIES), { maxItems: CAPABILITIES.length * 2 }),
    version: Type.Optional(Version),
  },
  { additionalProperties: false },
);

export const Credentials = Type.Object({ email: Email, password: Type.String({ minLength: 1, maxLength: 1024 }) }, { additionalProperties: false });
export const NewUser = Type.Object({ email: Email, name: Name, password: Password, isAdmin: Type.Optional(Type.Boolean()) }, { additionalProperties: false });
export const SetupInput = Type.Object({ email: Email, name: Name, password: Password }, { additionalProperties: false });
export const NewToken = Type.Object({ name: Name }, { additionalProperties: false });
export const BlockInput = Type.Object({ reason: Reason, resolverId: Type.Optional(Type.Union([Id, Type.Null()])) }, { additionalProperties: false });
export const UnblockInput = Type.Object({ note: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false });
const CommentBody = Type.String({ minLength: 1, maxLength: 100000, pattern: '\\S', description: 'Markdown; @mentions notify' });
export const NewComment = Type.Object({ body: CommentBody }, { additionalProperties: false });
export const CommentPatch = Type.Object({ body: CommentBody, version: Version }, { additionalProperties: false });

export const BlockResolverInput = Type.Object(
  { resolverId: Type.Union([Id, Type.Null()], { description: 'The member who clears the block, or null' }) },
  { additionalProperties: false },
);

export const NewDelegation = Type.Object(
  {
    roleKey: Type.String({ minLength: 1, maxLength: 64, description: 'A role you hold yourself' }),
    toUserId: Id,
    until: Type.Union([Type.String({ format: 'date-time' }), DateOnly], { description: 'When the delegation ends by itself: a date-time, or a date (through the end of that day, UTC)' }),
    reason: Type.Optional(Type.String({ maxLength: 2000, description: 'Why the role is handed over: shown with the delegation and kept in the audit log' })),
  },
  { additionalProperties: false },
);

const Rationale = Type.String({ minLength: 1, maxLength: 20000, pattern: '\\S', description: 'Why: kept in the decision log' });
const Evidence = Type.Array(Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2000 }), { maxItems: 50, description: 'Links to the evidence the decision rests on' });

export const NewApprovalRequest = Type.Object(
  { columnId: Type.String({ minLength: 1, maxLength: 100, description: 'Where the item should go once approved (past or into a gated column)' }), note: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);

export const GateDecisionInput = Type.Object(
  {
    decision: Type.Enum(GATE_DECISIONS),
    rationale: Rationale,
    evidence: Type.Optional(Evidence),
    rejectToDone: Type.Optional(Type.Boolean({ description: 'With a no-go: move the item to the done column as rejected' })),
    override: Type.Optional(Override),
    reviewId: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'The open portfolio review the decision is taken in (PRODUCT.md §12): the review lists it and its minutes record it' })),
  },
  { additionalProperties: false },
);

export const LaterDecisionInput = Type.Object(
  {
    decision: Type.Enum(LATER_DECISIONS),
    rationale: Rationale,
    evidence: Type.Optional(Evidence),
    columnId: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Move the item there as part of the decision (a stop to the done column skips exit criteria)' })),
    override: Type.Optional(Override),
    reviewId: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'The open portfolio review the decision is taken in (PRODUCT.md §12): the review lists it and its minutes record it' })),
  },
  { additionalProperties: false },
);

export const Limit = Type.String({ pattern: '^[0-9]{1,4}$', description: '1-1000' });
export const BooleanText = Type.Enum(['true', 'false'] as const);

/** Guardrails are advice, never a refusal: an answer carries them beside the item. */
export const GUARDRAIL_WARNINGS =
  'When the item is created or changed straight into work in progress with a strategic theme or value stream beyond its target share, the answer also has `warnings` (`[{code: "guardrail_exceeded", kind, id, name, targetShare, share, …}]`), as a move\'s answer does.';

export const UserChanges = Type.Object(
  {
    name: Type.Optional(Name),
    active: Type.Optional(Type.Boolean({ description: 'false ends the person\'s sessions and API tokens at once and refuses sign-in' })),
    admin: Type.Optional(Type.Boolean({ description: 'Instance admin or not' })),
  },
  { additionalProperties: false },
);
export const PasswordChange = Type.Object({ currentPassword: Type.String({ minLength: 1, maxLength: 1024 }), newPassword: Password }, { additionalProperties: false });
const LinkToken = Type.String({ minLength: 1, maxLength: 200, description: 'The secret at the end of the link' });
export const TokenInput = Type.Object({ token: LinkToken }, { additionalProperties: false });
export const PasswordResetAccept = Type.Object({ token: LinkToken, password: Password }, { additionalProperties: false });

export const InvitationInput = Type.Object(
  {
    email: Email,
    name: Type.Optional(Name),
    portfolioId: Type.Optional(Id),
    roles: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 1, maxItems: 50, description: 'Role keys of the portfolio, given on acceptance' })),
  },
  { additionalProperties: false },
);
export const InvitationAccept = Type.Object(
  {
    token: LinkToken,
    name: Type.Optional(Name),
    password: Type.Optional(Password),
  },
  { additionalProperties: false, description: 'name and password create the account; an address that already has one accepts signed in as it, without them' },
);
