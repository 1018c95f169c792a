import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import websocket from '@fastify/websocket';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context';
import { followStatus } from '../app/intake';
import type { Mailer } from '../app/notification-mail';
import { startReviewScheduler } from '../app/review-cadence';
import { startWebhookDispatcher, type WebhookSender } from '../app/webhook-dispatcher';
import { defaultAdmission, registerAdmission, type AdmissionSettings } from './admission';
import { documentCommonProblems, registerAnswerSchemas } from './answer-schemas';
import { registerAuthentication } from './auth';
import { registerCompression } from './compression';
import { registerDraining } from './draining';
import { validatorsCompiledOnFirstUse } from './lazy-validation';
import { DEFAULT_ACCESS_RECHECK_MS } from './board-watchers';
import { oidcRoutes, type OidcSettings } from './oidc';
import { sendProblem, toProblem, problem } from './problem';
import { registerRoutes } from './routes';
import { registerSecurity } from './security';
import { refuseNulCharacters } from './unstorable-text';
import { webApp } from './web';

export type ServerOptions = {
  ctx: AppContext;
  sessionSecret: string;
  secureCookies?: boolean;
  logLevel?: string;
  /** Login attempts per minute per address and e-mail before 429 rate_limited. */
  loginRateLimit?: number;
  /** PUBLIC_URL: the address users reach; writes from pages of this origin are not cross-site, and SSO returns here. */
  publicUrl?: string | null;
  /** Single sign-on through an OpenID Connect provider; off when absent. */
  oidc?: OidcSettings | null;
  /** Sends invitation e-mails when SMTP_URL is set; off when absent. */
  mailer?: Mailer | null;
  /** How often each open board WebSocket checks its access again besides when a change is announced. */
  accessRecheckMs?: number;
  /** How many API requests are handled at once, and how many may wait how long for their turn (see registerAdmission). */
  admission?: AdmissionSettings;
  /** How the server sends webhook deliveries: how often it looks for due ones, and how it sends them; null sends none (tests that need no webhooks). */
  webhooks?: { intervalMs?: number; send?: WebhookSender } | null;
  /** How often the server looks for tomorrow's portfolio reviews to remind members of; null reminds nobody (tests that need no reminders). */
  reviewReminders?: { intervalMs?: number } | null;
  /**
   * Answers are serialized by their documented schema, which leaves out any field it does not name; plain JSON
   * sends whatever a route returns, so that the contract test (test/api-contract.test.ts) sees what a schema misses.
   */
  plainAnswers?: boolean;
};

export const API_PREFIX = '/api/v1';
export const BODY_LIMIT = 1024 * 1024;

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logLevel === 'silent' ? false : { level: options.logLevel ?? 'info' },
    bodyLimit: BODY_LIMIT,
    // registerDraining answers those requests itself, as a problem document with Retry-After.
    return503OnClosing: false,
    ajv: { customOptions: { allErrors: true, coerceTypes: false, removeAdditional: false, useDefaults: false } },
    schemaController: { compilersFactory: { buildValidator: validatorsCompiledOnFirstUse() } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setErrorHandler((error, request, reply) => {
    const body = toProblem(error, request);
    if (body.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, body);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problem('not_found', `No route ${request.method} ${request.url.split('?')[0]}.`)),
  );
  // A request without a body is judged as an empty object: the fields a route requires are then named
  // one by one, and a route whose fields are all optional (POST /items/{id}/unblock) needs no body.
  app.addHook('preValidation', async (request) => {
    if (request.body === undefined && request.routeOptions.schema?.body) request.body = {};
  });
  app.addHook('preValidation', refuseNulCharacters);
  // API answers carry private data: no browser or proxy cache may keep them (a shared computer's back button, a proxy).
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith(`${API_PREFIX}/`) && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
  registerCompression(app);
  registerAnswerSchemas(app, { plain: options.plainAnswers ?? false });
  app.addHook('onRoute', documentCommonProblems);

  // First: its onRequest hook marks a handshake as such, so that a handshake refused by any later hook (draining,
  // the cross-site check, authentication) gets its connection closed after the refusal.
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  registerDraining(app);
  registerSecurity(app, { publicUrl: options.publicUrl ?? null, secureCookies: options.secureCookies ?? false });
  // Before authentication, whose database read waits its turn too.
  registerAdmission(app, options.admission ?? defaultAdmission(options.ctx.store.dialect));
  await app.register(cookie, { secret: options.sessionSecret });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Portfolio Kanban API',
        version: '1.0.0',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
        description:
          'Portfolio kanban with explicit, enforced and explainable responsibility. Errors are application/problem+json with a stable `code`. Authenticate with the session cookie from POST /auth/login (or single sign-on at GET /auth/oidc/login) or `Authorization: Bearer <token>` from POST /tokens. A write or a board WebSocket authenticated by the cookie must come from a page of this server: one whose Origin names another site is refused with 403 forbidden. API answers carry Cache-Control: no-store.',
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
    // Each shared schema is a component under its own name (Item, Board, Problem...), not def-0, def-1 and so on
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
    transformObject: (document) => ('openapiObject' in document ? withOptionalBodies(document.openapiObject) : document.swaggerObject),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  registerAuthentication(app, options.ctx);
  await app.register(registerRoutes, {
    prefix: API_PREFIX,
    ctx: options.ctx,
    secureCookies: options.secureCookies ?? false,
    loginRateLimit: options.loginRateLimit ?? 20,
    publicUrl: options.publicUrl ?? null,
    mailer: options.mailer ?? null,
    accessRecheckMs: options.accessRecheckMs ?? DEFAULT_ACCESS_RECHECK_MS,
  });
  await app.register(oidcRoutes, { prefix: API_PREFIX, ctx: options.ctx, oidc: options.oidc ?? null, publicUrl: options.publicUrl ?? null, secureCookies: options.secureCookies ?? false });
  app.get(`${API_PREFIX}/openapi.json`, { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  // A guest may read their idea's follow URL itself as JSON (PRODUCT.md §11); a browser gets the app's page.
  await app.register(webApp, { jsonAlternatives: [{ path: '/follow/:token', answer: (params) => followStatus(options.ctx, params.token ?? '') }] });
  // Every server process sends the webhook deliveries queued in the database; several share them safely.
  if (options.webhooks !== null) {
    const webhooks = startWebhookDispatcher(options.ctx, options.webhooks);
    app.addHook('onClose', async () => webhooks.stop());
  }
  // Every process looks; the reminders' table lets one of them send each meeting's reminders.
  if (options.reviewReminders !== null) {
    const reminders = startReviewScheduler(options.ctx, options.reviewReminders);
    app.addHook('onClose', async () => reminders.stop());
  }
  return app;
}

type OpenApiDocument = { paths?: Record<string, Record<string, { requestBody?: { required?: boolean; content?: Record<string, { schema?: { required?: string[] } }> } }>> };

/** A body none of whose fields is required may be left out (see the preValidation hook): the document says so. */
function withOptionalBodies<T>(document: T): T {
  for (const operations of Object.values((document as OpenApiDocument).paths ?? {})) {
    for (const { requestBody } of Object.values(operations)) {
      const schemas = Object.values(requestBody?.content ?? {}).map((media) => media.schema);
      if (requestBody && schemas.length > 0 && schemas.every((schema) => !schema?.required?.length)) requestBody.required = false;
    }
  }
  return document;
}
