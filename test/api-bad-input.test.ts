import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpInstance, type Client, type Response } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, auditLog, createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { expectProblem, fieldsOf } from './support/problems';
import { startServer, type TestServer } from './support/server';

type World = { admin: Client; fixture: PortfolioFixture; item: any; other: any; memberId: string };

type BadRequest = {
  name: string;
  send(w: World): Promise<Response>;
  status: number;
  code: string;
  /** The fields the problem must name, when it is a validation problem. */
  fields?: string[];
};

const MORE_THAN_ONE_MIB = 'x'.repeat(1024 * 1024 + 1);

const BAD_REQUESTS: BadRequest[] = [
  // Malformed JSON.
  { name: 'malformed JSON on PATCH item', send: (w) => w.admin.patch(`/items/${w.item.id}`, '{"title": "Half'), status: 400, code: 'validation_failed', fields: ['body'] },
  { name: 'malformed JSON on move', send: (w) => w.admin.post(`/items/${w.item.id}/move`, '{columnId: 1}'), status: 400, code: 'validation_failed', fields: ['body'] },
  { name: 'an empty JSON body', send: (w) => w.admin.request('POST', `/items/${w.item.id}/block`, '', { 'content-type': 'application/json' }), status: 400, code: 'validation_failed' },
  // Wrong types and values.
  {
    name: 'wrong types on PATCH item',
    send: (w) => w.admin.patch(`/items/${w.item.id}`, { title: 42, tags: 'ux', classOfService: 'urgent', wsjf: { jobSize: 4 }, dueDate: '31/12/2026', version: '1' }),
    status: 400, code: 'validation_failed', fields: ['title', 'tags', 'classOfService', 'wsjf.jobSize', 'dueDate', 'version'],
  },
  {
    name: 'wrong types on move',
    send: (w) => w.admin.post(`/items/${w.item.id}/move`, { columnId: 7, beforeItemId: null, override: { reason: '' } }),
    status: 400, code: 'validation_failed', fields: ['columnId', 'beforeItemId', 'override.reason'],
  },
  {
    name: 'wrong types on PATCH column',
    send: (w) => w.admin.patch(`/boards/${w.fixture.boardId}/columns/${w.fixture.columns.reviewing!.id}`, { wipLimit: 0, exitCriteria: 'Sized', gate: 'yes' }),
    status: 400, code: 'validation_failed', fields: ['wipLimit', 'exitCriteria', 'gate'],
  },
  { name: 'an empty PATCH column', send: (w) => w.admin.patch(`/boards/${w.fixture.boardId}/columns/${w.fixture.columns.reviewing!.id}`, {}), status: 400, code: 'validation_failed' },
  { name: 'a WIP limit on a done column', send: (w) => w.admin.patch(`/boards/${w.fixture.boardId}/columns/${w.fixture.columns.done!.id}`, { wipLimit: 3 }), status: 400, code: 'validation_failed', fields: ['wipLimit'] },
  { name: 'wrong types on PATCH portfolio', send: (w) => w.admin.patch(`/portfolios/${w.fixture.portfolio.id}`, { name: '', version: 0 }), status: 400, code: 'validation_failed', fields: ['name', 'version'] },
  { name: 'an unknown time zone on PATCH board', send: (w) => w.admin.patch(`/boards/${w.fixture.boardId}`, { timeZone: 'Mars/Olympus_Mons', version: 1 }), status: 400, code: 'validation_failed', fields: ['timeZone'] },
  { name: 'an unknown capability on PUT role', send: (w) => w.admin.put(`/portfolios/${w.fixture.portfolio.id}/roles/stakeholder`, { name: 'Stakeholder', capabilities: ['view', 'fly'] }), status: 400, code: 'validation_failed', fields: ['capabilities[1]'] },
  { name: 'an unknown role on PUT member', send: (w) => w.admin.put(`/portfolios/${w.fixture.portfolio.id}/members/${w.memberId}`, { roles: ['contributor', 'emperor'] }), status: 400, code: 'validation_failed', fields: ['roles[1]'] },
  { name: 'a blank block reason', send: (w) => w.admin.post(`/items/${w.item.id}/block`, { reason: '   ' }), status: 400, code: 'validation_failed', fields: ['reason'] },
  { name: 'a blank comment', send: (w) => w.admin.post(`/items/${w.item.id}/comments`, { body: '' }), status: 400, code: 'validation_failed', fields: ['body'] },
  // Text PostgreSQL cannot store, and numbers beyond the databases' integers: the same 400 on both.
  { name: 'a NUL character in a title', send: (w) => w.admin.patch(`/items/${w.item.id}`, { title: 'Nul\u0000led', version: 1 }), status: 400, code: 'validation_failed', fields: ['title'] },
  {
    name: 'NUL characters deep in a body',
    send: (w) => w.admin.post(`/boards/${w.fixture.boardId}/items`, { title: 'Fine', tags: ['ok', 'b\u0000d'], hypothesis: { for: '\u0000' } }),
    status: 400, code: 'validation_failed', fields: ['tags[1]', 'hypothesis.for'],
  },
  { name: 'a NUL character in a path', send: (w) => w.admin.patch(`/items/${w.item.id}%00`, { title: 'x', version: 1 }), status: 400, code: 'validation_failed', fields: ['id'] },
  { name: 'a NUL character in a query', send: (w) => w.admin.get(`/portfolios/${w.fixture.portfolio.id}/audit?action=item.%00`), status: 400, code: 'validation_failed', fields: ['action'] },
  { name: 'a version beyond the integers a database stores', send: (w) => w.admin.patch(`/items/${w.item.id}`, { title: 'x', version: 2 ** 31 }), status: 400, code: 'validation_failed', fields: ['version'] },
  // Unknown fields.
  { name: 'an unknown field on PATCH item', send: (w) => w.admin.patch(`/items/${w.item.id}`, { titel: 'Typo', version: 1 }), status: 400, code: 'validation_failed', fields: ['titel'] },
  { name: 'an unknown nested field on PATCH item', send: (w) => w.admin.patch(`/items/${w.item.id}`, { hypothesis: { forr: 'x' }, version: 1 }), status: 400, code: 'validation_failed', fields: ['hypothesis.forr'] },
  { name: 'an unknown field on PATCH column', send: (w) => w.admin.patch(`/boards/${w.fixture.boardId}/columns/${w.fixture.columns.reviewing!.id}`, { wipLimits: 3 }), status: 400, code: 'validation_failed', fields: ['wipLimits'] },
  { name: 'an unknown field on move', send: (w) => w.admin.post(`/items/${w.item.id}/move`, { columnId: w.fixture.columns.ready!.id, force: true }), status: 400, code: 'validation_failed', fields: ['force'] },
  // Unknown ids: in the path → 404; in the body → 400 naming the field.
  { name: 'an unknown item on PATCH', send: (w) => w.admin.patch('/items/no-such-item', { title: 'x', version: 1 }), status: 404, code: 'not_found' },
  { name: 'an unknown item on move', send: (w) => w.admin.post('/items/no-such-item/move', { columnId: w.fixture.columns.ready!.id }), status: 404, code: 'not_found' },
  { name: 'an unknown item on block', send: (w) => w.admin.post('/items/no-such-item/block', { reason: 'x' }), status: 404, code: 'not_found' },
  { name: 'an unknown column on PATCH column', send: (w) => w.admin.patch(`/boards/${w.fixture.boardId}/columns/no-such-column`, { wipLimit: 2 }), status: 404, code: 'not_found' },
  { name: 'an unknown board on create item', send: (w) => w.admin.post('/boards/no-such-board/items', { title: 'x' }), status: 404, code: 'not_found' },
  { name: 'an unknown portfolio on PATCH', send: (w) => w.admin.patch('/portfolios/no-such-portfolio', { name: 'x', version: 1 }), status: 404, code: 'not_found' },
  { name: 'an unknown user on PUT member', send: (w) => w.admin.put(`/portfolios/${w.fixture.portfolio.id}/members/no-such-user`, { roles: ['stakeholder'] }), status: 404, code: 'not_found' },
  { name: 'an unknown role on DELETE role', send: (w) => w.admin.delete(`/portfolios/${w.fixture.portfolio.id}/roles/no_such_role`), status: 404, code: 'not_found' },
  { name: 'an unknown column on move', send: (w) => w.admin.post(`/items/${w.item.id}/move`, { columnId: 'no-such-column' }), status: 400, code: 'validation_failed', fields: ['columnId'] },
  { name: 'an unknown anchor on move', send: (w) => w.admin.post(`/items/${w.item.id}/move`, { columnId: w.fixture.columns.funnel!.id, beforeItemId: 'no-such-item' }), status: 400, code: 'validation_failed', fields: ['beforeItemId'] },
  { name: 'an anchor in another column', send: (w) => w.admin.post(`/items/${w.item.id}/move`, { columnId: w.fixture.columns.ready!.id, afterItemId: w.other.id }), status: 400, code: 'validation_failed', fields: ['afterItemId'] },
  {
    name: 'an unknown column and an unknown owner on create item',
    send: (w) => w.admin.post(`/boards/${w.fixture.boardId}/items`, { title: 'x', columnId: 'no-such-column', ownerId: 'no-such-user' }),
    status: 400, code: 'validation_failed', fields: ['columnId', 'ownerId'],
  },
  { name: 'an unknown owner on PATCH item', send: (w) => w.admin.patch(`/items/${w.item.id}`, { ownerId: 'no-such-user', dependsOn: ['no-such-item'], version: 1 }), status: 400, code: 'validation_failed', fields: ['ownerId', 'dependsOn[0]'] },
  // Oversized bodies and content types.
  { name: 'a body over 1 MiB', send: (w) => w.admin.patch(`/items/${w.item.id}`, { description: MORE_THAN_ONE_MIB, version: 1 }), status: 413, code: 'payload_too_large' },
  { name: 'an XML body', send: (w) => w.admin.request('PATCH', `/items/${w.item.id}`, '<item><title>x</title></item>', { 'content-type': 'application/xml' }), status: 415, code: 'unsupported_media_type' },
  { name: 'a form body', send: (w) => w.admin.request('POST', `/items/${w.item.id}/move`, 'columnId=x', { 'content-type': 'application/x-www-form-urlencoded' }), status: 415, code: 'unsupported_media_type' },
  { name: 'JSON sent as text/plain', send: (w) => w.admin.request('PATCH', `/items/${w.item.id}`, JSON.stringify({ title: 'Sneaky', version: 1 }), { 'content-type': 'text/plain' }), status: 400, code: 'validation_failed', fields: ['body'] },
];

describe.each(DATABASES)('bad input leaves data unchanged on %s', (database) => {
  let server: TestServer;
  let world: World;
  let snapshot: () => Promise<unknown>;
  let before: unknown;

  beforeAll(async () => {
    server = await startServer(database);
    const admin = await setUpInstance(server.baseUrl);
    const fixture = await createPortfolio(admin, { template: 'enterprise', boardTemplate: 'safe' });
    const member = await addMember(admin, fixture.portfolio.id, ['contributor']);
    const item = await createItem(admin, fixture.boardId, { title: 'Untouchable', tags: ['keep'] });
    const other = await createItem(admin, fixture.boardId, { title: 'Elsewhere', columnId: fixture.columns.reviewing!.id });
    world = { admin, fixture, item, other, memberId: member.id };
    const portfolioId = fixture.portfolio.id;
    snapshot = async () => ({
      portfolio: (await admin.get(`/portfolios/${portfolioId}`)).body,
      board: (await admin.get(`/boards/${fixture.boardId}`)).body,
      item: (await admin.get(`/items/${item.id}`)).body,
      history: (await admin.get(`/items/${item.id}/history`)).body,
      comments: (await admin.get(`/items/${item.id}/comments`)).body,
      roles: (await admin.get(`/portfolios/${portfolioId}/roles`)).body,
      members: (await admin.get(`/portfolios/${portfolioId}/members`)).body,
      audit: await auditLog(admin, portfolioId),
    });
    before = await snapshot();
  });
  afterAll(async () => server?.close());

  it.each(BAD_REQUESTS)('$name → $status $code, and nothing changed', async (bad) => {
    const problem = expectProblem(await bad.send(world), bad.status, bad.code);
    if (bad.fields) expect(fieldsOf(problem)).toEqual(expect.arrayContaining(bad.fields));
    expect(await snapshot()).toEqual(before);
  });

  it('says what is wrong with each field in words a person reads', async () => {
    const problem = expectProblem(
      await world.admin.patch(`/items/${world.item.id}`, { title: '   ', classOfService: 'urgent', wsjf: { jobSize: 4 }, dueDate: '31/12/2026', version: world.item.version }),
      400,
      'validation_failed',
    );
    const said = Object.fromEntries(problem.errors.map((error: { field: string; message: string }) => [error.field, error.message]));
    expect(said).toEqual({
      title: 'must not be blank',
      classOfService: 'must be one of: expedite, fixed_date, standard, intangible',
      'wsjf.jobSize': 'must be one of: 1, 2, 3, 5, 8, 13, 20',
      dueDate: 'must be a date such as 2027-01-31',
    });
    expect(problem.detail).toContain('title must not be blank');
    // One message a field: an empty title is also a blank one, and says so once.
    const empty = expectProblem(await world.admin.patch(`/items/${world.item.id}`, { title: '', version: world.item.version }), 400, 'validation_failed');
    expect(empty.errors).toEqual([{ field: 'title', message: 'must not be empty' }]);
    expect(empty.detail).toBe('One field of the body needs a change: title must not be empty.');
    expect(await snapshot()).toEqual(before);
  });

  it('still accepts a good request afterwards', async () => {
    const response = await world.admin.patch(`/items/${world.item.id}`, { title: 'Touched', version: world.item.version });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ title: 'Touched', tags: ['keep'], version: world.item.version + 1 });
  });
});
