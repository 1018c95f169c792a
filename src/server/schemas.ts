import Type from 'typebox';
import { BOARD_TEMPLATES } from '../domain/board-templates';
import { CAPABILITIES } from '../domain/capabilities';
import { PORTFOLIO_TEMPLATES } from '../domain/roles';
import { WSJF_SCALE } from '../domain/wsjf';
import { BUSINESS_CASE_FIELDS, CLASSES_OF_SERVICE, HYPOTHESIS_FIELDS } from '../app/item-model';

export const Id = Type.String({ minLength: 1, maxLength: 100, description: 'Opaque identifier' });
export const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
export const Email = Type.String({ format: 'email', maxLength: 320 });
export const Password = Type.String({ minLength: 8, maxLength: 1024, description: 'At least 8 characters' });
export const DateOnly = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
export const Version = Type.Integer({ minimum: 1, description: 'The version you read; a stale one gets 409 version_conflict' });
export const Reason = Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' });

export const IdParams = Type.Object({ id: Id });

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.String(),
    errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
  },
  { additionalProperties: true, description: 'RFC 9457 problem document (application/problem+json)' },
);

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
  themes: Type.Optional(stringList),
  valueStream: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Null()])),
  dueDate: Type.Optional(Type.Union([DateOnly, Type.Null()])),
  wsjf: Type.Optional(WsjfInput),
  hypothesis: Type.Optional(textFields(HYPOTHESIS_FIELDS)),
  businessCase: Type.Optional(textFields(BUSINESS_CASE_FIELDS)),
  parentId: Type.Optional(Type.Union([Id, Type.Null()])),
  dependsOn: Type.Optional(Type.Array(Id, { maxItems: 100 })),
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
export const NewComment = Type.Object({ body: Type.String({ minLength: 1, maxLength: 100000, pattern: '\\S' }) }, { additionalProperties: false });
