import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { createPortfolio, type PortfolioFixture } from './support/portfolio';
import { expectProblem, fieldsOf } from './support/problems';
import { startServer, type TestServer } from './support/server';

describe.each(DATABASES)('the reason of a column policy change on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let fixture: PortfolioFixture;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    fixture = await createPortfolio(admin, { template: 'small', boardTemplate: 'simple' });
  });
  afterAll(async () => server?.close());

  it('keeps the reason with the policy version, before and after, and answers it in the comparison', async () => {
    const column = fixture.columns['in-progress']!;
    const path = `/boards/${fixture.boardId}/columns/${column.id}`;
    const three = await admin.patch(path, { wipLimit: 3, reason: '   ' });
    expect(three.status, JSON.stringify(three.body)).toBe(200);
    const four = await admin.patch(path, { wipLimit: 4, reason: '  Two developers joined  ', version: three.body.version });
    expect(four.status, JSON.stringify(four.body)).toBe(200);

    const history = (await admin.get(`${path}/policy-history`)).body;
    expect(history.map((v: any) => [v.changes, v.reason, v.columnVersion])).toEqual([
      [{ wipLimit: { before: null, after: 3 } }, null, three.body.version],
      [{ wipLimit: { before: 3, after: 4 } }, 'Two developers joined', four.body.version],
    ]);
    const comparison = await admin.get(`/boards/${fixture.boardId}/policy-history/${history[1].id}/comparison`);
    expect(comparison.status).toBe(200);
    expect(comparison.body.change).toMatchObject({ reason: 'Two developers joined', changes: { wipLimit: { before: 3, after: 4 } } });
  });

  it('refuses a reason without a change, a reason too long, and a stale version, and changes nothing', async () => {
    const column = fixture.columns.review!;
    const path = `/boards/${fixture.boardId}/columns/${column.id}`;
    const stale = column.version;
    expect((await admin.patch(path, { policy: 'Review in pairs', version: stale })).status).toBe(200);
    const before = (await admin.get(`/boards/${fixture.boardId}`)).body.columns.find((c: any) => c.id === column.id);
    const versions = (await admin.get(`${path}/policy-history`)).body;

    expectProblem(await admin.patch(path, { reason: 'Just because' }), 400, 'validation_failed');
    expectProblem(await admin.patch(path, { reason: 'Only a reason', version: before.version }), 400, 'validation_failed');
    expect(fieldsOf(expectProblem(await admin.patch(path, { wipLimit: 2, reason: 'x'.repeat(2001) }), 400, 'validation_failed'))).toEqual(['reason']);
    expectProblem(await admin.patch(path, { wipLimit: 2, reason: 'Stale', version: stale }), 409, 'version_conflict');

    const after = (await admin.get(`/boards/${fixture.boardId}`)).body.columns.find((c: any) => c.id === column.id);
    expect(after).toEqual(before);
    expect((await admin.get(`${path}/policy-history`)).body).toEqual(versions);
  });
});
