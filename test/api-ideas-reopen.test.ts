import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { startServer, type TestServer } from './support/server';

/**
 * A declined idea taken back (triage undone): open again where it was declined, on its board and off the declined list,
 * with a decision in the log that says why, and its submitter and followers told. Only a declined idea is reopened.
 */
describe.each(DATABASES)('reopening a declined idea on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let fixture: PortfolioFixture;
  let proposer: { client: Client; id: string };
  let voter: { client: Client; id: string };

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    fixture = await createPortfolio(admin, { name: 'Triage', template: 'small', boardTemplate: 'simple' });
    proposer = await addMember(admin, fixture.portfolio.id, ['stakeholder'], 'Pia Proposer');
    voter = await addMember(admin, fixture.portfolio.id, ['stakeholder'], 'Vic Voter');
  });
  afterAll(async () => server?.close());

  const ok = (response: { status: number; body: any }, status = 200) => {
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    return response.body;
  };
  const newIdea = async (title: string) => ok(await proposer.client.post(`/boards/${fixture.boardId}/ideas`, { title }), 201);
  const boardItemIds = async () => ok(await admin.get(`/boards/${fixture.boardId}`)).items.map((item: any) => item.id);
  const declinedList = async () => ok(await admin.get(`/boards/${fixture.boardId}/declined`));
  const followedNotices = async (client: Client, itemId: string) =>
    ok(await client.get('/notifications?limit=200')).filter((n: any) => n.itemId === itemId && n.kind === 'followed_item').map((n: any) => n.message);

  it('puts the idea back where it was, open, with a reopened decision, and tells its submitter and followers', async () => {
    const idea = await newIdea('Dark mode for the portal');
    ok(await voter.client.put(`/items/${idea.id}/vote`));
    // The submitter is told of triage whether or not they follow the idea.
    ok(await proposer.client.delete(`/items/${idea.id}/follow`));
    const declined = ok(await admin.post(`/items/${idea.id}/decline`, { reason: 'Not this year' }));
    expect(await boardItemIds()).not.toContain(idea.id);

    const reopened = ok(await admin.post(`/items/${idea.id}/reopen`, { reason: '  Customers keep asking for it ' }));
    expect(reopened).toMatchObject({ id: idea.id, columnId: idea.columnId, rank: idea.rank, closed: null, votes: 1, followers: 1, version: declined.version + 1 });
    expect(ok(await admin.get(`/items/${idea.id}`))).toEqual(reopened);
    expect(await boardItemIds()).toContain(idea.id);
    expect((await declinedList()).map((item: any) => item.id)).not.toContain(idea.id);

    const decisions = ok(await admin.get(`/items/${idea.id}/decisions`));
    expect(decisions.map((d: any) => [d.kind, d.rationale])).toEqual([['reopened', 'Customers keep asking for it'], ['declined', 'Not this year']]);
    const audit = ok(await admin.get(`/portfolios/${fixture.portfolio.id}/audit?itemId=${idea.id}&action=item.reopened`));
    expect(audit).toEqual([expect.objectContaining({ action: 'item.reopened', reason: 'Customers keep asking for it' })]);

    const told = `Admin reopened ${idea.key} "Dark mode for the portal": Customers keep asking for it`;
    for (const follower of [proposer, voter]) expect(await followedNotices(follower.client, idea.id)).toContain(told);
    expect(await followedNotices(admin, idea.id)).toEqual([]);

    // Open again, it can be voted on, moved and declined once more: the declined list then shows the latest decline, once.
    ok(await admin.post(`/items/${idea.id}/decline`, { reason: 'Still not this year' }));
    const listed = (await declinedList()).filter((item: any) => item.id === idea.id);
    expect(listed).toEqual([expect.objectContaining({ closedAs: 'declined', reason: 'Still not this year' })]);
  });

  it('takes one decision when two people triage the same idea at once', async () => {
    const idea = await newIdea('Triaged twice');
    const declines = await Promise.all(['Too big', 'Too small'].map((reason) => admin.post(`/items/${idea.id}/decline`, { reason })));
    expect(declines.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(['item_closed', 'version_conflict']).toContain(declines.find((answer) => answer.status === 409)!.body.code);
    const reopens = await Promise.all(['Fits after all', 'Asked again'].map((reason) => admin.post(`/items/${idea.id}/reopen`, { reason })));
    expect(reopens.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(['not_declined', 'version_conflict']).toContain(reopens.find((answer) => answer.status === 409)!.body.code);
    expect(ok(await admin.get(`/items/${idea.id}/decisions`)).map((d: any) => d.kind)).toEqual(['reopened', 'declined']);
  });

  it('refuses what is not a declined idea with 409 not_declined, and asks for a reason and for item.edit', async () => {
    const open = await newIdea('Open idea');
    const merged = await newIdea('Duplicate idea');
    ok(await admin.post(`/items/${merged.id}/merge`, { intoItemId: open.id }));
    for (const [item, detail] of [
      [open, `${open.key} is open: only a declined idea is reopened.`],
      [merged, `${merged.key} was merged into another item, where its votes and followers are now: only a declined idea is reopened.`],
    ] as const) {
      const refused = await admin.post(`/items/${item.id}/reopen`, { reason: 'Why not' });
      expect(refused.status).toBe(409);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({ code: 'not_declined', detail });
    }

    const declined = await newIdea('Declined idea');
    const closed = ok(await admin.post(`/items/${declined.id}/decline`, { reason: 'No' }));
    expect((await proposer.client.post(`/items/${declined.id}/reopen`, { reason: 'Please' })).body).toMatchObject({ status: 403, code: 'forbidden' });
    const blank = await admin.post(`/items/${declined.id}/reopen`, { reason: '   ' });
    expect(blank.body).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(blank.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    expect((await admin.post('/items/01900000-0000-7000-8000-000000000000/reopen', { reason: 'Gone' })).body).toMatchObject({ status: 404, code: 'not_found' });
    // Refused, it is still declined as it was.
    expect(ok(await admin.get(`/items/${declined.id}`))).toEqual(closed);
  });
});
