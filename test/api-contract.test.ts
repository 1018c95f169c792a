import { Ajv, type ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_STATUS, type ErrorCode } from '../src/domain/errors';
import { Client, createUserClient, type Response } from './support/client';
import { DATABASES } from './support/databases';
import { exampleOf, type Schema } from './support/openapi';
import { startOidcProvider, TestBrowser, type TestOidcProvider } from './support/oidc-provider';
import { createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { startServer, type TestServer } from './support/server';

/**
 * The API contract: every operation of the published OpenAPI document is called on a portfolio that holds data of
 * every kind, once as it should succeed and once as it should be refused, and each answer must be one the document
 * describes: its status listed, its content type listed for that status, its body valid against that schema. The
 * server answers plain JSON here (plainAnswers), so a field a schema does not name is seen, not silently left out.
 */

type Media = { schema?: object };
type Answer = { description?: string; content?: Record<string, Media> };
type Operation = { operationId?: string; tags?: string[]; security?: unknown[]; responses?: Record<string, Answer>; requestBody?: { content?: Record<string, Media> }; parameters?: { in: string; name: string }[] };
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, object> } };
type Walked = { method: string; path: string; operation: Operation };

/** How one operation is called to succeed: the path's ids (default: the seeded ones), a body, a query, and who calls. */
type Call = { params?: Record<string, string>; body?: unknown; query?: string; as?: Client; headers?: Record<string, string> };

const UNKNOWN_ID = 'nosuchthing';

function operationsOf(document: Document): Walked[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({ method: method.toUpperCase(), path: path.replace(/^\/api\/v1/, ''), operation })),
  );
}

/** Reads go first, on the seeded data; writes then; each write that destroys or freezes something makes its own. */
function walkOrder(walked: Walked): number {
  return walked.method === 'GET' ? 0 : walked.method === 'DELETE' ? 2 : 1;
}

describe.each(DATABASES)('the API contract on %s', (database) => {
  let provider: TestOidcProvider;
  let server: TestServer;
  let admin: Client;
  let member: { client: Client; id: string; email: string };
  let fixture: PortfolioFixture;
  let document: Document;
  let ajv: Ajv;
  const validators = new Map<object, ValidateFunction>();
  /** The answers of operations that can succeed only once, taken as the seed called them. */
  const seeded = new Map<string, Response>();
  /** The id each path parameter gets, by the path segment before it: `items/{id}`, `members/{userId}`… */
  const ids: Record<string, string> = {};
  const api = (path: string) => `${server.baseUrl}/api/v1${path}`;

  async function created(path: string, body: unknown, as = admin): Promise<any> {
    const response = await as.post(path, body);
    expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
    return response.body;
  }

  /** A fresh item of the portfolio's board, for an operation that changes it for good. */
  const freshItem = async (body: Record<string, unknown> = {}) => createItem(admin, fixture.boardId, { title: 'Walked item', ...body });

  beforeAll(async () => {
    provider = await startOidcProvider();
    server = await startServer(database, { plainAnswers: true, oidc: provider.settings });
    await provider.registerClient(api('/auth/oidc/callback'));
    admin = new Client(server.baseUrl);
    const setup = await admin.post('/setup', { email: 'admin@example.org', name: 'Admin', password: 'admin-password' });
    expect(setup.status).toBe(201);
    seeded.set('setUpInstance', setup);
    member = await createUserClient(admin, 'Member');
    fixture = await createPortfolio(admin, { name: 'Contract', template: 'enterprise', boardTemplate: 'safe' });
    const portfolioId: string = fixture.portfolio.id;
    const { columns } = fixture;
    expect((await admin.put(`/portfolios/${portfolioId}/members/${member.id}`, { roles: ['contributor'] })).status).toBe(200);
    // A role to hand over by delegation while keeping every capability through the others.
    const adminId = (await admin.get('/auth/me')).body.id;
    expect((await admin.put(`/portfolios/${portfolioId}/members/${adminId}`, { roles: ['portfolio_manager', 'kanban_coach', 'portfolio_office'] })).status).toBe(200);
    const theme = await created(`/portfolios/${portfolioId}/themes`, { name: 'Grow', targetShare: 40 });
    const valueStream = await created(`/portfolios/${portfolioId}/value-streams`, { name: 'Retail' });
    const webhook = await created(`/portfolios/${portfolioId}/webhooks`, { url: 'https://hooks.example.org/contract', events: ['*'] });
    const parent = await freshItem({
      title: 'Parent epic', themes: [theme.id], valueStream: valueStream.id, dueDate: '2026-12-31', ownerId: member.id, tags: ['contract'],
      wsjf: { userBusinessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 5 }, hypothesis: { for: 'teams' }, businessCase: { inScope: 'all' },
    });
    const child = await freshItem({ title: 'Child feature', parentId: parent.id, columnId: columns.reviewing!.id, assigneeIds: [member.id] });
    const blocker = await freshItem({ title: 'Blocker' });
    await created(`/items/${child.id}/dependencies`, { blockerId: blocker.id });
    await created(`/items/${child.id}/block`, { reason: 'Waiting for legal', resolverId: member.id });
    await created(`/items/${parent.id}/comments`, { body: 'A first comment' });
    await created(`/items/${parent.id}/move`, { columnId: columns.reviewing!.id });
    const finished = await freshItem({ title: 'Finished', columnId: columns.analyzing!.id });
    const done = Object.values(columns).find((column) => column.kind === 'done')!;
    await created(`/items/${finished.id}/move`, { columnId: done.id, override: { reason: 'Walked to done' } });
    const approval = await created(`/items/${parent.id}/approval-requests`, { columnId: columns.ready!.id, note: 'Ready?' }, admin);
    const decided = await freshItem({ title: 'Decided' });
    await created(`/items/${decided.id}/approval-requests`, { columnId: columns.ready!.id });
    const decidedRequest = (await admin.get(`/items/${decided.id}/approval-requests`)).body[0];
    await created(`/approval-requests/${decidedRequest.id}/decision`, { decision: 'go', rationale: 'Worth it', override: { reason: 'Contract walk' } });
    const column = await admin.patch(`/boards/${fixture.boardId}/columns/${columns.reviewing!.id}`, { wipLimit: 9, reason: 'Fewer at once' });
    expect(column.status).toBe(200);
    const policyChange = (await admin.get(`/boards/${fixture.boardId}/columns/${columns.reviewing!.id}/policy-history`)).body.at(-1);
    const delegation = await created(`/portfolios/${portfolioId}/delegations`, { roleKey: 'kanban_coach', toUserId: member.id, until: '2099-01-01', reason: 'Leave' });
    const review = await created(`/portfolios/${portfolioId}/reviews`, { title: 'Contract review' });
    const action = await created(`/reviews/${review.id}/actions`, { title: 'Follow up', ownerId: member.id, itemId: parent.id });
    expect((await admin.put(`/portfolios/${portfolioId}/review-cadence`, { frequency: 'weekly', weekday: 1 })).status).toBe(200);
    const intakeLink = await created(`/boards/${fixture.boardId}/intake-links`, { label: 'Customers' });
    const guestIdea = await new Client(server.baseUrl).post(`/intake/${intakeLink.url.split('/').at(-1)}`, { title: 'Guest idea', name: 'Guest', email: 'guest@example.org' });
    expect(guestIdea.status).toBe(201);
    await created(`/boards/${fixture.boardId}/ideas`, { title: 'An idea' }, member.client);
    const declined = await created(`/boards/${fixture.boardId}/ideas`, { title: 'Declined idea' });
    await created(`/items/${declined.id}/decline`, { reason: 'Out of scope' });
    const token = await created('/tokens', { name: 'Contract token' });
    const comment = await created(`/items/${parent.id}/comments`, { body: 'Contract comment' });
    const invitation = await created('/invitations', { email: 'invited@example.org', portfolioId, roles: ['stakeholder'] });
    const deliveries = (await admin.get(`/webhooks/${webhook.id}/deliveries`)).body;
    // The owner named on the parent epic was told: the member's notification.
    const notifications = (await member.client.get('/notifications')).body;
    expect(notifications.length).toBeGreaterThan(0);
    const rows = Array.from({ length: 1001 }, (_, i) => `Imported ${i},To do`).join('\n');
    const job = await admin.post(`/portfolios/${portfolioId}/imports`, { format: 'csv', content: `Title,Status\n${rows}\n`, mapping: { fields: { title: 'Title', status: 'Status' } } });
    expect(job.status).toBe(202);
    seeded.set('importBoard', job);

    Object.assign(ids, {
      'portfolios/{id}': portfolioId, 'boards/{id}': fixture.boardId, 'items/{id}': parent.id, 'columns/{columnId}': columns.reviewing!.id,
      'members/{userId}': member.id, 'roles/{roleKey}': 'contributor', 'themes/{themeId}': theme.id, 'value-streams/{valueStreamId}': valueStream.id,
      'delegations/{delegationId}': delegation.id, 'approval-requests/{id}': approval.id, 'reviews/{id}': review.id, 'entries/{entryId}': review.entries[0].id,
      'actions/{id}': action.id, 'webhooks/{id}': webhook.id, 'deliveries/{id}': deliveries[0].id, 'imports/{id}': job.body.id,
      'intake-links/{id}': intakeLink.id, 'intake/{token}': intakeLink.url.split('/').at(-1), 'follow/{token}': guestIdea.body.followUrl.split('/').at(-1),
      'tokens/{id}': token.id, 'users/{id}': member.id, 'notifications/{id}': notifications[0].id, 'invitations/{id}': invitation.id,
      'policy-history/{changeId}': policyChange.id, 'comments/{id}': comment.id, 'dependencies/{blockerId}': blocker.id, 'problems/{code}': 'not_found',
    });
    ids.childItem = child.id;
    ids.blockedItem = child.id;
    ids.pendingApproval = approval.id;
    ids.done = done.id;

    document = (await admin.get('/openapi.json')).body;
    // Each component under its own name, as references name it.
    ajv = new Ajv({ strict: true, allErrors: true });
    document = JSON.parse(JSON.stringify(document).replaceAll('"#/components/schemas/', '"'));
    for (const [name, schema] of Object.entries(document.components.schemas)) ajv.addSchema({ ...schema, $id: name });
  }, 240_000);
  afterAll(async () => {
    await server?.close();
    await provider?.close();
  });

  /** How each operation that needs more than the seeded ids and a body its schema accepts is called to succeed. */
  function successCalls(): Record<string, () => Promise<Call> | Call> {
    const portfolioId = ids['portfolios/{id}']!;
    const boardId = ids['boards/{id}']!;
    const { columns } = fixture;
    const version = async (path: string) => (await admin.get(path)).body.version as number;
    const signedIn = async () => (await createUserClient(admin, 'Walker')).client;
    // A refresh rebuilds the agenda: its entries are read when needed.
    const firstEntry = async () => (await admin.get(`/reviews/${ids['reviews/{id}']}`)).body.entries[0].id as string;
    return {
      logIn: () => ({ as: new Client(server.baseUrl), body: { email: 'admin@example.org', password: 'admin-password' } }),
      logOut: async () => ({ as: await signedIn() }),
      createUser: () => ({ body: { email: `walked.${Date.now()}@example.org`, name: 'Walked', password: 'walked-password' } }),
      revokeToken: async () => ({ params: { 'tokens/{id}': (await created('/tokens', { name: 'Revoked' })).id } }),
      createInvitation: () => ({ body: { email: `invited.${Date.now()}@example.org` } }),
      revokeInvitation: async () => ({ params: { 'invitations/{id}': (await created('/invitations', { email: 'revoked@example.org' })).id } }),
      previewInvitation: async () => ({ as: new Client(server.baseUrl), body: { token: (await created('/invitations', { email: 'previewed@example.org' })).url.split('/').at(-1) } }),
      acceptInvitation: async () => ({ as: new Client(server.baseUrl), body: { token: (await created('/invitations', { email: 'accepted@example.org' })).url.split('/').at(-1), name: 'Accepted', password: 'accepted-password' } }),
      updateUser: () => ({ body: { name: 'Member Renamed' } }),
      // A reset ends the person's other sessions: someone else's, not the member's the walk signs in as.
      createPasswordReset: async () => ({ params: { 'users/{id}': (await createUserClient(admin, 'Forgetful')).id } }),
      acceptPasswordReset: async () => ({ as: new Client(server.baseUrl), body: { token: (await created(`/users/${(await createUserClient(admin, 'Reset')).id}/password-reset`, {})).url.split('/').at(-1), password: 'reset-password' } }),
      changePassword: async () => ({ as: await signedIn(), body: { currentPassword: 'user-password', newPassword: 'changed-password' } }),
      createPortfolio: () => ({ body: { name: 'Walked portfolio' } }),
      switchPortfolioTemplate: () => ({ body: { template: 'small', dryRun: true } }),
      updatePortfolio: async () => ({ body: { name: 'Contract', version: await version(`/portfolios/${portfolioId}`) } }),
      setMember: () => ({ body: { roles: ['contributor', 'stakeholder'] } }),
      removeMember: async () => {
        const walker = await createUserClient(admin, 'Removed');
        expect((await admin.put(`/portfolios/${portfolioId}/members/${walker.id}`, { roles: ['stakeholder'] })).status).toBe(200);
        return { params: { 'members/{userId}': walker.id } };
      },
      putRole: () => ({ params: { 'roles/{roleKey}': 'reviewer' }, body: { name: 'Reviewer', capabilities: ['view', 'comment'] } }),
      deleteRole: async () => {
        expect((await admin.put(`/portfolios/${portfolioId}/roles/unused`, { name: 'Unused', capabilities: ['view'] })).status).toBe(201);
        return { params: { 'roles/{roleKey}': 'unused' } };
      },
      createBoard: () => ({ body: { name: 'Second board', template: 'simple' } }),
      updateBoard: async () => ({ body: { name: 'Contract board', version: await version(`/boards/${boardId}`) } }),
      updateColumn: () => ({ body: { policy: 'Pull when ready', reason: 'Explicit' } }),
      createItem: () => ({ body: { title: 'Created by the walk' } }),
      updateItem: async () => ({ body: { title: 'Parent epic', version: await version(`/items/${ids['items/{id}']}`) } }),
      moveItem: async () => ({ params: { 'items/{id}': (await freshItem()).id }, body: { columnId: columns.reviewing!.id } }),
      blockItem: async () => ({ params: { 'items/{id}': (await freshItem()).id }, body: { reason: 'Walked block' } }),
      unblockItem: async () => {
        const item = await freshItem();
        await created(`/items/${item.id}/block`, { reason: 'To clear' });
        return { params: { 'items/{id}': item.id }, body: { note: 'Cleared' } };
      },
      setBlockResolver: () => ({ params: { 'items/{id}': ids.blockedItem! }, body: { resolverId: member.id } }),
      addComment: () => ({ body: { body: 'Walked comment' } }),
      editComment: async () => ({ body: { body: 'Edited in the walk', version: (await admin.get(`/items/${ids['items/{id}']}/comments`)).body.find((c: any) => c.id === ids['comments/{id}']).version } }),
      requestApproval: async () => ({ params: { 'items/{id}': (await freshItem()).id }, body: { columnId: columns.ready!.id } }),
      decideApproval: () => ({ body: { decision: 'go', rationale: 'Go ahead', override: { reason: 'Contract walk' } } }),
      decideOnItem: async () => ({ params: { 'items/{id}': (await freshItem({ columnId: columns.implementing_mvp?.id ?? Object.values(columns).find((c) => c.key.startsWith('implementing'))!.id })).id }, body: { decision: 'persevere', rationale: 'On track' } }),
      submitIdea: () => ({ as: member.client, body: { title: 'Walked idea' } }),
      voteForItem: () => ({}),
      withdrawVote: async () => {
        const item = await freshItem();
        expect((await admin.put(`/items/${item.id}/vote`)).status).toBe(200);
        return { params: { 'items/{id}': item.id } };
      },
      unfollowItem: async () => {
        const item = await freshItem();
        expect((await admin.put(`/items/${item.id}/follow`)).status).toBe(200);
        return { params: { 'items/{id}': item.id } };
      },
      declineItem: async () => ({ params: { 'items/{id}': (await created(`/boards/${boardId}/ideas`, { title: 'To decline' })).id }, body: { reason: 'Not now' } }),
      mergeItem: async () => ({ params: { 'items/{id}': (await created(`/boards/${boardId}/ideas`, { title: 'Duplicate' })).id }, body: { intoItemId: ids['items/{id}'] } }),
      reopenItem: async () => {
        const idea = await created(`/boards/${boardId}/ideas`, { title: 'To reopen' });
        expect((await admin.post(`/items/${idea.id}/decline`, { reason: 'Not now' })).status).toBe(200);
        return { params: { 'items/{id}': idea.id }, body: { reason: 'Now' } };
      },
      createIntakeLink: () => ({ body: { label: 'Walked link' } }),
      revokeIntakeLink: async () => ({ params: { 'intake-links/{id}': (await created(`/boards/${boardId}/intake-links`, { label: 'Revoked' })).id } }),
      submitGuestIdea: () => ({ as: new Client(server.baseUrl), body: { title: 'Walked guest idea', name: 'Walker', email: `guest.${Date.now()}@example.org` } }),
      listNotifications: () => ({ as: member.client }),
      markAllNotificationsRead: () => ({ as: member.client }),
      markNotificationRead: () => ({ as: member.client }),
      startReview: () => ({ body: { title: 'Walked review' } }),
      setReviewEntryNote: async () => ({ params: { 'entries/{entryId}': await firstEntry() }, body: { note: 'Discussed' } }),
      setReviewPosition: async () => ({ body: { entryId: await firstEntry() } }),
      closeReview: async () => ({ params: { 'reviews/{id}': (await created(`/portfolios/${portfolioId}/reviews`, { title: 'Closed review' })).id } }),
      createReviewAction: () => ({ body: { title: 'Walked action', ownerId: member.id } }),
      updateReviewAction: () => ({ body: { done: true } }),
      setReviewCadence: () => ({ body: { frequency: 'monthly', weekday: 2 } }),
      createTheme: () => ({ body: { name: 'Walked theme' } }),
      updateTheme: async () => ({ body: { name: 'Grow more', version: await version(`/portfolios/${portfolioId}/themes/${ids['themes/{themeId}']}`) } }),
      deleteTheme: async () => ({ params: { 'themes/{themeId}': (await created(`/portfolios/${portfolioId}/themes`, { name: 'Deleted theme' })).id } }),
      createValueStream: () => ({ body: { name: 'Walked stream' } }),
      updateValueStream: async () => ({ body: { name: 'Retail and online', version: await version(`/portfolios/${portfolioId}/value-streams/${ids['value-streams/{valueStreamId}']}`) } }),
      deleteValueStream: async () => ({ params: { 'value-streams/{valueStreamId}': (await created(`/portfolios/${portfolioId}/value-streams`, { name: 'Deleted stream' })).id } }),
      addDependency: async () => ({ body: { blockerId: (await freshItem()).id } }),
      removeDependency: () => ({ params: { 'items/{id}': ids.childItem! } }),
      createWebhook: () => ({ body: { url: 'https://hooks.example.org/walked', events: ['item.moved'], format: 'slack' } }),
      updateWebhook: () => ({ body: { active: false } }),
      deleteWebhook: async () => ({ params: { 'webhooks/{id}': (await created(`/portfolios/${portfolioId}/webhooks`, { url: 'https://hooks.example.org/deleted', events: ['*'] })).id } }),
      createDelegation: () => ({ body: { roleKey: 'portfolio_office', toUserId: member.id, until: '2099-06-01' } }),
      importFlowHistory: async () => ({ body: (await admin.get(`/boards/${boardId}/export`)).body }),
      getWsjfEstimation: () => ({ query: 'input=jobSize' }),
      getBoardForecast: () => ({ query: 'items=1&trials=100&seed=1' }),
    };
  }

  function pathWith(path: string, params: Record<string, string>): string {
    return path.replace(/([^/]+)\/\{([^}]+)\}/g, (whole, kind: string, name: string) => {
      const id = params[`${kind}/{${name}}`];
      if (id === undefined) throw new Error(`no id for ${whole}: add one to the seed of this test`);
      return `${kind}/${encodeURIComponent(id)}`;
    });
  }

  function validator(schema: object): ValidateFunction {
    let validate = validators.get(schema);
    if (!validate) {
      validate = ajv.compile(schema);
      validators.set(schema, validate);
    }
    return validate;
  }

  /** What is wrong with an answer for the operation's document, or nothing. */
  function breaches(walked: Walked, answer: { status: number; headers: Headers; body: unknown }): string[] {
    const documented = walked.operation.responses?.[String(answer.status)];
    if (!documented) return [`answered ${answer.status}, which the document does not list (${Object.keys(walked.operation.responses ?? {}).join(', ')})`];
    const mediaType = (answer.headers.get('content-type') ?? '').split(';')[0]!.trim();
    if (!documented.content) return answer.body === '' || answer.body === undefined ? [] : [`answered a body where ${answer.status} documents none`];
    const media = documented.content[mediaType];
    if (!media) return [`answered ${mediaType || 'no content type'} where ${answer.status} documents ${Object.keys(documented.content).join(', ')}`];
    if (!media.schema) return ['documents no schema'];
    const validate = validator(media.schema);
    if (validate(answer.body)) return [];
    return (validate.errors ?? []).slice(0, 10).map((error) => `${error.instancePath || '(body)'} ${error.message} ${JSON.stringify(error.params)}`);
  }

  async function call(walked: Walked, call: Call, as: Client): Promise<Response> {
    const params = { ...ids, ...call.params };
    const path = pathWith(walked.path, params) + (call.query ? `?${call.query}` : '');
    return as.request(walked.method, path, call.body, { origin: server.baseUrl, ...call.headers });
  }

  it('names every operation once, tags it, and documents its answers and problems', () => {
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThan(130);
    const missing = operations.filter(({ operation }) => !operation.operationId || !operation.tags?.length || !operation.responses).map(({ method, path }) => `${method} ${path}`);
    expect(missing).toEqual([]);
    const names = operations.map(({ operation }) => operation.operationId!);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    const withoutProblems = operations.filter(({ operation }) => !Object.keys(operation.responses!).some((status) => status.startsWith('4'))).map(({ operation }) => operation.operationId);
    expect(withoutProblems).toEqual([]);
    const problemCodes = (document.components.schemas.Problem as { properties: { code: { enum: string[] } } }).properties.code.enum;
    expect(problemCodes.sort()).toEqual(Object.keys(ERROR_STATUS).sort());
  });

  it('answers every operation as documented when it succeeds', async () => {
    const calls = successCalls();
    const failures: string[] = [];
    const operations = operationsOf(document).sort((a, b) => walkOrder(a) - walkOrder(b));
    for (const walked of operations) {
      const name = walked.operation.operationId!;
      if (name === 'startSingleSignOn' || name === 'finishSingleSignOn') continue;
      let answer = seeded.get(name);
      if (!answer) {
        const how = await Promise.resolve(calls[name]?.() ?? {}).catch((error: Error) => error);
        if (how instanceof Error) {
          failures.push(`${name}: could not prepare the call: ${how.message.slice(0, 300)}`);
          continue;
        }
        const schema = walked.operation.requestBody?.content?.['application/json']?.schema;
        const body = 'body' in how ? how.body : schema ? exampleOf(schema as Schema, {}) : undefined;
        answer = await call(walked, { ...how, body }, how.as ?? admin);
      }
      const problems = answer.status >= 300 ? [`did not succeed: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`] : breaches(walked, answer);
      if (problems.length > 0) failures.push(`${name} (${walked.method} ${walked.path}): ${problems.join('; ')}`);
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('answers every operation with a documented problem when it refuses', async () => {
    const failures: string[] = [];
    const anonymous = new Client(server.baseUrl);
    const refusals: Record<string, Call & { as: Client }> = {
      getSetupState: { as: anonymous, query: 'unknown=1' },
      setUpInstance: { as: anonymous, body: { email: 'again@example.org', name: 'Again', password: 'again-password' } },
      logIn: { as: anonymous, body: { email: 'admin@example.org', password: 'wrong-password' } },
      logOut: { as: anonymous, query: 'unknown=1' },
      listSignInOptions: { as: anonymous, query: 'unknown=1' },
      listProblemCodes: { as: anonymous, query: 'unknown=1' },
      previewInvitation: { as: anonymous, body: { token: UNKNOWN_ID } },
      acceptInvitation: { as: anonymous, body: { token: UNKNOWN_ID, name: 'Nobody', password: 'nobody-password' } },
      acceptPasswordReset: { as: anonymous, body: { token: UNKNOWN_ID, password: 'nobody-password' } },
      startSingleSignOn: { as: anonymous, query: 'unknown=1' },
      finishSingleSignOn: { as: anonymous, query: 'state=forged&code=forged' },
    };
    for (const walked of operationsOf(document)) {
      const name = walked.operation.operationId!;
      const isPublic = walked.operation.security?.length === 0;
      const cases: (Call & { as: Client })[] = [];
      if (refusals[name]) cases.push(refusals[name]);
      if (!isPublic) cases.push({ as: anonymous });
      if (walked.path.includes('{')) cases.push({ as: admin, params: Object.fromEntries(Object.keys(ids).map((key) => [key, UNKNOWN_ID])), body: walked.operation.requestBody ? {} : undefined });
      if (cases.length === 0) failures.push(`${name}: no problem case; add one to this test`);
      for (const refusal of cases) {
        const answer = await call(walked, refusal, refusal.as);
        const problems = answer.status < 400 ? [`answered ${answer.status}`] : breaches(walked, answer);
        if (answer.status >= 400 && answer.body && typeof answer.body === 'object') {
          const { status, code } = answer.body as { status: number; code: ErrorCode };
          if (status !== answer.status || ERROR_STATUS[code] !== answer.status) problems.push(`problem ${code} ${status} on a ${answer.status} answer`);
        }
        if (problems.length > 0) failures.push(`${name} (${walked.method} ${walked.path}) refused: ${problems.join('; ')}`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('redirects to the provider and back for single sign-on, as documented', async () => {
    const browser = new TestBrowser();
    provider.signInAs({ sub: 'contract', email: 'sso@example.org', emailVerified: true, name: 'Signed in elsewhere' });
    const { visited } = await browser.navigate(api('/auth/oidc/login'));
    // Signed in, the callback sends the browser to the web app.
    expect(visited.slice(-2).map((url) => url.split('?')[0])).toEqual([api('/auth/oidc/callback'), `${server.baseUrl}/`]);
    for (const name of ['startSingleSignOn', 'finishSingleSignOn']) {
      const walked = operationsOf(document).find(({ operation }) => operation.operationId === name)!;
      expect(Object.keys(walked.operation.responses!), name).toContain('302');
    }
    const login = await new TestBrowser().fetch(api('/auth/oidc/login'));
    expect(login.status).toBe(302);
    expect(login.headers.get('location')).toContain(provider.settings.issuer);
  });
});
