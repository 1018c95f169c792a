import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../domain/errors';

type SecurityOptions = { publicUrl: string | null; secureCookies: boolean };

const WEB_INDEX = fileURLToPath(new URL('../../web/index.html', import.meta.url));
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The web app's index.html carries small inline scripts (the theme before the first paint, the first
 * view's early requests). The build copies them unchanged, so their hashes let exactly those run and no other.
 */
function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body!).digest('base64')}'`,
  );
}

function contentSecurityPolicy(secure: boolean) {
  const scriptHashes = existsSync(WEB_INDEX) ? inlineScriptHashes(readFileSync(WEB_INDEX, 'utf8')) : [];
  return {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", ...scriptHashes],
      // React and the API browser set inline styles; styles cannot run code.
      styleSrc: ["'self'", "'unsafe-inline'"],
      // Images from other sites would tell them who reads what and when: Markdown shows them as links
      // (see renderMarkdown), and this keeps any that got into a page from loading.
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      // 'self' covers the page's own fetches and its WebSocket to the same host.
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      // Upgrading would break an installation served over plain http (a LAN address, say).
      upgradeInsecureRequests: secure ? [] : null,
    },
  };
}

/**
 * Security headers on every response, and the cross-site request check for cookie-authenticated writes.
 */
export function registerSecurity(app: FastifyInstance, options: SecurityOptions): void {
  const headers = securityHeaders({
    contentSecurityPolicy: contentSecurityPolicy(options.secureCookies),
    // Browsers then still send the page's own Origin on its writes (with "no-referrer" they send
    // "Origin: null", which the check below would refuse), and nothing to other sites.
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: options.secureCookies ? { maxAge: 365 * 24 * 3600 } : false,
  });
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
  const publicOrigin = options.publicUrl ? new URL(options.publicUrl).origin : null;
  app.addHook('onRequest', async (request) => refuseCrossSiteWrite(request, publicOrigin));
}

/**
 * The headers helmet sets with these options. None depends on the request, so helmet runs once, at start, on a
 * response that only records them: run on every request, its middleware chain set them one by one, each
 * validated by Node, and that was a thirtieth of a move's CPU.
 */
function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  let failure: unknown = null;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error) => void (failure = error ?? null));
  if (failure) throw failure;
  return headers;
}

function sourceOf(request: FastifyRequest): { origin: string; header: 'Origin' | 'Referer' } | null {
  if (request.headers.origin) return { origin: request.headers.origin, header: 'Origin' };
  const referer = request.headers.referer;
  if (referer && URL.canParse(referer)) return { origin: new URL(referer).origin, header: 'Referer' };
  return null;
}

/** A WebSocket handshake is a GET, but what it opens streams the board to whoever opened it (cross-site WebSocket hijacking). */
function isWebSocketUpgrade(request: FastifyRequest): boolean {
  return request.headers.upgrade?.toLowerCase() === 'websocket';
}

/**
 * SameSite=Lax already keeps the session cookie off cross-site POSTs in current browsers; this is the
 * second line for browsers and cases where it does not (same-site subdomains, older browsers):
 * a write that would be authenticated by the cookie must come from a page of this server. Browsers
 * send Origin on every POST, PUT, PATCH and DELETE; a client that sends neither Origin nor Referer
 * is not a browser and so cannot be a victim. API tokens are exempt: a page on another site cannot
 * make a browser attach an Authorization header. Sign-in and setup are checked too (login CSRF), and so is
 * the opening of a WebSocket, on which browsers always send Origin.
 */
function refuseCrossSiteWrite(request: FastifyRequest, publicOrigin: string | null): void {
  if (!(UNSAFE_METHODS.has(request.method) || isWebSocketUpgrade(request)) || request.headers.authorization) return;
  const source = sourceOf(request);
  if (!source) return;
  const sameHost = URL.canParse(source.origin) && new URL(source.origin).host === request.host;
  if (sameHost || source.origin === publicOrigin) return;
  throw new DomainError(
    'forbidden',
    `Cross-site request refused: the ${source.header} header names ${source.origin}, not this server (${publicOrigin ?? request.host}). ` +
      'Writes and WebSocket connections signed in with the session cookie are accepted only from pages of this server; scripts and other sites use an API token (Authorization: Bearer). ' +
      'Behind a proxy that changes the host, set PUBLIC_URL to the address users reach.',
    { reason: 'cross_site_request', origin: source.origin },
  );
}
