import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createToken, createUser, getUser, isSetUp, listTokens, listUsers, logIn, logOut, revokeToken, setUp } from '../../app/accounts';
import { DomainError } from '../../domain/errors';
import { answer, answers, NO_CONTENT, problems } from '../answer-schemas';
import { actorOf, clearSessionCookie, sessionToken, setSessionCookie } from '../auth';
import { Credentials, IdParams, NewToken, NewUser, NoQuery, SetupInput } from '../schemas';
import type { RouteOptions } from './index';

/** Sign-in attempts one address may make per minute, as a multiple of those per address and e-mail. */
const LOGIN_ADDRESS_FACTOR = 5;

export const accountRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx, secureCookies, loginRateLimit }) => {
  // Counted apart from the limit per address and e-mail of the route's config: the plugin applies one limit per request.
  const addressLimit = app.createRateLimit({ max: loginRateLimit * LOGIN_ADDRESS_FACTOR, timeWindow: 60_000, keyGenerator: (request) => `address|${request.ip}` });
  app.get('/setup', { config: { public: true }, schema: { operationId: 'getSetupState', tags: ['accounts'], summary: 'Whether the instance has its first admin', querystring: NoQuery, response: { 200: answer('SetupState') } } }, async () => ({
    setUp: await isSetUp(ctx),
  }));

  app.post('/setup', { config: { public: true }, schema: { operationId: 'setUpInstance', tags: ['accounts'], summary: 'Create the first instance admin (once) and sign in', body: SetupInput, response: { 201: answer('User'), ...problems(409) } } }, async (request, reply) => {
    const { user, session } = await setUp(ctx, request.body);
    setSessionCookie(reply, session.token, secureCookies);
    return reply.code(201).send(user);
  });

  app.post(
    '/auth/login',
    {
      // Also per address alone, across e-mails: one address trying a common password on many accounts (password spraying).
      onRequest: async (request, reply) => {
        const limit = await addressLimit(request);
        if (limit.isAllowed || !limit.isExceeded) return;
        reply.header('retry-after', String(limit.ttlInSeconds));
        throw new DomainError('rate_limited', `Too many sign-in attempts from this address; try again in ${limit.ttlInSeconds} seconds.`);
      },
      config: {
        public: true,
        rateLimit: {
          // After body parsing, so that attempts are counted per address and e-mail.
          hook: 'preHandler',
          max: loginRateLimit,
          timeWindow: 60_000,
          keyGenerator: (request) => `${request.ip}|${String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
        },
      },
      schema: { operationId: 'logIn', tags: ['accounts'], summary: 'Sign in; sets an HttpOnly session cookie', body: Credentials, response: { 200: answer('Session'), ...problems(401, 403, 429) } },
    },
    async (request, reply) => {
      const { user, session } = await logIn(ctx, request.body.email, request.body.password, sessionToken(request));
      setSessionCookie(reply, session.token, secureCookies);
      return { user, expiresAt: session.expiresAt };
    },
  );

  app.post('/auth/logout', { config: { public: true }, schema: { operationId: 'logOut', tags: ['accounts'], summary: 'End the current session', querystring: NoQuery, response: { 204: NO_CONTENT } } }, async (request, reply) => {
    const token = sessionToken(request);
    if (token) await logOut(ctx, token);
    clearSessionCookie(reply);
    return reply.code(204).send();
  });

  app.get('/auth/me', { schema: { operationId: 'getMe', tags: ['accounts'], summary: 'The signed-in user', response: { 200: answer('User') } } }, async (request) => getUser(ctx.store.db, actorOf(request).userId));

  app.post('/tokens', { schema: { operationId: 'createToken', tags: ['accounts'], summary: 'Create an API token (shown once)', body: NewToken, response: { 201: answer('CreatedApiToken') } } }, async (request, reply) =>
    reply.code(201).send(await createToken(ctx, actorOf(request), request.body.name)),
  );
  app.get('/tokens', { schema: { operationId: 'listTokens', tags: ['accounts'], summary: 'Your API tokens (without their secrets)', response: { 200: answers('ApiToken') } } }, async (request) => listTokens(ctx, actorOf(request)));
  app.delete('/tokens/:id', { schema: { operationId: 'revokeToken', tags: ['accounts'], summary: 'Revoke an API token', params: IdParams, response: { 204: NO_CONTENT, ...problems(404) } } }, async (request, reply) => {
    await revokeToken(ctx, actorOf(request), request.params.id);
    return reply.code(204).send();
  });

  app.post('/users', { schema: { operationId: 'createUser', tags: ['accounts'], summary: 'Create a user (instance admins)', body: NewUser, response: { 201: answer('User'), ...problems(403, 409) } } }, async (request, reply) =>
    reply.code(201).send(await createUser(ctx, actorOf(request), request.body)),
  );
  app.get('/users', { schema: { operationId: 'listUsers', tags: ['accounts'], summary: 'All users, to add them to portfolios', response: { 200: answers('User') } } }, async () => listUsers(ctx));
  app.get('/users/:id', { schema: { operationId: 'getUser', tags: ['accounts'], summary: 'One user', params: IdParams, response: { 200: answer('User'), ...problems(404) } } }, async (request) => getUser(ctx.store.db, request.params.id));
};

