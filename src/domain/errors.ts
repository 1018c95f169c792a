/**
 * The stable error codes of the public contract (PRODUCT.md §6) and the ones this product adds.
 * Each maps to one HTTP status so that every layer can raise a DomainError without knowing HTTP.
 */
export const ERROR_STATUS = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  approval_required: 403,
  wrong_password: 403,
  account_deactivated: 403,
  not_found: 404,
  version_conflict: 409,
  wip_limit_exceeded: 409,
  exit_criteria_unmet: 409,
  already_set_up: 409,
  already_blocked: 409,
  not_blocked: 409,
  email_taken: 409,
  last_portfolio_admin: 409,
  role_in_use: 409,
  column_not_empty: 409,
  children_open: 409,
  dependency_cycle: 409,
  hierarchy_cycle: 409,
  theme_in_use: 409,
  value_stream_in_use: 409,
  approval_pending: 409,
  already_decided: 409,
  review_closed: 409,
  stale_preview: 409,
  last_instance_admin: 409,
  account_exists: 409,
  item_closed: 409,
  not_in_intake: 409,
  not_declined: 409,
  invitation_invalid: 410,
  reset_invalid: 410,
  intake_link_gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
  unavailable: 503,
  overloaded: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type FieldError = { field: string; message: string };

export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra members of the problem document: the numbers and people a refusal names. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }
}

/** A refusal lists this many field errors at most, and counts the rest: a huge bad document must not make a huge answer. */
export const MAX_LISTED_ERRORS = 100;

export function validationError(errors: FieldError[], errorCount = errors.length): DomainError {
  const listed = errors.slice(0, MAX_LISTED_ERRORS);
  const more = errorCount - listed.length;
  const detail = listed.map((e) => `${e.field}: ${e.message}`).join('; ') + (more > 0 ? `; and ${more} more` : '');
  return new DomainError('validation_failed', detail, more > 0 ? { errors: listed, errorCount } : { errors: listed });
}

export function notFound(what: string, id: string): DomainError {
  return new DomainError('not_found', `No ${what} with id "${id}" exists, or you may not see it.`, { resource: what, id });
}
