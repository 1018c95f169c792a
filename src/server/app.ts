import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import websocket from '@fastify/websocket';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context';
import { registerAuthentication } from './auth';
import { sendProblem, toProblem, problem } from './problem';
import { registerRoutes } from './routes';

export type ServerOptions = {
  ctx: AppContext;
  sessionSecret: string;
  secureCookies?: boolean;
  logLevel?: string;
  /** Login attempts per minute per address and e-mail before 429 rate_limited. */
  loginRateLimit?: number;
};

export const API_PREFIX = '/api/v1';
export const BODY_LIMIT = 1024 * 1024;

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logLevel === 'silent' ? false : { level: options.logLevel ?? 'info' },
    bodyLimit: BODY_LIMIT,
    ajv: { customOptions: { allErrors: true, coerceTypes: false, removeAdditional: false, useDefaults: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setErrorHandler((error, request, reply) => {
    const body = toProblem(error, request);
    if (body.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, body);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problem('not_found', `No route ${request.method} ${request.url.split('?')[0]}.`)),
  );

  await app.register(cookie, { secret: options.sessionSecret });
  await app.register(rateLimit, { global: false });
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Portfolio Kanban API',
        version: '1.0.0',
        description:
          'Portfolio kanban with explicit, enforced and explainable responsibility. Errors are application/problem+json with a stable `code`. Authenticate with the session cookie from POST /auth/login or `Authorization: Bearer <token>` from POST /tokens.',
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'pk_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  registerAuthentication(app, options.ctx);
  await app.register(registerRoutes, { prefix: API_PREFIX, ctx: options.ctx, secureCookies: options.secureCookies ?? false, loginRateLimit: options.loginRateLimit ?? 20 });
  app.get(`${API_PREFIX}/openapi.json`, { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  return app;
}
