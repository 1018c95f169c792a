import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ERROR_STATUS, type ErrorCode, type FieldError } from '../domain/errors';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<ErrorCode, string> = {
  validation_failed: 'The request is not valid',
  unauthenticated: 'Sign in first',
  forbidden: 'Not allowed',
  approval_required: 'Approval required',
  wrong_password: 'Current password is wrong',
  account_deactivated: 'Account deactivated',
  not_found: 'Not found',
  version_conflict: 'Changed by someone else',
  wip_limit_exceeded: 'WIP limit reached',
  exit_criteria_unmet: 'Exit criteria not met',
  already_set_up: 'Already set up',
  already_blocked: 'Already blocked',
  not_blocked: 'Not blocked',
  email_taken: 'E-mail already in use',
  last_portfolio_admin: 'Portfolio would have no admin',
  role_in_use: 'Role still held',
  column_not_empty: 'Column holds items',
  children_open: 'Children not done',
  dependency_cycle: 'Dependency cycle',
  hierarchy_cycle: 'Hierarchy cycle',
  theme_in_use: 'Theme still linked',
  value_stream_in_use: 'Value stream still linked',
  approval_pending: 'Approval already requested',
  already_decided: 'Already decided',
  review_closed: 'The review is closed',
  stale_preview: 'Changed since the preview',
  last_instance_admin: 'Instance would have no admin',
  account_exists: 'Account exists: sign in first',
  item_closed: 'Item declined or merged',
  not_in_intake: 'Not in the intake column',
  not_declined: 'Not a declined idea',
  invitation_invalid: 'Invitation no longer valid',
  reset_invalid: 'Reset link no longer valid',
  intake_link_gone: 'Link no longer open',
  payload_too_large: 'Request body too large',
  unsupported_media_type: 'Unsupported content type',
  rate_limited: 'Too many requests',
  internal_error: 'Something went wrong',
  unavailable: 'Temporarily unavailable',
  overloaded: 'Server busy',
};

export type Problem = { type: string; title: string; status: number; detail: string; code: ErrorCode; instance?: string; [extra: string]: unknown };

export function problem(code: ErrorCode, detail: string, extra: Record<string, unknown> = {}): Problem {
  return { type: `/api/v1/problems/${code}`, title: TITLES[code], status: ERROR_STATUS[code], detail, code, ...extra };
}

export function problemTitles(): Record<ErrorCode, string> {
  return TITLES;
}

/** AJV reports `/wsjf/jobSize`; clients read `wsjf.jobSize` and `items[3].title`. */
function fieldName(instancePath: string, missing?: string): string {
  const parts = instancePath.split('/').filter(Boolean);
  if (missing) parts.push(missing);
  return parts.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

type AjvError = { instancePath: string; message?: string; keyword: string; params: Record<string, unknown> };

const TYPE_WORDS: Record<string, string> = { string: 'text', number: 'a number', integer: 'a whole number', boolean: 'true or false', array: 'a list', object: 'an object', null: 'null' };
const FORMAT_WORDS: Record<string, string> = { date: 'a date such as 2027-01-31', 'date-time': 'a date and time such as 2027-01-31T09:00:00Z', email: 'an e-mail address', uri: 'a web address', uuid: 'an id' };

/** What a schema check says about a field, in words a person reads next to the field's name (AJV's own are terse). */
export function plainMessage(e: Pick<AjvError, 'keyword' | 'params' | 'message'>): string {
  const limit = Number(e.params.limit);
  switch (e.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a known field';
    case 'minLength':
      return limit === 1 ? 'must not be empty' : `must have at least ${limit} characters`;
    case 'maxLength':
      return `must have at most ${limit} characters`;
    case 'pattern':
      return e.params.pattern === '\\S' ? 'must not be blank' : `is not in the expected form (${String(e.params.pattern)})`;
    case 'minimum':
      return `must be at least ${limit}`;
    case 'maximum':
      return `must be at most ${limit}`;
    case 'exclusiveMinimum':
      return `must be more than ${limit}`;
    case 'exclusiveMaximum':
      return `must be less than ${limit}`;
    case 'minItems':
      return limit === 1 ? 'must list at least one entry' : `must list at least ${limit} entries`;
    case 'maxItems':
      return `must list at most ${limit} entries`;
    case 'uniqueItems':
      return 'must not list the same entry twice';
    case 'type':
      return `must be ${TYPE_WORDS[String(e.params.type)] ?? String(e.params.type)}`;
    case 'enum':
      return `must be one of: ${(e.params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `must be ${String(e.params.allowedValue)}`;
    case 'format':
      return `must be ${FORMAT_WORDS[String(e.params.format)] ?? `in the format ${String(e.params.format)}`}`;
    default:
      return e.message ?? 'is invalid';
  }
}

function validationProblem(error: FastifyError & { validation?: AjvError[]; validationContext?: string }): Problem {
  const found = (error.validation ?? []).map((e) => {
    const missing = e.keyword === 'required' ? String(e.params.missingProperty) : e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : undefined;
    return { field: fieldName(e.instancePath, missing) || (error.validationContext ?? 'body'), message: plainMessage(e), keyword: e.keyword };
  });
  // One message a field, the first the checker gave: anyOf failures repeat one per branch, an empty text is also a
  // blank one, and a field that may also be null says what was wrong with the value given, not that it was not null.
  const notNull = plainMessage({ keyword: 'type', params: { type: 'null' } });
  const telling = found.filter((e) => e.keyword !== 'anyOf' && !(e.message === notNull && found.some((other) => other.field === e.field && other.keyword !== 'anyOf' && other.message !== notNull)));
  const errors: FieldError[] = [];
  for (const e of telling) if (!errors.some((said) => said.field === e.field)) errors.push({ field: e.field, message: e.message });
  const where = error.validationContext === 'querystring' ? 'query parameters' : error.validationContext === 'params' ? 'path' : 'body';
  const count = errors.length === 1 ? 'One field' : `${errors.length} fields`;
  return problem('validation_failed', `${count} of the ${where} ${errors.length === 1 ? 'needs' : 'need'} a change: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}.`, { errors });
}

export function toProblem(error: unknown, request: FastifyRequest): Problem {
  if (error instanceof DomainError) return problem(error.code, error.message, error.details);
  const e = error as FastifyError & { validation?: AjvError[] };
  if (e.validation) return validationProblem(e);
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem('validation_failed', `The body is not valid JSON: ${e.message}`, { errors: [{ field: 'body', message: 'is not valid JSON' }] });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem('payload_too_large', `The body is larger than this endpoint accepts (${request.routeOptions.bodyLimit ?? 'the limit'} bytes).`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problem('unsupported_media_type', `Send JSON with Content-Type: application/json (got ${request.headers['content-type'] ?? 'none'}).`);
  }
  if (e.statusCode === 429) return problem('rate_limited', e.message);
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return { ...problem('validation_failed', e.message), status: e.statusCode };
  }
  return problem('internal_error', 'The server failed to handle this request; it has been logged.');
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).type(PROBLEM_CONTENT_TYPE).send(body);
}
