import createClient from 'openapi-fetch';
import { dropEarlyAnswers, takeEarlyAnswer } from './early-requests';
import type { components, paths } from './schema';

/** A refusal: the server's problem+json document, whose `code` is one of the documented codes. */
export type Problem = components['schemas']['Problem'];

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
  }

  get code(): Problem['code'] {
    return this.problem.code;
  }
}

export const API = '/api/v1';

/**
 * Fetch with the session cookie; a GET takes the answer index.html asked for early when there is one, and a
 * write first drops those answers (early-requests.ts).
 */
async function fetchOrTakeEarly(request: Request): Promise<Response> {
  if (request.method !== 'GET') dropEarlyAnswers();
  const url = new URL(request.url);
  const early = request.method === 'GET' && url.pathname.startsWith(API) ? takeEarlyAnswer(url.pathname.slice(API.length) + url.search) : undefined;
  if (!early) return fetch(request);
  const { status, statusText, text } = await early;
  return new Response(status === 204 ? null : text, { status, statusText });
}

/**
 * The API's client, typed by the OpenAPI document (schema.d.ts, `npm run generate:client`): a path, its
 * parameters or a body the document does not name fails to compile. Read its answers through `answer`.
 */
export const api = createClient<paths>({ credentials: 'same-origin', fetch: fetchOrTakeEarly });

/** What a request to `api` settles to: its answer's data, or a refusal. */
type Settled<T> = { data?: T; error?: unknown; response: Response };

/** The data of a successful answer; a refusal throws a ProblemError carrying the server's problem document. */
export async function answer<T>(request: Promise<Settled<T>>): Promise<T> {
  const { data, error, response } = await request;
  if (response.ok) return data as T;
  throw new ProblemError(
    error && typeof error === 'object' && 'code' in error
      ? (error as Problem)
      : { type: 'about:blank', title: response.statusText, status: response.status, detail: `The server answered ${response.status}.`, code: 'internal_error' },
  );
}

/** What to tell the user about a failed request: the server's own explanation when it gave one. */
/** A request's field as a person names it: `dueDate` is "due date", `wsjf.jobSize` "job size", `tags[1]` "tags". */
function fieldWords(field: string): string {
  const last = field.replace(/\[\d+\]/g, '').split('.').at(-1) ?? '';
  return last.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A refusal in the words a person reads: a request's invalid fields each by their name and what they need. */
export function explain(error: unknown): string {
  if (error instanceof ProblemError) {
    const fields = error.problem.errors as { field: string; message: string }[] | undefined;
    if (error.code !== 'validation_failed' || !Array.isArray(fields) || fields.length === 0) return error.problem.detail || error.problem.title;
    // A message may end a sentence itself: each gets one full stop.
    const said = fields.map(({ field, message }) => [fieldWords(field), message.replace(/\.+$/, '')].filter(Boolean).join(' '));
    return `${said.map((sentence) => sentence[0]!.toUpperCase() + sentence.slice(1)).join('. ')}.`;
  }
  if (error instanceof TypeError) return 'The server could not be reached; check your connection and try again.';
  return error instanceof Error ? error.message : String(error);
}

export function isProblem(error: unknown, ...codes: Problem['code'][]): error is ProblemError {
  return error instanceof ProblemError && codes.includes(error.code);
}
