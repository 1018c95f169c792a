/** A minimal HTTP client for the API: JSON in, JSON out, with a session cookie or a bearer token. */
export type Response<T = any> = { status: number; headers: Headers; body: T };

export class Client {
  private cookie: string | null = null;

  constructor(
    readonly baseUrl: string,
    private token: string | null = null,
  ) {}

  /** The session cookie as a `Cookie` header, for what `fetch` does not open (a WebSocket). */
  get sessionCookie(): string | null {
    return this.cookie;
  }

  withToken(token: string): Client {
    return new Client(this.baseUrl, token);
  }

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response<T>> {
    const init: RequestInit = { method, headers: { ...headers } };
    const h = init.headers as Record<string, string>;
    if (body !== undefined) {
      h['content-type'] ??= 'application/json';
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
    }
    if (this.token) h.authorization = `Bearer ${this.token}`;
    if (this.cookie) h.cookie = this.cookie;
    const response = await fetch(this.baseUrl + '/api/v1' + path, init);
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, headers: response.headers, body: text && type.includes('json') ? JSON.parse(text) : text };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body);
  }
  put<T = any>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body);
  }
  patch<T = any>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }
}

/** Sets up the instance, returning the admin's signed-in client. */
export async function setUpInstance(baseUrl: string): Promise<Client> {
  const admin = new Client(baseUrl);
  const response = await admin.post('/setup', { email: 'admin@example.org', name: 'Admin', password: 'admin-password' });
  if (response.status !== 201) throw new Error(`setup failed: ${response.status} ${JSON.stringify(response.body)}`);
  return admin;
}

let userCounter = 0;

/** Creates a user through the admin and returns that user's signed-in client and id. */
export async function createUserClient(admin: Client, name = `User ${++userCounter}`): Promise<{ client: Client; id: string; email: string }> {
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${Date.now().toString(36)}.${++userCounter}@example.org`;
  const created = await admin.post('/users', { email, name, password: 'user-password' });
  if (created.status !== 201) throw new Error(`user creation failed: ${created.status} ${JSON.stringify(created.body)}`);
  const client = new Client(admin.baseUrl);
  const login = await client.post('/auth/login', { email, password: 'user-password' });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${JSON.stringify(login.body)}`);
  return { client, id: created.body.id, email };
}
