import type { FastifyInstance, FastifyReply } from 'fastify';
import fastJson, { type Schema } from 'fast-json-stringify';
import Type, { type TUnsafe } from 'typebox';
import { ERROR_STATUS } from '../domain/errors';
import schemas from './answer-schemas.json' with { type: 'json' };
import type { Answers } from './answers';
import type { Problem } from './problem';

/**
 * Every answer the API documents, by name: the schemas generated from answers.ts, and the problem document.
 * Answers are serialized by their schema (fast-json-stringify); `plain` sends what a route returns as JSON.
 */
export function registerAnswerSchemas(app: FastifyInstance, { plain }: { plain: boolean }): void {
  const shared: Record<string, object> = { ...Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, { $id: name, ...schema }])), Problem: ProblemSchema };
  for (const schema of Object.values(shared)) app.addSchema(schema);
  app.setSerializerCompiler(plain ? () => (data) => JSON.stringify(data) : sharedSerializers(shared));
}

/**
 * Many routes answer the same schema (every problem, every Item…): each is compiled once, when first answered,
 * instead of once per route and status at start-up (seconds for the whole API).
 */
function sharedSerializers(shared: Record<string, object>) {
  const serializers = new Map<string, (data: unknown) => string>();
  return ({ schema }: { schema: unknown }) => {
    // Routes that answer the same shape differ only in how they describe it.
    const key = JSON.stringify({ ...(schema as object), description: undefined });
    return (data: unknown) => {
      let serialize = serializers.get(key);
      if (!serialize) {
        serialize = fastJson(schema as Schema, { schema: shared as Record<string, Schema> });
        serializers.set(key, serialize);
      }
      return serialize(data);
    };
  };
}

const ProblemSchema = {
  $id: 'Problem',
  type: 'object',
  description: 'RFC 9457 problem document (application/problem+json). A refusal adds the numbers and people it names (limit, current, approvers, …).',
  properties: {
    type: { type: 'string', description: 'A URI that resolves to a description of the code' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string', description: 'What went wrong here, in plain words' },
    code: { type: 'string', enum: Object.keys(ERROR_STATUS), description: 'Stable: clients branch on it' },
    errors: {
      type: 'array',
      description: 'validation_failed: each bad field',
      items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } }, required: ['field', 'message'], additionalProperties: false },
    },
  },
  required: ['type', 'title', 'status', 'detail', 'code'],
  additionalProperties: true,
};

/** The answer of a route: one of answers.ts by name, documented and serialized by its schema. */
export function answer<Name extends keyof Answers>(name: Name, description = `${name} (application/json)`): TUnsafe<Answers[Name]> {
  return Type.Unsafe<Answers[Name]>({ description, $ref: `${name}#` });
}

/** A list of one of answers.ts. */
export function answers<Name extends keyof Answers>(name: Name, description = `List of ${name} (application/json)`): TUnsafe<Answers[Name][]> {
  return Type.Unsafe<Answers[Name][]>({ description, type: 'array', items: { $ref: `${name}#` } });
}

/** One of answers.ts that the route sends as JSON text it keeps ready (a board snapshot, an export): documented, not serialized again. */
export function answerText<Name extends keyof Answers>(name: Name, description = `${name} (application/json)`): TUnsafe<string> {
  return Type.Unsafe<string>({ description, content: { 'application/json': { schema: { $ref: `${name}#` } } } });
}

/**
 * One of answers.ts that the route sends as `JSON.stringify` writes it: for a document of megabytes (a
 * board's metrics) the schema serializer builds the text from hundreds of thousands of pieces, several
 * times slower and most of the request's garbage. The document has the type its schema is generated
 * from, whose fields are written in the schema's order, and the contract test validates each answer.
 */
export function answerDocument<Name extends keyof Answers>(name: Name, description?: string) {
  return {
    schema: answerText(name, description),
    send: (reply: FastifyReply, document: Answers[Name]) => reply.type('application/json; charset=utf-8').send(JSON.stringify(document)),
  };
}

/** An answer without a body (204). */
export const NO_CONTENT = Type.Unsafe<void>({ description: 'Done; no body', type: 'null' });

/** An answer in another format than JSON (Markdown, CSV…): the text itself, in any of the media types. */
export function text(description: string, ...mediaTypes: string[]): TUnsafe<string> {
  return Type.Unsafe<string>({ description, content: Object.fromEntries(mediaTypes.map((mediaType) => [mediaType, { schema: { type: 'string' } }])) });
}

/** A redirect (302) to where the Location header points. */
export function redirect(description: string): TUnsafe<void> {
  return Type.Unsafe<void>({ description, headers: { location: { type: 'string', description: 'Where to go' } }, type: 'null' });
}

/** The handshake of a WebSocket (101): the messages are described with the route. */
export const SWITCHING_PROTOCOLS = Type.Unsafe<void>({ description: 'Switching Protocols: the WebSocket is open', type: 'null' });

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'validation_failed: the body, path or query is not valid; `errors` names each bad field',
  401: 'unauthenticated: sign in first',
  403: 'Refused: forbidden, or the capability or approval this needs',
  404: 'not_found: no such resource, or you may not see it',
  409: 'Conflict with the current state: a stale version, a policy, or a rule of the resource',
  410: 'The link or token is no longer valid',
  413: 'payload_too_large',
  429: 'rate_limited: try again after Retry-After seconds',
};

/**
 * The problem documents a route may answer, by status: `problems(403, 404, 409)`. Every route also documents
 * 400 when it reads a body, path or query, and 401 unless it is public (documentCommonProblems).
 */
export function problems<Status extends keyof typeof PROBLEM_DESCRIPTIONS & number>(...statuses: Status[]): Record<Status, TUnsafe<Problem>> {
  return Object.fromEntries(statuses.map((status) => [status, problemAnswer(PROBLEM_DESCRIPTIONS[status]!)])) as Record<Status, TUnsafe<Problem>>;
}

function problemAnswer(description: string): TUnsafe<Problem> {
  return Type.Unsafe<Problem>({ description, content: { 'application/problem+json': { schema: { $ref: 'Problem#' } } } });
}

type DocumentedRoute = {
  method: string | string[];
  url: string;
  config?: unknown;
  schema?: { hide?: boolean; operationId?: string; tags?: readonly string[]; body?: unknown; params?: unknown; querystring?: unknown; response?: unknown; security?: readonly unknown[] };
};

/**
 * Every documented route names its operation, its tags and its answers, and the problems every route of its
 * kind may answer are added to what it documents; a route without them fails the server's start. A public
 * route says that it needs no credentials (`security: []`).
 */
export function documentCommonProblems(route: DocumentedRoute): void {
  const schema = route.schema;
  if (!schema || schema.hide) return;
  const name = `${String(route.method)} ${route.url}`;
  if (!schema.operationId) throw new Error(`${name} has no operationId`);
  if (!schema.tags?.length) throw new Error(`${name} has no tags`);
  if (!Object.keys(schema.response ?? {}).some((status) => Number(status) < 400)) throw new Error(`${name} documents no answer`);
  const reads = schema.body !== undefined || schema.params !== undefined || schema.querystring !== undefined;
  const isPublic = (route.config as { public?: boolean } | undefined)?.public === true;
  schema.response = { ...(reads ? problems(400) : {}), ...(isPublic ? {} : problems(401)), ...(schema.response as object) };
  if (isPublic) schema.security ??= [];
}
