import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app/context';
import type { Mailer } from '../../app/notification-mail';
import { accountabilityRoutes } from './accountability';
import { accountRoutes } from './accounts';
import { approvalRoutes } from './approvals';
import { boardRoutes } from './boards';
import { eventRoutes } from './events';
import { flowRoutes } from './flow';
import { ideaRoutes } from './ideas';
import { itemRoutes } from './items';
import { notificationRoutes } from './notifications';
import { peopleRoutes } from './people';
import { policyComparisonRoutes } from './policy-comparison';
import { portfolioRoutes } from './portfolios';
import { problemRoutes } from './problems';
import { reviewRoutes } from './reviews';
import { strategyRoutes } from './strategy';
import { webhookRoutes } from './webhooks';

export type RouteOptions = {
  ctx: AppContext;
  secureCookies: boolean;
  loginRateLimit: number;
  /** PUBLIC_URL: links the server hands out (invitations, password resets) point there; else to the request's address. */
  publicUrl: string | null;
  /** Sends e-mail when SMTP_URL is set. */
  mailer: Mailer | null;
  /** How often each open board WebSocket checks its access again besides when a change is announced. */
  accessRecheckMs: number;
};

export const registerRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx, secureCookies, loginRateLimit, publicUrl, mailer, accessRecheckMs }) => {
  // Only the route options travel on: passing the prefix along would prefix the routes twice.
  const options = { ctx, secureCookies, loginRateLimit, publicUrl, mailer, accessRecheckMs };
  await app.register(accountRoutes, options);
  await app.register(portfolioRoutes, options);
  await app.register(boardRoutes, options);
  await app.register(itemRoutes, options);
  await app.register(eventRoutes, options);
  await app.register(accountabilityRoutes, options);
  await app.register(approvalRoutes, options);
  await app.register(notificationRoutes, options);
  await app.register(peopleRoutes, options);
  await app.register(flowRoutes, options);
  await app.register(policyComparisonRoutes, options);
  await app.register(problemRoutes, options);
  await app.register(strategyRoutes, options);
  await app.register(webhookRoutes, options);
  await app.register(reviewRoutes, options);
  await app.register(ideaRoutes, options);
};
