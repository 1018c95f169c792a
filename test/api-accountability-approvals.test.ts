import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { idOf, notificationsOf, ok } from './api-accountability-support';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { addMember, auditLog, boardWithCards, createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { expectProblem, fieldsOf } from './support/problems';
import { startServer, type TestServer } from './support/server';
import { receiver, until as waitUntil } from './support/webhook-receiver';

/** Replays the board's change log from the start over its WebSocket until a change of `type` arrives. */
function replayUntil(server: TestServer, boardId: string, token: string, type: string): Promise<any[]> {
  const socket = new WebSocket(`${server.baseUrl.replace('http', 'ws')}/api/v1/boards/${boardId}/events?since=0`, { headers: { authorization: `Bearer ${token}` } });
  const messages: any[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} among ${JSON.stringify(messages)}`)), 5000);
    socket.on('message', (data) => {
      messages.push(JSON.parse(String(data)));
      if (messages.at(-1).type === type) {
        clearTimeout(timer);
        socket.close();
        resolve(messages);
      }
    });
    socket.once('error', reject);
  });
}

describe.each(DATABASES)('approval gates and decisions on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let adminId: string;
  let fixture: PortfolioFixture;
  let pm: { client: Client; id: string };
  let office: { client: Client; id: string };

  beforeAll(async () => {
    server = await startServer(database, { webhooks: true });
    admin = await setUpInstance(server.baseUrl);
    adminId = await idOf(admin);
    fixture = await createPortfolio(admin, { template: 'enterprise', boardTemplate: 'safe' });
    pm = await addMember(admin, fixture.portfolio.id, ['project_manager'], 'Pat Manager');
    office = await addMember(admin, fixture.portfolio.id, ['portfolio_office'], 'Otto Office');
    ok(await admin.patch(`/boards/${fixture.boardId}/columns/${fixture.columns.analyzing!.id}`, { wipLimit: 50 }));
  });
  afterAll(async () => server?.close());

  const column = (key: string) => fixture.columns[key]!.id;

  /** An epic in Analyzing, owned by the project manager, with its exit criteria open. */
  async function analyzedEpic(title: string): Promise<any> {
    return createItem(admin, fixture.boardId, { title, columnId: column('analyzing'), ownerId: pm.id });
  }

  async function checkCriteria(item: any): Promise<void> {
    const current = ok(await admin.get(`/items/${item.id}`));
    ok(await admin.patch(`/items/${item.id}`, { checkedCriteria: fixture.columns.analyzing!.exitCriteria, version: current.version }));
  }

  it('lets a refused mover ask for approval, notifies the approvers, and moves the item on a go', async () => {
    const item = await analyzedEpic('Self-service onboarding');
    // Refused with its exit criteria open, the mover hears of them too: a go would have to override them.
    const early = expectProblem(await pm.client.post(`/items/${item.id}/move`, { columnId: column('ready') }), 403, 'approval_required');
    expect(early.unmetExitCriteria).toEqual({ column: column('analyzing'), columnName: 'Analyzing', unmet: fixture.columns.analyzing!.exitCriteria });
    expect(early.detail).toContain('Before it can go on, ');
    await checkCriteria(item);
    const refused = expectProblem(await pm.client.post(`/items/${item.id}/move`, { columnId: column('ready') }), 403, 'approval_required');
    expect(refused).not.toHaveProperty('unmetExitCriteria');
    expect(refused.detail).not.toContain('Before it can go on');

    const request = ok(await pm.client.post(`/items/${item.id}/approval-requests`, { columnId: column('ready'), note: 'Business case attached' }), 201);
    expect(request).toMatchObject({
      itemId: item.id, itemKey: item.key, fromColumnId: column('analyzing'), columnId: column('ready'), gateColumnId: column('ready'),
      requestedBy: pm.id, note: 'Business case attached', status: 'pending', decisionId: null,
    });
    const again = expectProblem(await pm.client.post(`/items/${item.id}/approval-requests`, { columnId: column('ready') }), 409, 'approval_pending');
    // The request is named by its field, for clients; the words a person reads carry no identifier.
    expect(again).toMatchObject({ requestId: request.id, detail: `${item.key} already awaits a go/no-go decision: the approvers decide the request already made.` });
    expect(ok(await admin.get(`/portfolios/${fixture.portfolio.id}/approval-requests?status=pending`)).map((r: any) => r.id)).toContain(request.id);

    // Every holder of gate.approve hears of it; the requester does not.
    for (const approver of [office.client, admin]) {
      const [notice] = await notificationsOf(approver, 'unread=true');
      expect(notice).toMatchObject({ kind: 'approval_requested', itemId: item.id, boardId: fixture.boardId, actorId: pm.id, data: { requestId: request.id }, read: false });
      expect(notice.message).toContain(item.key);
    }
    expect((await notificationsOf(pm.client)).filter((n) => n.kind === 'approval_requested')).toEqual([]);

    expectProblem(await pm.client.post(`/approval-requests/${request.id}/decision`, { decision: 'go', rationale: 'I approve myself' }), 403, 'forbidden');
    const evidence = ['https://wiki.example.org/business-case', 'https://metrics.example.org/funnel'];
    const outcome = ok(await office.client.post(`/approval-requests/${request.id}/decision`, { decision: 'go', rationale: 'Strong case, fits the growth theme', evidence }));
    expect(outcome.decision).toMatchObject({
      kind: 'go', rationale: 'Strong case, fits the growth theme', evidence, requestId: request.id, itemId: item.id, itemKey: item.key,
      columnId: column('analyzing'), movedToColumnId: column('ready'), decidedBy: office.id, decidedByName: 'Otto Office', onBehalfOf: null, onBehalfOfName: null,
    });
    expect(outcome.request).toMatchObject({ id: request.id, status: 'approved', decisionId: outcome.decision.id, decidedAt: expect.any(String) });
    expect(outcome.item).toMatchObject({ id: item.id, columnId: column('ready') });
    const history = ok(await admin.get(`/items/${item.id}/history`));
    expect(history.transitions.at(-1)).toMatchObject({ fromColumnId: column('analyzing'), toColumnId: column('ready'), actorId: office.id, override: false });
    expectProblem(await office.client.post(`/approval-requests/${request.id}/decision`, { decision: 'no-go', rationale: 'Changed my mind' }), 409, 'already_decided');
    // Decided, the request no longer waits for the other approver: their notice of it reads as read.
    expect((await notificationsOf(admin, 'unread=true')).filter((n) => n.kind === 'approval_requested' && n.itemId === item.id)).toEqual([]);

    const [told] = await notificationsOf(pm.client, 'unread=true');
    expect(told).toMatchObject({ kind: 'decision', itemId: item.id, actorId: office.id, data: { decisionId: outcome.decision.id, decision: 'go' } });

    const changes = await replayUntil(server, fixture.boardId, ok(await admin.post('/tokens', { name: 'watch' }), 201).token, 'decision.recorded');
    expect(changes.at(-1)).toMatchObject({ type: 'decision.recorded', itemId: item.id, actorId: office.id, data: { decisionId: outcome.decision.id, kind: 'go' } });
    expect(changes.at(-2)).toMatchObject({ type: 'item.moved', itemId: item.id, data: { toColumnId: column('ready') } });
    const [audit] = await auditLog(admin, fixture.portfolio.id, `action=decision.recorded&itemId=${item.id}`);
    expect(audit).toMatchObject({ actorId: office.id, entityType: 'decision', entityId: outcome.decision.id, reason: 'Strong case, fits the growth theme', itemId: item.id });
  });

  it('names on whose behalf a delegate decides: in the decision, the decision log and the item’s decisions', async () => {
    const approver = await addMember(admin, fixture.portfolio.id, ['portfolio_office'], 'Vic Director');
    const delegate = await addMember(admin, fixture.portfolio.id, ['stakeholder'], 'Stan Holder');
    const until = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    ok(await approver.client.post(`/portfolios/${fixture.portfolio.id}/delegations`, { roleKey: 'portfolio_office', toUserId: delegate.id, until, reason: 'Travelling' }), 201);
    const item = await analyzedEpic('Partner billing');
    await checkCriteria(item);
    const follower = await addMember(admin, fixture.portfolio.id, ['stakeholder'], 'Fay Follower');
    ok(await follower.client.put(`/items/${item.id}/follow`, {}));
    const request = ok(await pm.client.post(`/items/${item.id}/approval-requests`, { columnId: column('ready') }), 201);
    const chat = await receiver();
    const hook = ok(await admin.post(`/portfolios/${fixture.portfolio.id}/webhooks`, { url: chat.url, events: ['decision.recorded', 'item.moved'], format: 'slack' }), 201);
    // Handed over, the role no longer lets its delegator decide; it lets the delegate, on their behalf.
    expectProblem(await approver.client.post(`/approval-requests/${request.id}/decision`, { decision: 'go', rationale: 'Mine to take' }), 403, 'forbidden');
    const outcome = ok(await delegate.client.post(`/approval-requests/${request.id}/decision`, { decision: 'go', rationale: 'Fits the plan' }));
    const named = { decidedBy: delegate.id, decidedByName: 'Stan Holder', onBehalfOf: approver.id, onBehalfOfName: 'Vic Director' };
    expect(outcome.decision).toMatchObject({ kind: 'go', ...named });
    expect(ok(await admin.get(`/portfolios/${fixture.portfolio.id}/decisions?decidedBy=${delegate.id}`))).toEqual([expect.objectContaining({ id: outcome.decision.id, ...named })]);
    expect(ok(await pm.client.get(`/items/${item.id}/decisions`))).toEqual([expect.objectContaining({ id: outcome.decision.id, ...named })]);
    const told = (await notificationsOf(pm.client)).find((n) => n.kind === 'decision' && n.itemId === item.id);
    expect(told.message).toBe(`Stan Holder (on behalf of Vic Director) decided go on ${item.key} "Partner billing", now in "Ready": Fits the plan`);
    const heard = (await notificationsOf(follower.client)).find((n) => n.kind === 'followed_item' && n.itemId === item.id && n.data.change === 'decision');
    expect(heard.message).toBe(`Stan Holder (on behalf of Vic Director) decided go on ${item.key} "Partner billing".`);
    // The board's change carries the delegator, and a chat line names them.
    const changes = await replayUntil(server, fixture.boardId, ok(await admin.post('/tokens', { name: 'on behalf' }), 201).token, 'decision.recorded');
    expect(changes.at(-1)).toMatchObject({ type: 'decision.recorded', actorId: delegate.id, data: { decisionId: outcome.decision.id, onBehalfOf: approver.id } });
    const lines = await waitUntil('both chat lines', () => chat.received, (received) => received.length >= 2);
    expect(lines.map((line) => line.body.text).sort()).toEqual([
      `Stan Holder (on behalf of Vic Director) moved ${item.key} 'Partner billing' to Ready — approved: go`,
      `Stan Holder (on behalf of Vic Director) recorded a decision on ${item.key} 'Partner billing' — approved: go to Ready`,
    ]);
    ok(await admin.delete(`/webhooks/${hook.id}`), 204);
    await chat.close();
  });

  it("marks the card awaiting a decision on the board, names who asked, and clears the mark once decided", async () => {
    const item = await analyzedEpic('Partner onboarding');
    const card = async () => (await boardWithCards(admin, fixture.boardId)).items.find((i: any) => i.id === item.id);
    // Read once before the request, so that the board's kept answer has to catch up with it.
    expect((await card()).pendingApprovalId).toBeNull();

    const request = ok(await pm.client.post(`/items/${item.id}/approval-requests`, { columnId: column('ready'), note: 'Finance signed off' }), 201);
    expect(request).toMatchObject({ requestedBy: pm.id, requestedByName: 'Pat Manager', createdAt: expect.any(String) });
    expect(ok(await pm.client.get(`/items/${item.id}/approval-requests`))[0]).toMatchObject({ id: request.id, requestedByName: 'Pat Manager' });
    expect(ok(await office.client.get(`/approval-requests/${request.id}`))).toMatchObject({ requestedByName: 'Pat Manager', note: 'Finance signed off' });
    expect((await card()).pendingApprovalId).toBe(request.id);
    expect(ok(await office.client.get(`/items/${item.id}`)).pendingApprovalId).toBe(request.id);
    const changes = await replayUntil(server, fixture.boardId, ok(await admin.post('/tokens', { name: 'requests' }), 201).token, 'approval.requested');
    expect(changes.at(-1)).toMatchObject({ type: 'approval.requested', itemId: item.id, actorId: pm.id, data: { requestId: request.id, columnId: column('ready') } });

    ok(await office.client.post(`/approval-requests/${request.id}/decision`, { decision: 'no-go', rationale: 'Not this quarter' }));
    expect(await card()).toMatchObject({ columnId: column('analyzing'), pendingApprovalId: null });
    expect(ok(await admin.get(`/items/${item.id}`)).pendingApprovalId).toBeNull();
  });

  it('rejects to done on a no-go when asked, even with exit criteria open, and otherwise leaves the item where it is', async () => {
    const rejected = await analyzedEpic('Blockchain loyalty');
    const kept = await analyzedEpic('Loyalty v2');
    const first = ok(await pm.client.post(`/items/${rejected.id}/approval-requests`, { columnId: column('ready') }), 201);
    const second = ok(await pm.client.post(`/items/${kept.id}/approval-requests`, { columnId: column('ready') }), 201);

    expect(fieldsOf(expectProblem(await office.client.post(`/approval-requests/${first.id}/decision`, { decision: 'go', rationale: 'x', rejectToDone: true }), 400, 'validation_failed'))).toEqual(['rejectToDone']);
    const notALink = expectProblem(await office.client.post(`/approval-requests/${first.id}/decision`, { decision: 'no-go', rationale: 'x', evidence: ['not a link'] }), 400, 'validation_failed');
    expect(new Set(fieldsOf(notALink))).toEqual(new Set(['evidence[0]']));
    expect(fieldsOf(expectProblem(await office.client.post(`/approval-requests/${first.id}/decision`, { decision: 'maybe', rationale: 'x' }), 400, 'validation_failed'))).toEqual(['decision']);

    const gone = ok(await office.client.post(`/approval-requests/${first.id}/decision`, { decision: 'no-go', rationale: 'No market for it', rejectToDone: true }));
    expect(gone.request.status).toBe('rejected');
    expect(gone.decision).toMatchObject({ kind: 'no-go', movedToColumnId: column('done') });
    expect(gone.item.columnId).toBe(column('done'));
    expect(ok(await admin.get(`/items/${rejected.id}/history`)).transitions.at(-1)).toMatchObject({ toColumnId: column('done'), actorId: office.id, reason: 'No-go: No market for it' });

    const stays = ok(await office.client.post(`/approval-requests/${second.id}/decision`, { decision: 'no-go', rationale: 'Not yet: sharpen the MVP' }));
    expect(stays.decision).toMatchObject({ kind: 'no-go', movedToColumnId: null });
    expect(stays.item.columnId).toBe(column('analyzing'));
    // A decided request no longer blocks a new one.
    ok(await pm.client.post(`/items/${kept.id}/approval-requests`, { columnId: column('ready') }), 201);
  });

  it('asks for approval only for a move that crosses a gate', async () => {
    const item = await analyzedEpic('Going back');
    expect(fieldsOf(expectProblem(await pm.client.post(`/items/${item.id}/approval-requests`, { columnId: column('funnel') }), 400, 'validation_failed'))).toEqual(['columnId']);
    expect(fieldsOf(expectProblem(await pm.client.post(`/items/${item.id}/approval-requests`, { columnId: 'elsewhere' }), 400, 'validation_failed'))).toEqual(['columnId']);
    // Moving past the gate without entering it needs the same approval.
    const past = ok(await pm.client.post(`/items/${item.id}/approval-requests`, { columnId: column('implementing-mvp') }), 201);
    expect(past).toMatchObject({ columnId: column('implementing-mvp'), gateColumnId: column('ready') });
    expectProblem(await office.client.post(`/items/${item.id}/approval-requests`, { columnId: column('ready') }), 403, 'forbidden');
  });

  it('records pivot, persevere and stop on items past the gate, and keeps a searchable decision log', async () => {
    const item = await createItem(admin, fixture.boardId, { title: 'Partner portal', columnId: column('ready') });
    const early = await analyzedEpic('Too early');
    expect(fieldsOf(expectProblem(await office.client.post(`/items/${early.id}/decisions`, { decision: 'pivot', rationale: 'x' }), 400, 'validation_failed'))).toEqual(['decision']);
    expect(fieldsOf(expectProblem(await office.client.post(`/items/${item.id}/decisions`, { decision: 'go', rationale: 'x' }), 400, 'validation_failed'))).toEqual(['decision']);
    expectProblem(await pm.client.post(`/items/${item.id}/decisions`, { decision: 'pivot', rationale: 'x' }), 403, 'forbidden');

    const pivot = ok(await office.client.post(`/items/${item.id}/decisions`, { decision: 'pivot', rationale: 'Partners want an API, not a PORTAL' }), 201);
    expect(pivot.decision).toMatchObject({ kind: 'pivot', movedToColumnId: null, requestId: null });
    const persevere = ok(await admin.post(`/items/${item.id}/decisions`, { decision: 'persevere', rationale: 'MVP numbers are good', columnId: column('implementing-mvp') }), 201);
    expect(persevere.item.columnId).toBe(column('implementing-mvp'));
    // Implementing: MVP has an exit criterion nobody checked; a stop leaves it anyway.
    const stop = ok(await office.client.post(`/items/${item.id}/decisions`, { decision: 'stop', rationale: 'Budget moved to the API', columnId: column('done') }), 201);
    expect(stop.item.columnId).toBe(column('done'));

    const log = (query: string) => admin.get(`/portfolios/${fixture.portfolio.id}/decisions${query}`).then((r) => ok(r));
    expect((await log(`?itemId=${item.id}`)).map((d: any) => d.kind)).toEqual(['stop', 'persevere', 'pivot']);
    expect(ok(await pm.client.get(`/items/${item.id}/decisions`)).map((d: any) => d.id)).toEqual([stop.decision.id, persevere.decision.id, pivot.decision.id]);
    expect((await log('?kind=pivot')).map((d: any) => d.id)).toEqual([pivot.decision.id]);
    expect((await log(`?decidedBy=${adminId}`)).map((d: any) => d.id)).toEqual([persevere.decision.id]);
    expect((await log('?q=portal')).map((d: any) => d.id)).toEqual([stop.decision.id, persevere.decision.id, pivot.decision.id]);
    expect((await log('?q=api')).map((d: any) => d.id)).toEqual([stop.decision.id, pivot.decision.id]);
    expect(await log('?q=100%25')).toEqual([]);
    expect((await log('?kind=go')).every((d: any) => d.kind === 'go')).toBe(true);
    expectProblem(await admin.get(`/portfolios/${fixture.portfolio.id}/decisions?kind=later`), 400, 'validation_failed');
  });
});
