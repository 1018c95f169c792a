import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserClient, setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { startServer, type TestServer } from './support/server';

describe.each(DATABASES)('board items as CSV on %s', (database) => {
  let server: TestServer;
  let admin: Client;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
  });
  afterAll(async () => server?.close());

  it('answers one row per item in board order with every field and the date each column was entered', async () => {
    const portfolio = (await admin.post('/portfolios', { name: 'Export', template: 'small', boardTemplate: 'simple' })).body;
    const board = (await admin.get(`/boards/${portfolio.boards[0].id}`)).body;
    const column = (key: string) => board.columns.find((c: any) => c.key === key).id;
    const me = (await admin.get('/auth/me')).body;
    const theme = (await admin.post(`/portfolios/${portfolio.id}/themes`, { name: 'Growth' })).body;
    const tricky = 'Line one, with a comma\nand "quotes"';
    const epic = (await admin.post(`/boards/${board.id}/items`, {
      title: 'Self-service onboarding', description: tricky, ownerId: me.id, tags: ['web', 'q3'], themes: [theme.id],
      classOfService: 'fixed_date', dueDate: '2027-03-31', wsjf: { userBusinessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 2 },
    })).body;
    const child = (await admin.post(`/boards/${board.id}/items`, { title: 'Sign-up form', parentId: epic.id })).body;
    expect((await admin.post(`/items/${epic.id}/move`, { columnId: column('in-progress') })).status).toBe(200);
    expect((await admin.post(`/items/${epic.id}/block`, { reason: 'Waiting for legal' })).status).toBe(200);

    const response = await admin.get(`/boards/${board.id}/items.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="export-items.csv"');
    const [header, ...rows] = parse(response.body as string) as string[][];
    const record = (row: string[]) => Object.fromEntries(header!.map((name, index) => [name, row[index]]));
    expect(header).toEqual(expect.arrayContaining(['Key', 'Title', 'Column', 'Owner', 'WSJF', 'Hypothesis: Our solution', 'Business case: Affected users and markets', 'Entered Backlog', 'Entered In progress', 'Entered Done']));
    expect(rows.map((row) => record(row).Key)).toEqual([child.key, epic.key]);
    const today = new Date().toISOString().slice(0, 10);
    expect(record(rows[1]!)).toMatchObject({
      Title: 'Self-service onboarding', Column: 'In progress', Owner: `Admin <admin@example.org>`, Tags: 'web; q3', 'Strategic themes': 'Growth',
      'Class of service': 'fixed_date', 'Due date': '2027-03-31', 'User-business value': '8', 'Job size': '2', 'Cost of delay': '16', WSJF: '8',
      Blocked: 'yes', 'Block reason': 'Waiting for legal', Description: tricky, 'Entered Backlog': today, 'Entered In progress': today, 'Entered Done': '',
    });
    expect(record(rows[0]!)).toMatchObject({ Title: 'Sign-up form', Column: 'Backlog', Parent: epic.key, Blocked: 'no', Owner: '' });
  });

  it('is read only by members of the portfolio', async () => {
    const portfolio = (await admin.post('/portfolios', { name: 'Private', template: 'small', boardTemplate: 'simple' })).body;
    const outsider = await createUserClient(admin, 'Outsider');
    const refused = await outsider.client.get(`/boards/${portfolio.boards[0].id}/items.csv`);
    expect([403, 404]).toContain(refused.status);
    expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
  });
});
