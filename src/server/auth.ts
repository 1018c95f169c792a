import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actorFromSession, actorFromToken, SESSION_DAYS } from '../app/accounts';
import type { Actor, AppContext } from '../app/context';
import { DomainError } from '../domain/errors';

export const SESSION_COOKIE = 'pk_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Routes that answer without a signed-in user (setup, login, the API description). */
    public?: boolean;
  }
}

export function sessionToken(request: FastifyRequest): string | null {
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid ? unsigned.value : null;
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', signed: true, maxAge: SESSION_DAYS * 24 * 3600 });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Resolves the actor of every request from `Authorization: Bearer` or the session cookie. */
export async function resolveActor(ctx: AppContext, request: FastifyRequest): Promise<Actor | null> {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new DomainError('unauthenticated', 'The Authorization header must be "Bearer <token>".');
    const actor = await actorFromToken(ctx, match[1]!);
    if (!actor) throw new DomainError('unauthenticated', 'The API token is unknown or revoked.');
    return actor;
  }
  const token = sessionToken(request);
  return token ? actorFromSession(ctx, token) : null;
}

export function registerAuthentication(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  // Before the body is read: an anonymous request is refused as such, never judged on its body.
  app.addHook('onRequest', async (request) => {
    // An unknown path answers 404 for everyone: the routes are public in the OpenAPI document anyway.
    if (!request.url.startsWith('/api/v1/') || request.routeOptions.url === undefined) return;
    request.actor = await resolveActor(ctx, request);
    if (!request.actor && !request.routeOptions.config.public) {
      throw new DomainError('unauthenticated', 'Sign in (POST /api/v1/auth/login) or send Authorization: Bearer <token>.');
    }
  });
}

/** The signed-in actor of a protected route; the onRequest hook guarantees one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('unauthenticated', 'Sign in first.');
  return request.actor;
}
