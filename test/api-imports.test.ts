import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserClient, setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { startServer, type TestServer } from './support/server';

const text = (name: string) => readFileSync(new URL(`./fixtures/imports/${name}`, import.meta.url), 'utf8');
const fixture = (name: string) => JSON.parse(text(name));

describe.each(DATABASES)('imports from Trello and Jira over HTTP on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let portfolioId: string;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    portfolioId = (await admin.post('/portfolios', { name: 'Imports', template: 'small', boardTemplate: 'simple' })).body.id;
  });
  afterAll(async () => server?.close());

  const boards = async () => (await admin.get(`/portfolios/${portfolioId}/boards`)).body.length;
  /** A portfolio of its own, for a file another test imports too: its keys would be renamed in the shared one. */
  const ownPortfolio = async (name: string) => (await admin.post('/portfolios', { name, template: 'small', boardTemplate: 'simple' })).body.id as string;

  it('answers a dry run with the columns, items, people and warnings, and changes nothing', async () => {
    const before = await boards();
    const dry = await admin.post(`/portfolios/${portfolioId}/imports`, { format: 'trello', content: fixture('trello-board.json'), dryRun: true });
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body.dryRun).toBe(true);
    expect(dry.body.report).toMatchObject({ items: 3, unmappedStatuses: [] });
    expect(dry.body.report.columns.map((column: any) => column.name)).toEqual(['Ideas', 'Doing', 'Done']);
    expect(dry.body.report.people).toEqual([expect.objectContaining({ source: 'Ada Admin', name: 'Admin' }), { source: 'Grace Guest', userId: null, name: null }]);
    expect(dry.body.report.warnings.length).toBeGreaterThan(0);
    expect(dry.body.board).toBeUndefined();
    expect(await boards()).toBe(before);
  });

  it('names the items it makes on from the portfolio\'s own keys, so that no key repeats in the portfolio', async () => {
    const portfolio = (await admin.post('/portfolios', { name: 'Keys', template: 'small', boardTemplate: 'simple' })).body;
    const boardId = portfolio.boards[0].id;
    for (const title of ['First', 'Second']) expect((await admin.post(`/boards/${boardId}/items`, { title })).status).toBe(201);
    const trello = await admin.post(`/portfolios/${portfolio.id}/imports`, { format: 'trello', content: fixture('trello-board.json') });
    const csv = await admin.post(`/portfolios/${portfolio.id}/imports`, { format: 'csv', content: text('spreadsheet.csv'), mapping: { fields: { title: 'Name' } } });
    expect([trello.status, csv.status], JSON.stringify([trello.body, csv.body])).toEqual([201, 201]);
    expect((await admin.post(`/boards/${boardId}/items`, { title: 'Third' })).status).toBe(201);

    const keys = (await Promise.all([boardId, trello.body.board.id, csv.body.board.id].map(async (id) => (await admin.get(`/boards/${id}`)).body.items.map((item: any) => item.key)))).flat();
    expect(keys).toHaveLength(2 + 3 + 3 + 1);
    expect(new Set(keys).size).toBe(keys.length);
    const [prefix] = keys[0].split('-');
    expect(keys.every((key: string) => key.startsWith(`${prefix}-`))).toBe(true);

    // Keys a file gives that the portfolio already uses: the dry run says so, and those items get new keys.
    const withKeys = { format: 'csv', content: `Ticket,Name\n${prefix}-1,Billing rewrite\n${prefix}-3,Search relaunch\nOPS-7,Ops runbook\n`, mapping: { fields: { key: 'Ticket', title: 'Name' } } };
    const dry = await admin.post(`/portfolios/${portfolio.id}/imports`, { ...withKeys, dryRun: true });
    expect(dry.body.report.warnings).toContainEqual(expect.stringMatching(new RegExp(`^2 of the file's keys are already used in this portfolio, so their items get a new key: ${prefix}-1 becomes ${prefix}-\\d+, ${prefix}-3 becomes ${prefix}-\\d+\\.$`)));
    const keyed = await admin.post(`/portfolios/${portfolio.id}/imports`, withKeys);
    expect(keyed.status, JSON.stringify(keyed.body)).toBe(201);
    const imported = keyed.body.board.items.map((item: any) => [item.title, item.key]);
    expect(imported).toContainEqual(['Ops runbook', 'OPS-7']);
    const all = [...keys, ...imported.map(([, key]: string[]) => key)];
    expect(new Set(all).size).toBe(all.length);
    expect(keyed.body.report.warnings).toEqual(dry.body.report.warnings);
  });

  it('imports a Trello board with its moves, comments and labels, so that its flow metrics cover the past', async () => {
    const imported = await admin.post(`/portfolios/${portfolioId}/imports`, { format: 'trello', content: fixture('trello-board.json'), mapping: { columns: { Ideas: 'Backlog' } } });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    const board = imported.body.board;
    expect(board.columns.map((column: any) => column.name)).toEqual(['Backlog', 'Doing', 'Done']);
    const onboarding = board.items.find((item: any) => item.title === 'Self-service onboarding');
    const item = (await admin.get(`/items/${onboarding.id}`)).body;
    expect(item).toMatchObject({ tags: ['web', 'red'], dueDate: '2026-02-01' });
    expect(item.description).toContain('- [x] Legal review');
    const comments = (await admin.get(`/items/${onboarding.id}/comments`)).body;
    expect(comments.map((comment: any) => comment.body)).toEqual(['*Grace Guest wrote:*\n\nLooks good to me']);
    const metrics = (await admin.get(`/boards/${board.id}/metrics?today=2026-01-20`)).body;
    expect(metrics.items.find((row: any) => row.key === onboarding.key)).toMatchObject({ start: '2026-01-06', finish: '2026-01-09', cycleTimeDays: 4 });
  });

  it('imports Jira issues with status changes and Flagged periods in any offset', async () => {
    const imported = await admin.post(`/portfolios/${portfolioId}/imports`, { format: 'jira', content: fixture('jira-issues.json') });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    const board = imported.body.board;
    const history = (await admin.get(`/boards/${board.id}/export`)).body;
    expect(history.items.find((item: any) => item.key === 'ENG-7')).toMatchObject({
      createdAt: '2026-01-05T09:00:00.000Z',
      blocks: [{ from: '2026-01-07T08:00:00.000Z', to: '2026-01-08T08:00:00.000Z' }],
    });
    const billing = board.items.find((item: any) => item.key === 'ENG-7');
    expect((await admin.get(`/items/${billing.id}`)).body.ownerId).toBe((await admin.get('/auth/me')).body.id);
    const metrics = (await admin.get(`/boards/${board.id}/metrics?today=2026-01-20`)).body;
    expect(metrics.items.find((row: any) => row.key === 'ENG-7')).toMatchObject({ start: '2026-01-06', finish: '2026-01-10', blockedDays: 1 });
  });

  it('names the bad path of a malformed file and refuses people without integration.manage before reading it', async () => {
    const broken = fixture('jira-issues.json');
    broken.issues[0].fields.summary = '';
    const refused = await admin.post(`/portfolios/${portfolioId}/imports`, { format: 'jira', content: broken });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'content.issues[0].fields.summary' })]);
    const unknown = await admin.post(`/portfolios/${portfolioId}/imports`, { format: 'asana', content: {} });
    expect(unknown.status).toBe(400);
    const before = await boards();
    const coach = await createUserClient(admin, 'Kanban Coach');
    await admin.put(`/portfolios/${portfolioId}/members/${coach.id}`, { roles: ['kanban_coach'] });
    const forbidden = await coach.client.post(`/portfolios/${portfolioId}/imports`, { format: 'jira', content: 'not even issues' });
    expect(forbidden.body.code).toBe('forbidden');
    expect(await boards()).toBe(before);
  });

  it('imports Jira\'s CSV export with its repeated columns, starting issues at Created and finishing them at Resolved', async () => {
    const dry = await admin.post(`/portfolios/${portfolioId}/imports`, { format: 'jira-csv', content: text('jira-export.csv'), dryRun: true });
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body.report.columns.map((column: any) => column.name)).toEqual(['To Do', 'In Progress', 'Done', 'Closed']);
    expect(dry.body.report.warnings).toEqual(expect.arrayContaining([expect.stringContaining('holds no changelog')]));
    const imported = await admin.post(`/portfolios/${await ownPortfolio('Jira CSV')}/imports`, { format: 'jira-csv', content: text('jira-export.csv'), mapping: { columns: { Closed: 'Done' } } });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    const board = imported.body.board;
    expect(board.columns.map((column: any) => column.name)).toEqual(['To Do', 'In Progress', 'Done']);
    const onboarding = board.items.find((item: any) => item.key === 'ENG-7');
    expect((await admin.get(`/items/${onboarding.id}`)).body).toMatchObject({ tags: ['web', 'growth'], dueDate: '2026-02-01' });
    expect((await admin.get(`/items/${onboarding.id}/comments`)).body.map((comment: any) => comment.body)).toEqual(['Looks good to me', '*grace wrote:*\n\nLegal agrees; ship it']);
    const metrics = (await admin.get(`/boards/${board.id}/metrics?today=2026-01-20`)).body;
    expect(metrics.items.find((row: any) => row.key === 'ENG-7')).toMatchObject({ finish: '2026-01-09' });
    expect(metrics.items.find((row: any) => row.key === 'ENG-10')).toMatchObject({ finish: '2026-01-07' });
  });

  it('imports any CSV by the columns mapping.fields names, and names the mapping a file needs', async () => {
    const content = text('spreadsheet.csv');
    const missing = await admin.post(`/portfolios/${portfolioId}/imports`, { format: 'csv', content, dryRun: true });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'mapping.fields.title', message: expect.stringContaining('"Ticket", "Name", "Stage"') })]);
    const wrong = await admin.post(`/portfolios/${portfolioId}/imports`, { format: 'csv', content, mapping: { fields: { title: 'Name', status: 'State' } } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'mapping.fields.status' })]);
    const notText = await admin.post(`/portfolios/${portfolioId}/imports`, { format: 'csv', content: { rows: [] }, mapping: { fields: { title: 'Name' } } });
    expect(notText.body.errors).toEqual([expect.objectContaining({ field: 'content' })]);

    const fields = { title: 'Name', key: 'Ticket', status: 'Stage', created: 'Opened', resolved: 'Closed', owner: 'Who', description: 'Notes', dueDate: 'Deadline', tags: 'Tags' };
    const imported = await admin.post(`/portfolios/${portfolioId}/imports`, { format: 'csv', content, mapping: { fields, columns: { Ideas: 'Backlog' } } });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    const board = imported.body.board;
    expect(board.name).toBe('Imported from CSV');
    // Ideas, renamed Backlog, reads as where work waits: it comes first.
    expect(board.columns.map((column: any) => column.name)).toEqual(['Backlog', 'Drafting', 'Published']);
    const post = board.items.find((item: any) => item.key === 'T-1');
    expect((await admin.get(`/items/${post.id}`)).body).toMatchObject({ title: 'Write the launch post', description: 'First draft by Friday', tags: ['blog', 'launch'], dueDate: '2026-02-20' });
    const metrics = (await admin.get(`/boards/${board.id}/metrics?today=2026-02-10`)).body;
    expect(metrics.items.find((row: any) => row.key === 'T-2')).toMatchObject({ finish: '2026-02-05' });
  });

  it('reads a CSV saved with semicolons, as a spreadsheet saves it where the comma is the decimal mark', async () => {
    const content = 'Ticket;Name;Stage;Notes\r\nT-1;Write the launch post;Drafting;"Budget: 1,5 days; maybe 2"\r\nT-2;Record the demo video;Published;\r\n';
    const imported = await admin.post(`/portfolios/${await ownPortfolio('Semicolons')}/imports`, { format: 'csv', content, mapping: { fields: { key: 'Ticket', title: 'Name', status: 'Stage', description: 'Notes' } } });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    expect(imported.body.board.columns.map((column: any) => column.name)).toEqual(['Drafting', 'Published']);
    const post = imported.body.board.items.find((item: any) => item.key === 'T-1');
    expect((await admin.get(`/items/${post.id}`)).body).toMatchObject({ title: 'Write the launch post', description: 'Budget: 1,5 days; maybe 2' });
  });

  it('places merged and reordered columns the same way in the dry run and the import', async () => {
    const merge = { format: 'trello', content: fixture('trello-board.json'), mapping: { columns: { Ideas: 'Done', Doing: 'Doing', Done: 'Done' } } };
    const dry = await admin.post(`/portfolios/${portfolioId}/imports`, { ...merge, dryRun: true });
    expect(dry.body.report.columns.map((column: any) => [column.name, column.kind])).toEqual([['Doing', 'active'], ['Done', 'done']]);
    const imported = await admin.post(`/portfolios/${portfolioId}/imports`, merge);
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    expect(imported.body.board.columns.map((column: any) => [column.name, column.kind])).toEqual([['Doing', 'active'], ['Done', 'done']]);

    const fields = { title: 'Name', key: 'Ticket', status: 'Stage', created: 'Opened', resolved: 'Closed' };
    const ordered = { format: 'csv', content: text('spreadsheet.csv'), mapping: { fields, columns: { Ideas: 'Ideas', Drafting: 'Drafting', Published: 'Published' } } };
    const dryCsv = await admin.post(`/portfolios/${portfolioId}/imports`, { ...ordered, dryRun: true });
    expect(dryCsv.body.report.columns.map((column: any) => column.name)).toEqual(['Ideas', 'Drafting', 'Published']);
    const csvBoard = (await admin.post(`/portfolios/${portfolioId}/imports`, ordered)).body.board;
    expect(csvBoard.columns.map((column: any) => column.name)).toEqual(['Ideas', 'Drafting', 'Published']);
  });

  it('names the new board as the request asks, and refuses a blank name', async () => {
    const request = { format: 'csv', content: text('spreadsheet.csv'), mapping: { fields: { title: 'Name', status: 'Stage' } } };
    const named = await admin.post(`/portfolios/${portfolioId}/imports`, { ...request, name: '  Content plan ' });
    expect(named.status, JSON.stringify(named.body)).toBe(201);
    expect(named.body.board.name).toBe('Content plan');
    expect((await admin.get(`/boards/${named.body.board.id}`)).body.name).toBe('Content plan');
    const before = await boards();
    const blank = await admin.post(`/portfolios/${portfolioId}/imports`, { ...request, name: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body).toMatchObject({ code: 'validation_failed', errors: [expect.objectContaining({ field: expect.stringContaining('name') })] });
    expect(await boards()).toBe(before);
  });

  it('names the line and column of a bad cell, and imports nothing of the file', async () => {
    const before = await boards();
    const content = 'Name,Opened\nGood,2026-02-02\nBad,02.03.2026\n';
    const refused = await admin.post(`/portfolios/${portfolioId}/imports`, { format: 'csv', content, mapping: { fields: { title: 'Name', created: 'Opened' } } });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'content.lines[3].Opened', message: expect.stringContaining('02.03.2026') }] });
    expect(await boards()).toBe(before);
  });
});
