import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portfolio Kanban</title></head>
<body><main><h1>The web app is not built</h1><p>Run <code>npm run build:web</code> (<code>npm start</code> does it for you), then reload.
The API is available at <a href="/api/docs">/api/docs</a>.</p></main></body></html>`;

/**
 * Serves the built single-page app. Hashed assets are cached for good and looked up when asked for,
 * so that a rebuild under a running server is served at once; a missing asset is a 404, never the
 * page. Every other GET that is not an API call gets index.html, so that deep links (/boards/…) open
 * in the app.
 */
/** A page of the app whose data a client may ask for at the page's own address with `Accept: application/json`. */
export type JsonAlternative = { path: string; answer: (params: Record<string, string>) => Promise<unknown> };

/** Whether the request asks for JSON before HTML: a browser opening a page lists text/html first. */
export function prefersJson(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  const json = accept.indexOf('application/json');
  const html = accept.indexOf('text/html');
  return html === -1 || (json !== -1 && json < html);
}

export const webApp: FastifyPluginAsync<{ root?: string; jsonAlternatives?: readonly JsonAlternative[] }> = async (app, { root = WEB_DIST, jsonAlternatives = [] }) => {
  const built = () => existsSync(`${root}/index.html`);
  const sendApp = (reply: FastifyReply) => {
    if (!built()) return reply.code(503).type('text/html; charset=utf-8').send(NOT_BUILT);
    return reply.header('cache-control', 'no-cache').sendFile('index.html', root);
  };
  await app.register(fastifyStatic, {
    root: `${root}/assets`,
    prefix: '/assets/',
    index: false,
    // web/build.ts writes each file's .br and .gz beside it; they are sent to whoever accepts them.
    preCompressed: true,
    cacheControl: false,
    setHeaders: (res) => res.setHeader('cache-control', 'public, max-age=31536000, immutable'),
  });
  // Public: the app shell needs no sign-in, and an unknown /api path falls through to a plain 404.
  app.get('/*', { schema: { hide: true }, config: { public: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    return sendApp(reply);
  });
  for (const alternative of jsonAlternatives) {
    app.get(alternative.path, { schema: { hide: true }, config: { public: true } }, async (request, reply) => {
      if (!prefersJson(request)) return sendApp(reply);
      return reply.header('cache-control', 'no-store').send(await alternative.answer(request.params as Record<string, string>));
    });
  }
};
