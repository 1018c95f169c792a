import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OidcSettings } from '../../src/server/oidc';

/** A person the test provider signs in, with the claims it vouches for. */
export type TestAccount = { sub: string; email: string; emailVerified: boolean; name: string };

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
type Grant = { addOIDCScope(scope: string): void; addOIDCClaims(claims: string[]): void; save(): Promise<string> };
type Interaction = { params: { client_id: string }; prompt: { details: { missingOIDCScope?: string[]; missingOIDCClaims?: string[] } } };
type Provider = {
  callback(): Handler;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
  interactionFinished(req: IncomingMessage, res: ServerResponse, result: unknown, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
  Grant: new (init: { accountId: string; clientId: string }) => Grant;
};

export type TestOidcProvider = {
  /** What the server under test is configured with (http issuer, so insecure requests are allowed). */
  settings: OidcSettings;
  /** Creates the provider with one client that may return to `redirectUri` (known once the app listens). */
  registerClient(redirectUri: string): Promise<void>;
  /** The next sign-in logs in this account without asking (the provider's own login and consent, automated). */
  signInAs(account: TestAccount): void;
  close(): Promise<void>;
};

/**
 * A real OpenID Connect provider (the `oidc-provider` package) on an ephemeral port. The port is taken
 * first so that the issuer is known before the app starts; the provider itself is created once the
 * app's callback address is known.
 */
export async function startOidcProvider(): Promise<TestOidcProvider> {
  let handler: Handler | null = null;
  const http = createServer((req, res) => (handler ? handler(req, res) : res.writeHead(503).end()));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const settings = { issuer, clientId: 'portfolio-kanban', clientSecret: randomBytes(24).toString('base64url'), allowInsecureRequests: true };
  const accounts = new Map<string, TestAccount>();
  let current: TestAccount | null = null;

  return {
    settings,
    signInAs(account) {
      accounts.set(account.sub, account);
      current = account;
    },
    async registerClient(redirectUri) {
      // The package ships no type declarations; a computed specifier keeps its import untyped (see Provider above).
      const packageName = 'oidc-provider';
      const { default: ProviderClass } = (await import(packageName)) as { default: new (issuer: string, configuration: unknown) => Provider };
      const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
      const provider = new ProviderClass(issuer, {
        clients: [
          {
            client_id: settings.clientId,
            client_secret: settings.clientSecret,
            redirect_uris: [redirectUri],
            grant_types: ['authorization_code'],
            response_types: ['code'],
            token_endpoint_auth_method: 'client_secret_basic',
          },
        ],
        jwks: { keys: [signingKey] },
        cookies: { keys: [randomBytes(16).toString('hex')] },
        claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
        pkce: { required: () => true },
        ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
        features: { devInteractions: { enabled: false } },
        interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
        findAccount: async (_ctx: unknown, sub: string) => {
          const account = accounts.get(sub);
          return account && { accountId: sub, claims: async () => ({ sub, email: account.email, email_verified: account.emailVerified, name: account.name }) };
        },
      });
      const oidcHandler = provider.callback();
      handler = (req, res) => {
        if (!req.url?.startsWith('/interaction/')) return oidcHandler(req, res);
        signIn(provider, req, res).catch((error: Error) => res.writeHead(500).end(error.message));
      };
    },
    close: () => new Promise<void>((resolve, reject) => http.close((error) => (error ? reject(error) : resolve()))),
  };

  /** Logs in the current account and grants whatever the client asked for. */
  async function signIn(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!current) throw new Error('call signInAs(account) before signing in');
    const details = await provider.interactionDetails(req, res);
    const grant = new provider.Grant({ accountId: current.sub, clientId: details.params.client_id });
    grant.addOIDCScope((details.prompt.details.missingOIDCScope ?? ['openid', 'email', 'profile']).join(' '));
    grant.addOIDCClaims(details.prompt.details.missingOIDCClaims ?? []);
    await provider.interactionFinished(req, res, { login: { accountId: current.sub }, consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: false });
  }
}

/**
 * A browser for redirect flows: follows redirects one by one and keeps cookies per origin (paths and
 * expiry dates are simplified: a cookie is sent to every path of its origin until it is cleared).
 */
export class TestBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const origin = new URL(url).origin;
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    this.jars.set(origin, jar);
    const headers = new Headers(init.headers);
    if (jar.size > 0) headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...value] = pair!.split('=');
      const cleared = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]!) <= Date.now()));
      if (cleared) jar.delete(name!.trim());
      else jar.set(name!.trim(), value.join('='));
    }
    return response;
  }

  /** GETs `url` and follows redirects; returns every address visited and the last response. */
  async navigate(url: string, maxRedirects = 20): Promise<{ visited: string[]; response: Response }> {
    const visited = [url];
    let response = await this.fetch(url);
    while (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
      if (visited.length > maxRedirects) throw new Error(`too many redirects: ${visited.join(' → ')}`);
      const next = new URL(response.headers.get('location')!, visited.at(-1)).href;
      visited.push(next);
      response = await this.fetch(next);
    }
    return { visited, response };
  }
}
