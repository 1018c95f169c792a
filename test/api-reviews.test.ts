import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, idOf, notificationsOf, ok } from './api-accountability-support';
import { watchBoard } from './support/board-socket';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, auditLog, createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { expectProblem, fieldsOf } from './support/problems';
import { startServer, type TestServer } from './support/server';

describe.each(DATABASES)('portfolio reviews on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let adminId: string;
  let fixture: PortfolioFixture;
  let pm: { client: Client; id: string };
  let contributor: { client: Client; id: string };

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    adminId = await idOf(admin);
    fixture = await createPortfolio(admin, { template: 'enterprise', boardTemplate: 'safe' });
    pm = await addMember(admin, fixture.portfolio.id, ['project_manager'], 'Pat Manager');
    contributor = await addMember(admin, fixture.portfolio.id, ['contributor'], 'Cleo Contributor');
  });
  afterAll(async () => server?.close());

  const path = () => `/portfolios/${fixture.portfolio.id}`;

  it('builds the agenda from the board, keeps notes across a refresh, records actions and freezes on close', async () => {
    const blocked = await createItem(admin, fixture.boardId, { title: 'Blocked epic', ownerId: contributor.id });
    ok(await admin.post(`/items/${blocked.id}/block`, { reason: 'Legal review', resolverId: pm.id }));
    const review = ok(await admin.post(`${path()}/reviews`, { title: 'December review' }), 201);
    expect(review).toMatchObject({ title: 'December review', status: 'open', facilitatorId: adminId, positionEntryId: null, attendees: [{ userId: adminId }] });
    const entry = review.entries.find((e: any) => e.section === 'blocked_items' && e.itemId === blocked.id);
    expect(entry).toMatchObject({ sectionTitle: 'Blocked items', subject: `blocked:${blocked.id}`, itemKey: blocked.key, note: null, resolved: false });
    expect(entry.detail).toContain('Pat Manager is clearing it');
    expect(entry.responsible.map((p: any) => p.userId)).toEqual(expect.arrayContaining([pm.id, contributor.id]));
    expect(entry.responsible.find((p: any) => p.userId === pm.id).reasons).toContain('responsible for clearing the block');

    ok(await admin.put(`/reviews/${review.id}/entries/${entry.id}`, { note: 'Legal promised an answer by Friday' }));
    ok(await admin.put(`/reviews/${review.id}/position`, { entryId: entry.id }));
    const later = await createItem(admin, fixture.boardId, { title: 'Second blocked' });
    ok(await admin.post(`/items/${later.id}/block`, { reason: 'Waiting on vendor' }));
    const refreshed = ok(await admin.post(`/reviews/${review.id}/refresh`));
    const kept = refreshed.entries.find((e: any) => e.id === entry.id);
    expect(kept.note).toBe('Legal promised an answer by Friday');
    expect(refreshed.positionEntryId).toBe(entry.id);
    const laterEntry = refreshed.entries.find((e: any) => e.subject === `blocked:${later.id}`);
    expect(laterEntry).toMatchObject({ resolved: false, note: null });
    // A problem solved during the review leaves the agenda, unless its entry has a note worth the minutes.
    ok(await admin.post(`/items/${later.id}/unblock`, {}));
    expect(ok(await admin.post(`/reviews/${review.id}/refresh`)).entries.some((e: any) => e.id === laterEntry.id)).toBe(false);
    ok(await admin.post(`/items/${later.id}/block`, { reason: 'Waiting on vendor again' }));
    const reblocked = ok(await admin.post(`/reviews/${review.id}/refresh`)).entries.find((e: any) => e.subject === `blocked:${later.id}`);
    ok(await admin.put(`/reviews/${review.id}/entries/${reblocked.id}`, { note: 'Vendor called back' }));
    ok(await admin.post(`/items/${later.id}/unblock`, {}));
    expect(ok(await admin.post(`/reviews/${review.id}/refresh`)).entries.find((e: any) => e.id === reblocked.id)).toMatchObject({ resolved: true, note: 'Vendor called back' });

    const action = ok(await admin.post(`/reviews/${review.id}/actions`, { title: 'Chase legal', ownerId: pm.id, dueDate: '2026-01-10', itemId: blocked.id, entryId: entry.id }), 201);
    expect(action).toMatchObject({ title: 'Chase legal', ownerId: pm.id, ownerName: 'Pat Manager', dueDate: '2026-01-10', itemId: blocked.id, itemKey: blocked.key, done: false, reviewId: review.id });
    const notices = await notificationsOf(pm.client);
    expect(notices.find((n) => n.kind === 'review_action')).toMatchObject({ itemId: blocked.id, data: { actionId: action.id, reviewId: review.id } });
    const mine = ok(await pm.client.get('/me/responsibilities'));
    expect(mine.actions).toEqual([expect.objectContaining({ id: action.id, dueDate: '2026-01-10', overdue: true })]);
    expect(ok(await contributor.client.get(`/items/${blocked.id}/actions`)).map((a: any) => a.id)).toEqual([action.id]);
    const gaps = ok(await admin.get(`${path()}/responsibility/gaps`)).gaps;
    expect(gaps.find((g: any) => g.kind === 'overdue_action')).toMatchObject({ actionId: action.id, itemId: blocked.id });

    const closed = ok(await admin.post(`/reviews/${review.id}/close`));
    expect(closed.status).toBe('closed');
    for (const write of [
      admin.put(`/reviews/${review.id}/entries/${entry.id}`, { note: 'too late' }),
      admin.post(`/reviews/${review.id}/refresh`),
      admin.put(`/reviews/${review.id}/position`, { entryId: null }),
      admin.post(`/reviews/${review.id}/actions`, { title: 'Too late', ownerId: pm.id }),
      admin.post(`/reviews/${review.id}/close`),
    ]) expectProblem(await write, 409, 'review_closed');

    // An open action comes back on the next review's agenda, and its owner marks it done.
    const next = ok(await admin.post(`${path()}/reviews`, {}), 201);
    expect(next.entries.filter((e: any) => e.section === 'open_actions').map((e: any) => e.actionId)).toEqual([action.id]);
    expect(ok(await pm.client.patch(`/actions/${action.id}`, { done: true }))).toMatchObject({ done: true, doneBy: pm.id });
    expect(ok(await pm.client.get('/me/responsibilities')).actions).toEqual([]);
    const list = ok(await admin.get(`${path()}/reviews`));
    expect(list.map((r: any) => [r.id, r.status])).toEqual([[next.id, 'open'], [review.id, 'closed']]);
  });

  it('answers the minutes as Markdown and as escaped, printable HTML', async () => {
    const item = await createItem(admin, fixture.boardId, { title: '<script>alert(1)</script>' });
    ok(await admin.post(`/items/${item.id}/block`, { reason: 'x & y' }));
    const review = ok(await admin.post(`${path()}/reviews`, { title: 'Minutes <b>test</b>' }), 201);
    ok(await contributor.client.post(`/reviews/${review.id}/attendance`));
    const entry = review.entries.find((e: any) => e.itemId === item.id && e.section === 'blocked_items');
    ok(await admin.put(`/reviews/${review.id}/entries/${entry.id}`, { note: 'Agreed: <img src=x onerror=alert(1)>' }));
    ok(await admin.post(`/reviews/${review.id}/actions`, { title: 'Write the memo', ownerId: contributor.id, dueDate: '2027-02-01' }), 201);
    ok(await admin.post(`/reviews/${review.id}/close`));
    const markdown = await admin.get(`/reviews/${review.id}/minutes`);
    expect(markdown.status).toBe(200);
    expect(markdown.headers.get('content-type')).toContain('text/markdown');
    expect(markdown.body).toContain('# Minutes \\<b\\>test\\</b\\>');
    expect(markdown.body).toMatch(/Facilitator: /);
    expect(markdown.body).toContain('Cleo Contributor');
    expect(markdown.body).toContain('Write the memo: Cleo Contributor, due 1 Feb 2027');
    expect(markdown.body).toContain('## Decisions');
    const html = await admin.request('GET', `/reviews/${review.id}/minutes`, undefined, { accept: 'text/html' });
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.body).not.toContain('<script>alert');
    expect(html.body).not.toContain('<img');
    expect(html.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.body).toContain('Agreed: &lt;img src=x onerror=alert(1)&gt;');
    expect((await admin.get(`/reviews/${review.id}/minutes?format=html`)).body).toBe(html.body);
  });

  it("keeps in the minutes on whose behalf a delegate answers for an entry, as the agenda said", async () => {
    const board = ok(await admin.get(`/boards/${fixture.boardId}`));
    const first = board.columns[0];
    const roleKey: string = first.responsibility.accountable.role;
    const holder = await addMember(admin, fixture.portfolio.id, [roleKey], 'Olga Holder');
    const delegate = await addMember(admin, fixture.portfolio.id, ['contributor'], 'Dee Delegate');
    const until = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10);
    const delegation = ok(await holder.client.post(`${path()}/delegations`, { roleKey, toUserId: delegate.id, until, reason: 'Travelling' }), 201);
    const item = await createItem(admin, fixture.boardId, { title: 'Waiting on the holder' });
    ok(await admin.post(`/items/${item.id}/block`, { reason: 'Budget' }));
    const review = ok(await admin.post(`${path()}/reviews`, { title: 'Delegated review' }), 201);
    const entry = review.entries.find((e: any) => e.section === 'blocked_items' && e.itemId === item.id);
    const reason = entry.responsible.find((p: any) => p.userId === delegate.id).reasons.find((r: string) => r.includes('on behalf of'));
    const onBehalf = reason.slice(reason.indexOf('on behalf of'));
    expect(onBehalf).toMatch(/^on behalf of Olga Holder until \d{1,2} [A-Z][a-z]{2} \d{4}$/);
    ok(await admin.post(`/reviews/${review.id}/close`));
    expect((await admin.get(`/reviews/${review.id}/minutes`)).body).toContain(`Dee Delegate (${onBehalf})`);
    // The role goes back, for the tests after this one.
    expect((await holder.client.delete(`${path()}/delegations/${delegation.id}`)).status).toBe(204);
  });

  it('refuses reviews to members without review.facilitate, and bad actions field by field', async () => {
    expectProblem(await pm.client.post(`${path()}/reviews`, {}), 403, 'forbidden');
    const review = ok(await admin.post(`${path()}/reviews`, {}), 201);
    expectProblem(await pm.client.put(`/reviews/${review.id}/position`, { entryId: null }), 403, 'forbidden');
    const bad = expectProblem(await admin.post(`/reviews/${review.id}/actions`, { title: ' ', ownerId: 'nobody', itemId: 'nothing', dueDate: '2026-02-31x' }), 400, 'validation_failed');
    expect(fieldsOf(bad).sort()).toEqual(expect.arrayContaining(['dueDate']));
    const semantic = expectProblem(await admin.post(`/reviews/${review.id}/actions`, { title: ' ', ownerId: 'nobody', itemId: 'nothing' }), 400, 'validation_failed');
    expect(fieldsOf(semantic).sort()).toEqual(['itemId', 'ownerId', 'title']);
    const action = ok(await admin.post(`/reviews/${review.id}/actions`, { title: 'Own it', ownerId: pm.id }), 201);
    expectProblem(await contributor.client.patch(`/actions/${action.id}`, { done: true }), 403, 'forbidden');
    ok(await admin.post(`/reviews/${review.id}/close`));
  });

  it('links a decision taken during the review to it', async () => {
    const item = await createItem(admin, fixture.boardId, { title: 'Gated epic' });
    ok(await admin.post(`/items/${item.id}/move`, { columnId: fixture.columns.analyzing!.id }));
    const request = ok(await pm.client.post(`/items/${item.id}/approval-requests`, { columnId: fixture.columns.ready!.id }), 201);
    const review = ok(await admin.post(`${path()}/reviews`, {}), 201);
    const other = ok(await admin.post(`${path()}/reviews`, { title: 'Another open review' }), 201);
    expect(review.entries.find((e: any) => e.section === 'decisions_waiting')).toMatchObject({ requestId: request.id, itemId: item.id });
    const outcome = ok(await admin.post(`/approval-requests/${request.id}/decision`, { decision: 'go', rationale: 'Strong case', reviewId: review.id, override: { reason: 'Criteria checked on paper' } }));
    expect(outcome.decision.reviewId).toBe(review.id);
    const read = ok(await admin.get(`/reviews/${review.id}`));
    expect(read.decisions).toEqual([expect.objectContaining({ id: outcome.decision.id, kind: 'go', itemKey: item.key })]);
    // The request it answered waits no more: its entry is resolved, in this review and in any other open one.
    for (const open of [read, ok(await admin.get(`/reviews/${other.id}`))]) {
      expect(open.entries.find((e: any) => e.requestId === request.id)).toMatchObject({ section: 'decisions_waiting', resolved: true });
    }
    ok(await admin.post(`/reviews/${review.id}/close`));
    ok(await admin.post(`/reviews/${other.id}/close`));
    const minutes = (await admin.get(`/reviews/${review.id}/minutes`)).body;
    expect(minutes).toContain(`${item.key} "Gated epic": Go, decided by`);
    expect(minutes).toMatch(new RegExp(`- ${item.key} "Gated epic" awaits .*\\(resolved during the review\\)`));
  });

  it('reminds every member once the day before a meeting, however many server processes run', async () => {
    const other = await createPortfolio(admin, { name: 'Cadenced' });
    const member = await addMember(admin, other.portfolio.id, ['stakeholder'], 'Sam Stakeholder');
    expectProblem(await member.client.put(`/portfolios/${other.portfolio.id}/review-cadence`, { frequency: 'weekly', weekday: 3 }), 403, 'forbidden');
    const bad = expectProblem(await admin.put(`/portfolios/${other.portfolio.id}/review-cadence`, { frequency: 'daily', weekday: 8 }), 400, 'validation_failed');
    expect(fieldsOf(bad).sort()).toEqual(['frequency', 'weekday']);
    const cadence = ok(await admin.put(`/portfolios/${other.portfolio.id}/review-cadence`, { frequency: 'fortnightly', weekday: 3 }));
    expect(cadence).toMatchObject({ frequency: 'fortnightly', weekday: 3, nextMeeting: cadence.startsOn, description: 'every other Wednesday', version: 1 });
    expect(new Date(`${cadence.startsOn}T00:00:00Z`).getUTCDay()).toBe(3);
    const first = Date.parse(`${cadence.startsOn}T08:00:00Z`);
    const day = (offset: number) => new Date(first + offset * DAY);
    const processes = await Promise.all([1, 2].map(() => startServer(database, { sharing: server, reviewReminders: true })));
    try {
      const reminders = async () => (await notificationsOf(member.client)).filter((n) => n.kind === 'review_reminder');
      // Two days before the first meeting, the day before it (twice), and the day before a week without a meeting: only one reminder.
      for (const offset of [-2, -1, -1, 6]) {
        for (const process of processes) process.setNow(day(offset));
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      const sent = await reminders();
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ portfolioId: other.portfolio.id, data: { meetingDate: cadence.startsOn } });
      expect(sent[0].message).toBe('The review of "Cadenced" is tomorrow (every other Wednesday).');
      expect((await notificationsOf(admin)).filter((n) => n.kind === 'review_reminder' && n.portfolioId === other.portfolio.id)).toHaveLength(1);
      for (const process of processes) process.setNow(day(13));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await reminders()).map((n) => n.data.meetingDate)).toEqual([day(14).toISOString().slice(0, 10), cadence.startsOn]);
    } finally {
      await Promise.all(processes.map((process) => process.close()));
    }
  });

  it('stops the regular review on request: no next meeting, and no reminder the day before', async () => {
    const stopped = await createPortfolio(admin, { name: 'Stopped' });
    const kept = await createPortfolio(admin, { name: 'Kept' });
    const member = await addMember(admin, stopped.portfolio.id, ['stakeholder'], 'Sid Stakeholder');
    const cadencePath = (fixture: PortfolioFixture) => `/portfolios/${fixture.portfolio.id}/review-cadence`;
    const cadence = ok(await admin.put(cadencePath(stopped), { frequency: 'weekly', weekday: 5 }));
    ok(await admin.put(cadencePath(kept), { frequency: 'weekly', weekday: 5 }));

    expectProblem(await member.client.delete(cadencePath(stopped)), 403, 'forbidden');
    expect(ok(await admin.get(cadencePath(stopped)))).toEqual(cadence);
    const removed = await admin.delete(cadencePath(stopped));
    expect(removed.status).toBe(204);
    expect(ok(await member.client.get(cadencePath(stopped)))).toEqual({ portfolioId: stopped.portfolio.id, frequency: null, weekday: null, startsOn: null, nextMeeting: null, description: null, version: null });
    expectProblem(await admin.delete(cadencePath(stopped)), 404, 'not_found');
    expect((await auditLog(admin, stopped.portfolio.id, 'action=review_cadence.removed'))[0]).toMatchObject({ actorId: adminId, before: { frequency: 'weekly', weekday: 5 } });

    // The day before the meeting that was planned: the portfolio that kept its cadence is reminded, the stopped one is not.
    const process = await startServer(database, { sharing: server, reviewReminders: true });
    try {
      process.setNow(new Date(Date.parse(`${cadence.startsOn}T08:00:00Z`) - DAY));
      const remindedOf = async (portfolioId: string) => (await notificationsOf(admin)).filter((n) => n.kind === 'review_reminder' && n.portfolioId === portfolioId);
      await expect.poll(async () => (await remindedOf(kept.portfolio.id)).length).toBe(1);
      expect(await remindedOf(stopped.portfolio.id)).toEqual([]);
      expect((await notificationsOf(member.client)).filter((n) => n.kind === 'review_reminder')).toEqual([]);
    } finally {
      await process.close();
    }
  });

  it("shows participants the facilitator's place and what is recorded live, in order, and again after a reconnect", async () => {
    const token = ok(await contributor.client.post('/tokens', { name: 'review mode' }), 201).token;
    const review = ok(await admin.post(`${path()}/reviews`, { title: 'Live review' }), 201);
    const socket = await watchBoard(server, fixture.boardId, { token });
    try {
      const entryId = review.entries[0].id;
      ok(await admin.put(`/reviews/${review.id}/position`, { entryId }));
      ok(await admin.put(`/reviews/${review.id}/entries/${entryId}`, { note: 'Seen live' }));
      const [moved, noted] = await socket.next(2);
      expect(moved).toMatchObject({ type: 'review.updated', boardId: fixture.boardId, data: { reviewId: review.id, change: 'position', entryId } });
      expect(noted).toMatchObject({ type: 'review.updated', seq: moved.seq + 1, data: { reviewId: review.id, change: 'note', entryId } });
      const again = await watchBoard(server, fixture.boardId, { token, since: moved.seq - 1 });
      try {
        expect((await again.next(2)).map((m) => m.data.change)).toEqual(['position', 'note']);
      } finally {
        again.close();
      }
    } finally {
      socket.close();
      ok(await admin.post(`/reviews/${review.id}/close`));
    }
  });
});
