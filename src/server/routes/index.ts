import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app/context';
import { accountRoutes } from './accounts';
import { boardRoutes } from './boards';
import { eventRoutes } from './events';
import { itemRoutes } from './items';
import { portfolioRoutes } from './portfolios';
import { problemRoutes } from './problems';

export type RouteOptions = { ctx: AppContext; secureCookies: boolean; loginRateLimit: number };

export const registerRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx, secureCookies, loginRateLimit }) => {
  // Only the route options travel on: passing the prefix along would prefix the routes twice.
  const options = { ctx, secureCookies, loginRateLimit };
  await app.register(accountRoutes, options);
  await app.register(portfolioRoutes, options);
  await app.register(boardRoutes, options);
  await app.register(itemRoutes, options);
  await app.register(eventRoutes, options);
  await app.register(problemRoutes, options);
};
