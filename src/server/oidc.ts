import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type * as OpenIdClient from 'openid-client';
import type { AppContext } from '../app/context';
import { signInWithIdentity } from '../app/sso';
import { DomainError } from '../domain/errors';
import { answer, problems, redirect } from './answer-schemas';
import { sessionToken, setSessionCookie } from './auth';
import { NoQuery } from './schemas';

/** OpenID Connect single sign-on (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET). */
export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Talk to an `http://` issuer: only for a provider started inside the tests, never from configuration. */
  allowInsecureRequests?: boolean;
};

type OidcRouteOptions = { ctx: AppContext; oidc: OidcSettings | null; publicUrl: string | null; secureCookies: boolean };

const LOGIN_PATH = '/auth/oidc/login';
const CALLBACK_PATH = '/auth/oidc/callback';
/** Carries state, nonce and PKCE verifier from the redirect to the provider back to the callback. */
const PENDING_COOKIE = 'pk_oidc';
const PENDING_SECONDS = 10 * 60;

type Pending = { state: string; nonce: string; verifier: string };

/** The provider's configuration, and the client library that speaks to it. */
type Provider = { oidc: typeof OpenIdClient; configuration: OpenIdClient.Configuration };

/**
 * Discovery runs on first use, so that a provider that is down does not keep the server from starting. The
 * client library (openid-client and jose) is loaded then too: most servers never sign anyone in this way,
 * and every server started with it loaded kept its modules in memory.
 */
function discoverer(settings: OidcSettings): () => Promise<Provider> {
  let provider: Promise<Provider> | null = null;
  const discover = async (): Promise<Provider> => {
    const oidc = await import('openid-client');
    const configuration = await oidc.discovery(new URL(settings.issuer), settings.clientId, undefined, oidc.ClientSecretBasic(settings.clientSecret), {
      ...(settings.allowInsecureRequests ? { execute: [oidc.allowInsecureRequests] } : {}),
    });
    return { oidc, configuration };
  };
  return () => {
    provider ??= discover().catch((error: unknown) => {
      provider = null;
      throw error;
    });
    return provider;
  };
}

/** Refusals by the provider, and answers that fail verification (state, nonce, ID token), are the user's sign-in failing; anything else is a fault. */
function signInFailure(oidc: typeof OpenIdClient, error: unknown): DomainError | null {
  if (error instanceof oidc.AuthorizationResponseError || error instanceof oidc.ResponseBodyError) {
    return new DomainError('unauthenticated', `The identity provider refused the sign-in: ${error.error}${error.error_description ? ` (${error.error_description})` : ''}.`, { error: error.error });
  }
  if (error instanceof oidc.ClientError && error.code?.startsWith('OAUTH_')) {
    const reason = error.cause instanceof Error ? error.cause.message : error.message;
    return new DomainError('unauthenticated', `The identity provider's answer failed verification (${reason}); start again at /api/v1${LOGIN_PATH}.`);
  }
  return null;
}

function readPending(request: FastifyRequest): Pending {
  const raw = request.cookies[PENDING_COOKIE];
  const unsigned = raw ? request.unsignCookie(raw) : null;
  if (!unsigned?.valid || !unsigned.value) {
    throw new DomainError('unauthenticated', `This sign-in was not started in this browser or took longer than ${PENDING_SECONDS / 60} minutes; start again at /api/v1${LOGIN_PATH}.`);
  }
  return JSON.parse(unsigned.value) as Pending;
}

export const oidcRoutes: FastifyPluginAsyncTypebox<OidcRouteOptions> = async (app, { ctx, oidc: settings, publicUrl, secureCookies }) => {
  const loginUrl = `${app.prefix}${LOGIN_PATH}`;
  const cookiePath = `${app.prefix}/auth/oidc`;

  app.get('/auth/providers', { config: { public: true }, schema: { operationId: 'listSignInOptions', tags: ['accounts'], querystring: NoQuery, summary: 'The ways to sign in: the UI shows a single sign-on button when oidc.enabled', response: { 200: answer('SignInOptions') } } }, async () => ({
    password: true,
    oidc: { enabled: settings !== null, loginUrl: settings ? loginUrl : null },
  }));

  const discover = settings ? discoverer(settings) : null;
  const provider = async (): Promise<Provider> => {
    if (!discover) throw new DomainError('not_found', 'Single sign-on is not configured on this server (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET).');
    return discover();
  };

  /** The provider sends the browser back here; it must be registered there exactly like this. */
  const redirectUri = (request: FastifyRequest) => new URL(`${app.prefix}${CALLBACK_PATH}`, publicUrl ?? `${request.protocol}://${request.host}`).href;

  app.get(LOGIN_PATH, { config: { public: true }, schema: { operationId: 'startSingleSignOn', tags: ['accounts'], querystring: NoQuery, summary: 'Sign in with the OpenID Connect provider: redirects there (authorization code with PKCE)', response: { 302: redirect('To the OpenID Connect provider'), ...problems(404) } } }, async (request, reply) => {
    const { oidc, configuration } = await provider();
    const pending: Pending = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier() };
    const target = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri(request),
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    // SameSite=Lax still sends the cookie when the provider redirects the browser back (a top-level GET).
    reply.setCookie(PENDING_COOKIE, JSON.stringify(pending), { httpOnly: true, sameSite: 'lax', secure: secureCookies, path: cookiePath, signed: true, maxAge: PENDING_SECONDS });
    return reply.redirect(target.href, 302);
  });

  app.get(
    CALLBACK_PATH,
    {
      config: { public: true },
      schema: {
        operationId: 'finishSingleSignOn',
        tags: ['accounts'],
        summary: 'Where the provider returns: verifies the answer, signs in (matching or creating the user by verified e-mail) and redirects to /',
        response: { 302: redirect('To the web app, signed in'), ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { oidc, configuration } = await provider();
      const pending = readPending(request);
      reply.clearCookie(PENDING_COOKIE, { path: cookiePath });
      const currentUrl = new URL(redirectUri(request));
      currentUrl.search = new URL(request.url, currentUrl).search;
      try {
        const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
          pkceCodeVerifier: pending.verifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        const claims = tokens.claims()!;
        const info = await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub);
        // E-mail and its verification are taken from one source, never mixed.
        const source = info.email ? info : claims;
        const { session } = await signInWithIdentity(
          ctx,
          {
            issuer: claims.iss,
            subject: claims.sub,
            email: typeof source.email === 'string' ? source.email : null,
            emailVerified: source.email_verified === true || source.email_verified === 'true',
            name: typeof info.name === 'string' ? info.name : typeof claims.name === 'string' ? claims.name : null,
          },
          sessionToken(request),
        );
        setSessionCookie(reply, session.token, secureCookies);
        return reply.redirect('/', 302);
      } catch (error) {
        throw signInFailure(oidc, error) ?? error;
      }
    },
  );
};
