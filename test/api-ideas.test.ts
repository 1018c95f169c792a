import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Client, setUpInstance } from './support/client';
import { DATABASES } from './support/databases';
import { startMailDispatcher, type MailMessage } from '../src/app/notification-mail';
import { watchBoard } from './support/board-socket';
import { addMember, boardWithCards, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { startServer, type TestServer } from './support/server';

/** A guest: no session, no token, its own address as the server sees it (all tests come from 127.0.0.1). */
const guestPost = (server: TestServer, path: string, body: unknown) =>
  fetch(`${server.baseUrl}/api/v1${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(async (r) => ({
    status: r.status,
    headers: r.headers,
    body: (await r.json()) as any,
  }));
const guestGet = (url: string, accept = 'application/json') => fetch(url, { headers: { accept } }).then(async (r) => ({ status: r.status, type: r.headers.get('content-type') ?? '', text: await r.text() }));

describe.each(DATABASES)('ideas, votes and followers over HTTP on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let fixture: PortfolioFixture;
  let stakeholder: { client: Client; id: string };
  let contributor: { client: Client; id: string };
  let guestCount = 0;
  /** Each test's guests write from their own e-mail; the address is shared, so the clock moves an hour on between tests. */
  const guestEmail = () => `guest${++guestCount}@example.net`;
  let hour = 0;
  /** An hour of the server's clock: sessions stay valid, guests' hourly limits start afresh. */
  const START = Date.now();
  const atHour = (h: number, minutes = 0) => new Date(START + h * 3600_000 + minutes * 60_000);

  beforeAll(async () => {
    server = await startServer(database, { publicUrl: 'https://kanban.example.org' });
    admin = await setUpInstance(server.baseUrl);
    fixture = await createPortfolio(admin, { name: 'Ideas portfolio', template: 'small', boardTemplate: 'simple' });
    stakeholder = await addMember(admin, fixture.portfolio.id, ['stakeholder'], 'Stella Stakeholder');
    contributor = await addMember(admin, fixture.portfolio.id, ['contributor'], 'Connor Contributor');
  });
  afterAll(async () => server?.close());
  afterEach(() => {
    // Guests all come from 127.0.0.1: an hour later their limit starts afresh.
    server.setNow(atHour(++hour));
  });

  const intake = () => fixture.columns.backlog!;
  const newLink = async (body: Record<string, unknown> = {}) => {
    const created = await admin.post(`/boards/${fixture.boardId}/intake-links`, { label: 'Customer ideas', ...body });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body;
  };
  const tokenOf = (url: string) => url.split('/').pop()!;

  it('lets a stakeholder propose an idea into the first column, whatever its WIP limit, but not create an item', async () => {
    const column = intake();
    expect((await admin.patch(`/boards/${fixture.boardId}/columns/${column.id}`, { wipLimit: 1 })).status).toBe(200);
    await admin.post(`/boards/${fixture.boardId}/items`, { title: 'Fills the intake' });
    const idea = await stakeholder.client.post(`/boards/${fixture.boardId}/ideas`, { title: '  Self-service refunds ', description: 'Customers ask for it' });
    expect(idea.status, JSON.stringify(idea.body)).toBe(201);
    expect(idea.body).toMatchObject({ title: 'Self-service refunds', columnId: column.id, source: 'idea', submittedBy: stakeholder.id, submittedByGuest: null, votes: 0, votedByMe: false, followers: 1, followedByMe: true, closed: null });
    const refused = await stakeholder.client.post(`/boards/${fixture.boardId}/items`, { title: 'Not an idea' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('forbidden');
    const card = (await boardWithCards(admin, fixture.boardId)).items.find((item: any) => item.title === 'Fills the intake');
    expect(card).toMatchObject({ source: null, submittedBy: null, votes: 0, votedByMe: false });
    expect((await admin.get(`/items/${card.id}`)).body).toMatchObject({ source: null, submittedBy: null, votes: 0, votedByMe: false, followers: 0, followedByMe: false });
    expect((await admin.patch(`/boards/${fixture.boardId}/columns/${column.id}`, { wipLimit: null, version: column.version + 1 })).status).toBe(200);
  });

  it('lets the member who proposed an idea fix its wording while it waits in the intake, and nothing more', async () => {
    const idea = (await stakeholder.client.post(`/boards/${fixture.boardId}/ideas`, { title: 'Dakr mode', description: 'For the nihgt shift' })).body;
    const reworded = await stakeholder.client.patch(`/items/${idea.id}`, { title: 'Dark mode', description: 'For the night shift', version: idea.version });
    expect(reworded.status, JSON.stringify(reworded.body)).toBe(200);
    expect(reworded.body).toMatchObject({ title: 'Dark mode', description: 'For the night shift', version: idea.version + 1 });
    const history = (await admin.get(`/items/${idea.id}/history`)).body.changes;
    expect(history.map((change: any) => [change.field, change.before, change.after])).toEqual([['title', 'Dakr mode', 'Dark mode'], ['description', 'For the nihgt shift', 'For the night shift']]);
    // Any other field needs item.edit, as does someone else's idea.
    const dated = await stakeholder.client.patch(`/items/${idea.id}`, { title: 'Dark mode soon', dueDate: '2027-01-31', version: idea.version + 1 });
    expect(dated.status).toBe(403);
    expect(dated.body.code).toBe('forbidden');
    const other = await addMember(admin, fixture.portfolio.id, ['stakeholder'], 'Otto Other');
    expect((await other.client.patch(`/items/${idea.id}`, { title: 'Mine now', version: idea.version + 1 })).status).toBe(403);
    // Once taken up past the intake, or declined, it is the triagers' to word.
    expect((await admin.post(`/items/${idea.id}/move`, { columnId: fixture.columns.ready!.id })).status).toBe(200);
    expect((await stakeholder.client.patch(`/items/${idea.id}`, { title: 'Dark mode for all', version: idea.version + 2 })).status).toBe(403);
    const declined = (await stakeholder.client.post(`/boards/${fixture.boardId}/ideas`, { title: 'Declined one' })).body;
    expect((await admin.post(`/items/${declined.id}/decline`, { reason: 'No' })).status).toBe(200);
    expect((await stakeholder.client.patch(`/items/${declined.id}`, { title: 'Declined, reworded', version: declined.version + 1 })).status).toBe(403);
    expect((await admin.get(`/items/${idea.id}`)).body).toMatchObject({ title: 'Dark mode', description: 'For the night shift', dueDate: null });
  });

  it('refuses an idea with a value stream of no portfolio, naming valueStreamId', async () => {
    const refused = await stakeholder.client.post(`/boards/${fixture.boardId}/ideas`, { title: 'Streamed', valueStreamId: 'nope' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ field: 'valueStreamId', message: expect.any(String) }]);
  });

  it('counts one vote per person however often they vote, and the voter follows', async () => {
    const idea = (await stakeholder.client.post(`/boards/${fixture.boardId}/ideas`, { title: 'Dark mode' })).body;
    const first = await contributor.client.put(`/items/${idea.id}/vote`);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ votes: 1, votedByMe: true, followers: 2, followedByMe: true });
    const again = await contributor.client.put(`/items/${idea.id}/vote`);
    expect(again.body).toMatchObject({ votes: 1, votedByMe: true, followers: 2 });
    expect((await stakeholder.client.put(`/items/${idea.id}/vote`)).body).toMatchObject({ votes: 2, followers: 2 });

    const seen = (await contributor.client.get(`/items/${idea.id}`)).body;
    expect(seen).toMatchObject({ votes: 2, votedByMe: true, followedByMe: true });
    // The board's card shows the votes and whether they are the reader's; following is read in the item.
    const board = await boardWithCards(admin, fixture.boardId);
    expect(board.items.find((item: any) => item.id === idea.id)).toMatchObject({ votes: 2, votedByMe: false });
    const theirs = await boardWithCards(contributor.client, fixture.boardId);
    expect(theirs.items.find((item: any) => item.id === idea.id)).toMatchObject({ votes: 2, votedByMe: true });

    const withdrawn = await contributor.client.delete(`/items/${idea.id}/vote`);
    expect(withdrawn.body).toMatchObject({ votes: 1, votedByMe: false, followedByMe: true });
    // Loaded again and again by both readers, the board keeps telling each of them their own votes.
    for (const [reader, votedByMe] of [[contributor.client, false], [admin, false], [contributor.client, false], [stakeholder.client, true], [admin, false], [stakeholder.client, true]] as const) {
      expect((await boardWithCards(reader, fixture.boardId)).items.find((item: any) => item.id === idea.id)).toMatchObject({ votes: 1, votedByMe });
    }
    expect((await contributor.client.put(`/items/${idea.id}/vote`)).status).toBe(200);
    expect((await boardWithCards(contributor.client, fixture.boardId)).items.find((item: any) => item.id === idea.id)).toMatchObject({ votes: 2, votedByMe: true });
    expect((await contributor.client.delete(`/items/${idea.id}/vote`)).status).toBe(200);
    const unfollowed = await contributor.client.delete(`/items/${idea.id}/follow`);
    expect(unfollowed.body).toMatchObject({ followers: 1, followedByMe: false });
    expect((await contributor.client.put(`/items/${idea.id}/follow`)).body).toMatchObject({ followers: 2, followedByMe: true, votedByMe: false });
  });

  it('manages intake links with integration.manage only', async () => {
    const link = await newLink({ expiresAt: '2099-01-01T00:00:00.000Z' });
    expect(link).toMatchObject({ id: expect.any(String), boardId: fixture.boardId, label: 'Customer ideas', expiresAt: '2099-01-01T00:00:00.000Z', revokedAt: null });
    expect(link.url).toMatch(/^https:\/\/kanban\.example\.org\/intake\/[\w-]{20,}$/);
    expect((await stakeholder.client.post(`/boards/${fixture.boardId}/intake-links`, { label: 'Mine' })).status).toBe(403);
    expect((await stakeholder.client.get(`/boards/${fixture.boardId}/intake-links`)).status).toBe(403);
    const listed = (await admin.get(`/boards/${fixture.boardId}/intake-links`)).body;
    expect(listed.map((l: any) => l.id)).toContain(link.id);
    expect((await stakeholder.client.delete(`/intake-links/${link.id}`)).status).toBe(403);
    expect((await admin.delete(`/intake-links/${link.id}`)).status).toBe(204);
    expect((await admin.get(`/boards/${fixture.boardId}/intake-links`)).body.find((l: any) => l.id === link.id).revokedAt).not.toBeNull();
    const past = await admin.post(`/boards/${fixture.boardId}/intake-links`, { label: 'Old', expiresAt: '2000-01-01T00:00:00.000Z' });
    expect(past.status).toBe(400);
    expect(past.body.errors[0].field).toBe('expiresAt');
  });

  it('takes a guest idea through a link, answers a follow URL, and refuses a revoked or expired link with 410', async () => {
    server.setNow(atHour(++hour));
    const link = await newLink({ expiresAt: atHour(hour, 30).toISOString() });
    const token = tokenOf(link.url);
    const form = await guestGet(`${server.baseUrl}/api/v1/intake/${token}`);
    expect(form.status).toBe(200);
    expect(JSON.parse(form.text)).toEqual({ open: true, label: 'Customer ideas' });

    const sent = await guestPost(server, `/intake/${token}`, { title: 'Invoices as PDF', description: 'Please', name: 'Gwen Guest', email: guestEmail() });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    // Nothing of the portfolio comes back: the follow URL, and whether the guest will hear by e-mail (this server sends none).
    expect(Object.keys(sent.body)).toEqual(['followUrl', 'emailed']);
    expect(sent.body.emailed).toBe(false);
    expect(sent.body.followUrl).toMatch(/^https:\/\/kanban\.example\.org\/follow\/[\w-]{20,}$/);
    const card = (await boardWithCards(admin, fixture.boardId)).items.find((item: any) => item.title === 'Invoices as PDF');
    expect(card).toMatchObject({ columnId: intake().id, source: 'idea', submittedBy: null, submittedByGuest: 'Gwen Guest' });
    expect((await admin.get(`/items/${card.id}`)).body.followers).toBe(0);

    const followed = await guestGet(`${server.baseUrl}/api/v1/follow/${tokenOf(sent.body.followUrl)}`);
    expect(JSON.parse(followed.text)).toEqual({ title: 'Invoices as PDF', column: 'Backlog', since: card.enteredColumnAt, status: 'open', reason: null });
    // The follow URL itself answers the same JSON to a client that asks for JSON, and the app's page to a browser.
    const direct = await fetch(sent.body.followUrl.replace('https://kanban.example.org', server.baseUrl), { headers: { accept: 'application/json' } });
    expect(await direct.json()).toEqual(JSON.parse(followed.text));
    const page = await guestGet(sent.body.followUrl.replace('https://kanban.example.org', server.baseUrl), 'text/html,application/xhtml+xml,*/*;q=0.8');
    expect(page.type).toContain('text/html');

    server.setNow(atHour(hour, 31));
    const expired = await guestPost(server, `/intake/${token}`, { title: 'Too late', name: 'Gwen Guest', email: guestEmail() });
    expect(expired.status).toBe(410);
    expect(expired.headers.get('content-type')).toContain('application/problem+json');
    expect(expired.body.code).toBe('intake_link_gone');
    expect((await guestGet(`${server.baseUrl}/api/v1/intake/${token}`)).status).toBe(410);

    const revoked = await newLink();
    expect((await admin.delete(`/intake-links/${revoked.id}`)).status).toBe(204);
    const refused = await guestPost(server, `/intake/${tokenOf(revoked.url)}`, { title: 'Revoked', name: 'Gwen Guest', email: guestEmail() });
    expect(refused.status).toBe(410);
    expect(refused.body.code).toBe('intake_link_gone');
    expect((await guestPost(server, `/intake/not-a-token`, { title: 'Nowhere', name: 'Gwen Guest', email: guestEmail() })).status).toBe(404);
  });

  it('answers a filled honeypot like any idea but stores nothing', async () => {
    const link = await newLink();
    const before = (await admin.get(`/boards/${fixture.boardId}`)).body.items.length;
    const sent = await guestPost(server, `/intake/${tokenOf(link.url)}`, { title: 'Cheap pills', name: 'Bot', email: guestEmail(), website: 'https://spam.example' });
    expect(sent.status).toBe(201);
    expect(sent.body.followUrl).toMatch(/\/follow\/[\w-]{20,}$/);
    expect((await admin.get(`/boards/${fixture.boardId}`)).body.items.length).toBe(before);
    expect((await guestGet(`${server.baseUrl}/api/v1/follow/${tokenOf(sent.body.followUrl)}`)).status).toBe(404);
  });

  it('refuses the sixth idea in an hour from one e-mail, and from one address, with 429 and Retry-After', async () => {
    server.setNow(atHour(++hour));
    const token = tokenOf((await newLink()).url);
    const email = guestEmail();
    for (let i = 1; i <= 5; i++) expect((await guestPost(server, `/intake/${token}`, { title: `Idea ${i}`, name: 'Eager', email })).status).toBe(201);
    const sixth = await guestPost(server, `/intake/${token}`, { title: 'Idea 6', name: 'Eager', email: email.toUpperCase() });
    expect(sixth.status).toBe(429);
    expect(sixth.body.code).toBe('rate_limited');
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);

    // Five ideas came from 127.0.0.1 this hour already: another e-mail from the same address is refused too.
    const other = await guestPost(server, `/intake/${token}`, { title: 'Idea 7', name: 'Other', email: guestEmail() });
    expect(other.status).toBe(429);
    expect(other.body.code).toBe('rate_limited');

    server.setNow(atHour(hour + 1, 1));
    expect((await guestPost(server, `/intake/${token}`, { title: 'Idea 8', name: 'Eager', email })).status).toBe(201);
    // The next test starts two hours on, past this one's last idea.
    hour += 2;
  });

  const notificationsOf = async (client: Client, itemId: string) => (await client.get('/notifications?limit=200')).body.filter((n: any) => n.itemId === itemId && n.kind === 'followed_item');

  it('tells followers, the submitter and voters of moves, blocks and a decline, never the actor', async () => {
    const idea = (await stakeholder.client.post(`/boards/${fixture.boardId}/ideas`, { title: 'Bulk export' })).body;
    expect((await contributor.client.put(`/items/${idea.id}/vote`)).status).toBe(200);
    expect((await admin.post(`/items/${idea.id}/move`, { columnId: fixture.columns.ready!.id })).status).toBe(200);
    expect((await contributor.client.post(`/items/${idea.id}/block`, { reason: 'Waiting for legal' })).status).toBe(200);
    expect((await admin.post(`/items/${idea.id}/unblock`, {})).status).toBe(200);
    const submitterHeard = await notificationsOf(stakeholder.client, idea.id);
    expect(submitterHeard.map((n: any) => n.data.change)).toEqual(['unblocked', 'blocked', 'moved']);
    expect(submitterHeard[2].message).toContain('moved to "Ready"');
    // The voter blocked it: they hear of the move and the unblock, not of their own block.
    expect((await notificationsOf(contributor.client, idea.id)).map((n: any) => n.data.change)).toEqual(['unblocked', 'moved']);
    expect(await notificationsOf(admin, idea.id)).toEqual([]);

    const refused = await admin.post(`/items/${idea.id}/decline`, { reason: 'Too late' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('not_in_intake');
    const back = await admin.post(`/items/${idea.id}/move`, { columnId: intake().id });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect((await stakeholder.client.post(`/items/${idea.id}/decline`, { reason: 'Mine' })).status).toBe(403);
    const declined = await admin.post(`/items/${idea.id}/decline`, { reason: 'Out of scope this year' });
    expect(declined.status, JSON.stringify(declined.body)).toBe(200);
    expect(declined.body.closed).toMatchObject({ as: 'declined', reason: 'Out of scope this year', mergedIntoId: null });
    expect((await notificationsOf(stakeholder.client, idea.id))[0].message).toBe(`Admin declined ${idea.key} "${idea.title}": Out of scope this year`);
    expect((await admin.get(`/boards/${fixture.boardId}`)).body.items.map((i: any) => i.id)).not.toContain(idea.id);
    const list = (await admin.get(`/boards/${fixture.boardId}/declined`)).body;
    expect(list[0]).toMatchObject({ id: idea.id, closedAs: 'declined', reason: 'Out of scope this year', onBehalfOf: null, onBehalfOfName: null, mergedInto: null, closedAt: expect.any(String) });
    expect((await admin.get(`/items/${idea.id}/decisions`)).body[0]).toMatchObject({ kind: 'declined', rationale: 'Out of scope this year' });
    expect((await contributor.client.put(`/items/${idea.id}/vote`)).body.code).toBe('item_closed');
  });

  it('merges a duplicate: its votes and followers move over once each; into itself is 400, across portfolios 404', async () => {
    const original = (await stakeholder.client.post(`/boards/${fixture.boardId}/ideas`, { title: 'Single sign-on' })).body;
    const duplicate = (await contributor.client.post(`/boards/${fixture.boardId}/ideas`, { title: 'SSO please' })).body;
    await stakeholder.client.put(`/items/${duplicate.id}/vote`);
    await contributor.client.put(`/items/${duplicate.id}/vote`);
    await stakeholder.client.put(`/items/${original.id}/vote`);

    const itself = await admin.post(`/items/${duplicate.id}/merge`, { intoItemId: duplicate.id });
    expect(itself.status).toBe(400);
    expect(itself.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'intoItemId', message: expect.any(String) }] });
    const elsewhere = await createPortfolio(admin, { name: 'Elsewhere', template: 'small', boardTemplate: 'simple' });
    const foreign = (await admin.post(`/boards/${elsewhere.boardId}/ideas`, { title: 'Foreign' })).body;
    const across = await admin.post(`/items/${duplicate.id}/merge`, { intoItemId: foreign.id });
    expect(across.status).toBe(404);
    expect(across.body.code).toBe('not_found');

    const merged = await admin.post(`/items/${duplicate.id}/merge`, { intoItemId: original.id });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(merged.body.closed).toMatchObject({ as: 'merged', mergedIntoId: original.id });
    const target = (await contributor.client.get(`/items/${original.id}`)).body;
    expect(target).toMatchObject({ votes: 2, votedByMe: true, followers: 2, followedByMe: true });
    expect((await notificationsOf(stakeholder.client, duplicate.id))[0].message).toBe(`Admin merged ${duplicate.key} "SSO please" into ${original.key} "Single sign-on" as a duplicate; its votes and followers moved there.`);
    expect(await notificationsOf(admin, duplicate.id)).toEqual([]);
    expect((await admin.get(`/boards/${fixture.boardId}/declined`)).body.find((i: any) => i.id === duplicate.id)).toMatchObject({ closedAs: 'merged', mergedInto: { id: original.id, key: original.key, title: 'Single sign-on', boardId: fixture.boardId } });
    // The item it went into tells of it in its history; the duplicate's own history lists nothing merged into it.
    expect((await stakeholder.client.get(`/items/${original.id}/history`)).body.mergedIn).toEqual([{ itemId: duplicate.id, key: duplicate.key, title: 'SSO please', at: merged.body.closed.at, actorId: merged.body.closed.by }]);
    expect(merged.body.closed.by).toBe((await admin.get('/auth/me')).body.id);
    expect((await admin.get(`/items/${duplicate.id}/history`)).body.mergedIn).toEqual([]);
  });

  it('names on whose behalf a delegate declines or merges: in the decision, the declined list and the board’s change', async () => {
    const planner = await addMember(admin, fixture.portfolio.id, ['project_manager'], 'Paula Planner');
    const delegate = await addMember(admin, fixture.portfolio.id, ['stakeholder'], 'Dee Legate');
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const handedOver = await planner.client.post(`/portfolios/${fixture.portfolio.id}/delegations`, { roleKey: 'project_manager', toUserId: delegate.id, until, reason: 'On leave' });
    expect(handedOver.status, JSON.stringify(handedOver.body)).toBe(201);
    const declinedIdea = (await stakeholder.client.post(`/boards/${fixture.boardId}/ideas`, { title: 'Dark mode for reports' })).body;
    const duplicate = (await stakeholder.client.post(`/boards/${fixture.boardId}/ideas`, { title: 'Reports in dark mode' })).body;
    const original = (await stakeholder.client.post(`/boards/${fixture.boardId}/ideas`, { title: 'Themes for reports' })).body;
    const watcher = await watchBoard(server, fixture.boardId, { token: (await admin.post('/tokens', { name: 'triage' })).body.token });

    expect((await planner.client.post(`/items/${declinedIdea.id}/decline`, { reason: 'Mine to decline' })).status).toBe(403);
    expect((await delegate.client.post(`/items/${declinedIdea.id}/decline`, { reason: 'Not this year' })).status).toBe(200);
    expect((await delegate.client.post(`/items/${duplicate.id}/merge`, { intoItemId: original.id })).status).toBe(200);
    const named = { decidedBy: delegate.id, onBehalfOf: planner.id, onBehalfOfName: 'Paula Planner' };
    expect((await admin.get(`/items/${declinedIdea.id}/decisions`)).body).toEqual([expect.objectContaining({ kind: 'declined', ...named })]);
    expect((await admin.get(`/items/${duplicate.id}/decisions`)).body).toEqual([expect.objectContaining({ kind: 'merged', ...named })]);
    const closed = (await admin.get(`/boards/${fixture.boardId}/declined`)).body;
    for (const idea of [declinedIdea, duplicate]) expect(closed.find((i: any) => i.id === idea.id)).toMatchObject({ closedBy: delegate.id, onBehalfOf: planner.id, onBehalfOfName: 'Paula Planner' });
    await expect.poll(() => watcher.messages.filter((event) => event.type === 'decision.recorded').length).toBe(2);
    watcher.close();
    const decided = watcher.messages.filter((event) => event.type === 'decision.recorded');
    expect(decided.map((event) => [event.itemId, event.data.kind, event.data.onBehalfOf])).toEqual([
      [declinedIdea.id, 'declined', planner.id],
      [duplicate.id, 'merged', planner.id],
    ]);
  });

  it('ranks a column by votes, with backlog.rank only', async () => {
    const board = await createPortfolio(admin, { name: 'Ranked', template: 'small', boardTemplate: 'simple' });
    const voter = await addMember(admin, board.portfolio.id, ['stakeholder']);
    const ideas = [];
    for (const title of ['Few', 'Many', 'None']) ideas.push((await admin.post(`/boards/${board.boardId}/ideas`, { title })).body);
    await voter.client.put(`/items/${ideas[1].id}/vote`);
    await admin.put(`/items/${ideas[1].id}/vote`);
    await voter.client.put(`/items/${ideas[0].id}/vote`);
    const column = board.columns.backlog!.id;
    expect((await voter.client.post(`/boards/${board.boardId}/columns/${column}/rank-by-votes`)).status).toBe(403);
    const ranked = await admin.post(`/boards/${board.boardId}/columns/${column}/rank-by-votes`);
    expect(ranked.status, JSON.stringify(ranked.body)).toBe(200);
    expect(ranked.body.order.map((e: any) => [e.title, e.votes])).toEqual([['Many', 2], ['Few', 1], ['None', 0]]);
    const order = (await admin.get(`/boards/${board.boardId}`)).body.items.map((i: any) => i.title);
    expect(order).toEqual(['Many', 'Few', 'None']);
  });

  it('lists my ideas and the items I voted for, with where they are and who is responsible now', async () => {
    const member = await addMember(admin, fixture.portfolio.id, ['stakeholder'], 'Mia Mine');
    const mine = (await member.client.post(`/boards/${fixture.boardId}/ideas`, { title: 'My own idea' })).body;
    const voted = (await admin.post(`/boards/${fixture.boardId}/ideas`, { title: 'Voted idea' })).body;
    await member.client.put(`/items/${voted.id}/vote`);
    const answer = await member.client.get('/me/ideas');
    expect(answer.status).toBe(200);
    expect(answer.body.map((entry: any) => entry.item.title)).toEqual(['Voted idea', 'My own idea']);
    const expected = (await admin.get(`/items/${mine.id}/responsibility`)).body;
    expect(answer.body[1]).toMatchObject({ board: { id: fixture.boardId, name: 'Ideas portfolio' }, column: { id: intake().id, name: 'Backlog' }, status: 'open', submittedByMe: true, responsible: expected.people });
    expect(answer.body[0]).toMatchObject({ submittedByMe: false, item: { votedByMe: true }, mergedInto: null });
    // Merged, an idea names the item its votes went to.
    const duplicate = (await member.client.post(`/boards/${fixture.boardId}/ideas`, { title: 'My duplicate' })).body;
    expect((await admin.post(`/items/${duplicate.id}/merge`, { intoItemId: voted.id })).status).toBe(200);
    const merged = (await member.client.get('/me/ideas')).body.find((entry: any) => entry.item.id === duplicate.id);
    expect(merged).toMatchObject({ status: 'merged', mergedInto: { id: voted.id, key: voted.key, title: 'Voted idea', boardId: fixture.boardId } });
  });

  it("shows a guest nothing of the portfolio beyond their own idea", async () => {
    const secrets = (await admin.get(`/boards/${fixture.boardId}`)).body;
    const link = await newLink({ label: 'Share your idea' });
    const token = tokenOf(link.url);
    const sent = await guestPost(server, `/intake/${token}`, { title: 'Guest only idea', name: 'Gwen Guest', email: guestEmail() });
    const followToken = tokenOf(sent.body.followUrl);
    const card = (await admin.get(`/boards/${fixture.boardId}`)).body.items.find((i: any) => i.title === 'Guest only idea');
    await admin.post(`/items/${card.id}/move`, { columnId: fixture.columns.ready!.id });
    const answers = [
      (await guestGet(`${server.baseUrl}/api/v1/intake/${token}`)).text,
      JSON.stringify(sent.body),
      (await guestGet(`${server.baseUrl}/api/v1/follow/${followToken}`)).text,
      (await guestGet(`${server.baseUrl}/follow/${followToken}`)).text,
    ];
    const forbidden = [
      fixture.portfolio.id, fixture.portfolio.name, secrets.id, secrets.name, card.id, card.key, 'Admin', 'admin@example.org', 'Stella Stakeholder', 'Connor Contributor',
      ...secrets.items.filter((i: any) => i.id !== card.id).flatMap((i: any) => [i.id, i.title]),
      ...secrets.columns.filter((c: any) => c.key !== 'ready').map((c: any) => c.id),
    ];
    for (const text of answers) for (const secret of forbidden) expect(text, `a guest answer shows "${secret}"`).not.toContain(secret);
    expect(JSON.parse(answers[2]!)).toEqual({ title: 'Guest only idea', column: 'Ready', since: expect.any(String), status: 'open', reason: null });
    const mails = await server.store.db.selectFrom('guest_mails').select('message').execute();
    expect(mails.map((m) => m.message)).toContain('"Guest only idea" moved to "Ready".');
  });

  it('e-mails a guest the changes of their idea once, when mail is on', async () => {
    const email = guestEmail();
    const link = await newLink();
    const sent = await guestPost(server, `/intake/${tokenOf(link.url)}`, { title: 'Mailed idea', name: 'Gwen Guest', email });
    expect(sent.status).toBe(201);
    const card = (await admin.get(`/boards/${fixture.boardId}`)).body.items.find((i: any) => i.title === 'Mailed idea');
    expect((await admin.post(`/items/${card.id}/decline`, { reason: 'Not this year' })).status).toBe(200);
    const mails: MailMessage[] = [];
    const dispatcher = startMailDispatcher(server.ctx, { send: async (mail) => void mails.push(mail) }, { intervalMs: 60_000 });
    try {
      await dispatcher.flush();
      const theirs = mails.filter((mail) => mail.to === email);
      expect(theirs.map((mail) => mail.text.split('\n')[0])).toEqual(['The team declined "Mailed idea": Not this year']);
      mails.length = 0;
      await dispatcher.flush();
      expect(mails.filter((mail) => mail.to === email)).toEqual([]);
    } finally {
      await dispatcher.stop();
    }
  });

  it('brings a new idea and a vote to an open board over its WebSocket', async () => {
    const token = (await admin.post('/tokens', { name: 'socket' })).body.token as string;
    const socket = await watchBoard(server, fixture.boardId, { token });
    try {
      const idea = (await stakeholder.client.post(`/boards/${fixture.boardId}/ideas`, { title: 'Live idea' })).body;
      await contributor.client.put(`/items/${idea.id}/vote`);
      const [created, voted] = await socket.next(2);
      expect(created).toMatchObject({ type: 'item.created', itemId: idea.id, actorId: stakeholder.id, data: { source: 'idea', title: 'Live idea' } });
      expect(voted).toMatchObject({ type: 'item.updated', itemId: idea.id, actorId: contributor.id, data: { fields: ['votes', 'followers'] } });
      expect(voted.seq).toBe(created.seq + 1);
    } finally {
      socket.close();
    }
  });
});
