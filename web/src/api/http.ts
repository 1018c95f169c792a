import { dropEarlyAnswers, takeEarlyAnswer, type Answer } from './early-requests';

/** JSON over fetch with the session cookie; a refusal becomes a ProblemError carrying the server's problem document. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: { field: string; message: string }[];
  [extra: string]: unknown;
};

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
  }

  get code(): string {
    return this.problem.code;
  }
}

export const API = '/api/v1';

/** A fetch that reads the whole body before answering. */
async function send(method: string, path: string, body?: unknown): Promise<Answer> {
  const response = await fetch(API + path, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, statusText: response.statusText, text: await response.text() };
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  if (method !== 'GET') dropEarlyAnswers();
  const { status, statusText, text } = await ((method === 'GET' && takeEarlyAnswer(path)) || send(method, path, body));
  if (status === 204) return undefined as T;
  const data = text ? JSON.parse(text) : undefined;
  if (status < 200 || status > 299) {
    throw new ProblemError(
      data && typeof data === 'object' && 'code' in data
        ? (data as Problem)
        : { type: 'about:blank', title: statusText, status, detail: `The server answered ${status}.`, code: 'internal_error' },
    );
  }
  return data as T;
}

export const http = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: (path: string) => request<void>('DELETE', path),
};

/** What to tell the user about a failed request: the server's own explanation when it gave one. */
export function explain(error: unknown): string {
  if (error instanceof ProblemError) return error.problem.detail || error.problem.title;
  if (error instanceof TypeError) return 'The server could not be reached; check your connection and try again.';
  return error instanceof Error ? error.message : String(error);
}

export function isProblem(error: unknown, ...codes: string[]): error is ProblemError {
  return error instanceof ProblemError && codes.includes(error.code);
}
