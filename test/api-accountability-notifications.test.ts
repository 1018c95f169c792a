import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMail, smtpMailer, startMailDispatcher } from '../src/app/notification-mail';
import { idOf, notificationsOf, ok } from './api-accountability-support';
import { createUserClient, setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { watchBoard } from './support/board-socket';
import { auditLog, createItem, createPortfolio, type PortfolioFixture } from './support/portfolio';
import { expectProblem } from './support/problems';
import { startServer, type TestServer } from './support/server';

type Mail = { to: string[]; data: string };

/** Just enough of an SMTP server (RFC 5321, no TLS, no auth) to receive what the product sends. */
async function smtpServer(): Promise<{ url: string; mails: Mail[]; close(): Promise<void> }> {
  const mails: Mail[] = [];
  const server: Server = createServer((socket) => {
    socket.setEncoding('utf8');
    let buffer = '';
    let mail: Mail = { to: [], data: '' };
    let inData = false;
    socket.write('220 test.local ESMTP\r\n');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            mails.push(mail);
            mail = { to: [], data: '' };
            socket.write('250 queued\r\n');
          } else mail.data += `${line.replace(/^\.\./, '.')}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 test.local\r\n');
        else if (verb === 'RCPT') {
          mail.to.push(/<([^>]*)>/.exec(line)![1]!);
          socket.write('250 ok\r\n');
        } else if (verb === 'DATA') {
          inData = true;
          socket.write('354 end with .\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return { url: `smtp://127.0.0.1:${address.port}`, mails, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe.each(DATABASES)('comments with @mentions, and notifications, on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let adminId: string;
  let fixture: PortfolioFixture;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    adminId = await idOf(admin);
    fixture = await createPortfolio(admin, { template: 'enterprise', boardTemplate: 'simple' });
  });
  afterAll(async () => server?.close());

  const member = async (roles: string[], name?: string) => {
    const user = await createUserClient(admin, name);
    ok(await admin.put(`/portfolios/${fixture.portfolio.id}/members/${user.id}`, { roles }));
    return user;
  };

  it('notifies the members a comment mentions by e-mail local part, whole address or id, and nobody else', async () => {
    const ann = await member(['contributor'], 'Ann Lee');
    const bob = await member(['stakeholder'], 'Bob Ray');
    const cy = await member(['stakeholder'], 'Cy Dee');
    const quiet = await member(['stakeholder'], 'Quiet One');
    const outsider = await createUserClient(admin, 'Outsider');
    const item = await createItem(admin, fixture.boardId, { title: 'Pricing page' });
    const local = (email: string) => email.slice(0, email.indexOf('@'));

    const body = [
      `@${local(ann.email)}, please review.`,
      `Also @${bob.email} and @${cy.id}.`,
      `Not \`@${local(quiet.email)}\`, not mail to x${'@'}${quiet.email.split('@')[1]}, not @${local(outsider.email)}, and me: @${local('admin@example.org')}.`,
    ].join('\n');
    const comment = ok(await admin.post(`/items/${item.id}/comments`, { body }), 201);
    // The author's mention of themselves is recorded, but nobody needs telling.
    expect(comment.mentions).toEqual([ann.id, bob.id, cy.id, adminId]);
    expect(ok(await admin.get(`/items/${item.id}/comments`)).at(-1)).toMatchObject({ mentions: comment.mentions, bodyHtml: comment.bodyHtml });
    // The HTML sets apart, as written, the mentions that tell someone; the one in code, the address in running text and
    // the outsider's mention, which tells nobody, are left as they are.
    const shown = [...comment.bodyHtml.matchAll(/<span class="mention">([^<]*)<\/span>/g)].map(([, mention]: string[]) => mention);
    expect(shown).toEqual([`@${local(ann.email)}`, `@${bob.email}`, `@${cy.id}`, '@admin']);
    expect(comment.bodyHtml).toContain(`<code>@${local(quiet.email)}</code>`);
    expect(comment.bodyHtml).toContain(`not @${local(outsider.email)}, and me`);

    for (const user of [ann, bob, cy]) {
      const [notice] = await notificationsOf(user.client);
      expect(notice).toMatchObject({ kind: 'mention', itemId: item.id, boardId: fixture.boardId, portfolioId: fixture.portfolio.id, actorId: adminId, data: { commentId: comment.id }, read: false });
      expect(notice.message).toBe(`Admin mentioned you on ${item.key} "Pricing page".`);
    }
    for (const user of [quiet, outsider]) expect(await notificationsOf(user.client)).toEqual([]);
    expect((await notificationsOf(admin)).filter((n) => n.kind === 'mention')).toEqual([]);
  });

  it('lets only its author rewrite or delete a comment: those it newly mentions are told once, and the audit keeps every text', async () => {
    const ann = await member(['contributor'], 'Ann Writer');
    const bob = await member(['contributor'], 'Bob Reader');
    const cy = await member(['stakeholder'], 'Cy Later');
    const item = await createItem(admin, fixture.boardId, { title: 'Release notes' });
    const watcher = await watchBoard(server, fixture.boardId, { token: ok(await admin.post('/tokens', { name: 'comments' }), 201).token });
    const draft = ok(await ann.client.post(`/items/${item.id}/comments`, { body: `@${bob.id} first draft` }), 201);

    expectProblem(await bob.client.patch(`/comments/${draft.id}`, { body: 'Not mine to change', version: draft.version }), 403, 'forbidden');
    expectProblem(await bob.client.delete(`/comments/${draft.id}`), 403, 'forbidden');
    const blank = expectProblem(await ann.client.patch(`/comments/${draft.id}`, { body: '   ', version: draft.version }), 400, 'validation_failed');
    expect(blank.errors).toEqual([expect.objectContaining({ field: 'body' })]);
    const edited = ok(await ann.client.patch(`/comments/${draft.id}`, { body: `@${bob.id} and @${cy.id}: **second** draft`, version: draft.version }));
    expect(edited).toMatchObject({ id: draft.id, authorId: ann.id, version: draft.version + 1, mentions: [bob.id, cy.id], createdAt: draft.createdAt });
    expect(edited.bodyHtml).toContain('<strong>second</strong>');
    expect(Date.parse(edited.updatedAt)).toBeGreaterThanOrEqual(Date.parse(draft.createdAt));
    expectProblem(await ann.client.patch(`/comments/${draft.id}`, { body: 'From a stale read', version: draft.version }), 409, 'version_conflict');
    expect(ok(await bob.client.get(`/items/${item.id}/comments`))).toEqual([edited]);
    // Bob heard of the first draft; only Cy, newly mentioned, hears of the second.
    expect((await notificationsOf(bob.client)).filter((n) => n.kind === 'mention')).toHaveLength(1);
    expect((await notificationsOf(cy.client)).filter((n) => n.kind === 'mention')).toEqual([expect.objectContaining({ itemId: item.id, data: { commentId: draft.id } })]);

    expect((await ann.client.delete(`/comments/${draft.id}`)).status).toBe(204);
    expect(ok(await bob.client.get(`/items/${item.id}/comments`))).toEqual([]);
    expectProblem(await ann.client.delete(`/comments/${draft.id}`), 404, 'not_found');
    const audit = await auditLog(admin, fixture.portfolio.id, `itemId=${item.id}`);
    const ofComment = audit.filter((entry) => entry.entityId === draft.id).map((entry) => [entry.action, entry.before?.body ?? null, entry.after?.body ?? null]);
    expect(ofComment.sort()).toEqual([
      ['comment.created', null, `@${bob.id} first draft`],
      ['comment.deleted', `@${bob.id} and @${cy.id}: **second** draft`, null],
      ['comment.updated', `@${bob.id} first draft`, `@${bob.id} and @${cy.id}: **second** draft`],
    ]);
    const changes = await watcher.next(3);
    watcher.close();
    expect(changes.map((change) => [change.type, change.actorId, change.data.commentId])).toEqual([
      ['comment.created', ann.id, draft.id],
      ['comment.updated', ann.id, draft.id],
      ['comment.deleted', ann.id, draft.id],
    ]);
  });

  it('notifies new owners and assignees, and the people responsible when an item is blocked and when it is cleared', async () => {
    const owner = await member(['contributor']);
    const assignee = await member(['contributor']);
    const later = await member(['contributor']);
    const pm = await member(['project_manager']);
    const bystander = await member(['kanban_coach']);
    const item = await createItem(admin, fixture.boardId, { title: 'Checkout', ownerId: owner.id, assigneeIds: [assignee.id], columnId: fixture.columns['in-progress']!.id });
    expect((await notificationsOf(owner.client))[0]).toMatchObject({ kind: 'assignment', itemId: item.id, data: { as: ['owner'] } });
    expect((await notificationsOf(assignee.client))[0]).toMatchObject({ kind: 'assignment', itemId: item.id, data: { as: ['assignee'] } });

    ok(await pm.client.patch(`/items/${item.id}`, { assigneeIds: [assignee.id, later.id], version: item.version }));
    expect((await notificationsOf(later.client)).map((n) => n.kind)).toEqual(['assignment']);
    expect((await notificationsOf(assignee.client)).map((n) => n.kind)).toEqual(['assignment']);

    ok(await assignee.client.post(`/items/${item.id}/block`, { reason: 'Card provider down', resolverId: pm.id }));
    // In progress: the project manager is accountable and contributors are responsible (simple template).
    for (const user of [owner, later, pm]) expect((await notificationsOf(user.client))[0]).toMatchObject({ kind: 'block', itemId: item.id, data: { reason: 'Card provider down', resolverId: pm.id } });
    expect((await notificationsOf(pm.client))[0].message).toContain('named you to clear the block');
    expect((await notificationsOf(assignee.client)).map((n) => n.kind)).not.toContain('block');
    expect(await notificationsOf(bystander.client)).toEqual([]);

    // Cleared, the block is told gone to whoever raised it and to the people a block concerns (with who cleared it and
    // their note), not to the one who cleared it.
    ok(await pm.client.post(`/items/${item.id}/unblock`, { note: 'Provider is back' }));
    for (const user of [owner, later]) {
      expect((await notificationsOf(user.client))[0]).toMatchObject({ kind: 'block', itemId: item.id, actorId: pm.id, data: { cleared: true, note: 'Provider is back' } });
    }
    expect((await notificationsOf(owner.client))[0].message).toMatch(/ cleared the block on .+: "Provider is back"\.$/);
    expect((await notificationsOf(assignee.client)).filter((n) => n.kind === 'block')).toEqual([expect.objectContaining({ data: { cleared: true, note: 'Provider is back' } })]);
    expect((await notificationsOf(pm.client))[0].data).not.toHaveProperty('cleared');
    expect(await notificationsOf(bystander.client)).toEqual([]);

    // Raised by someone no block of the item concerns otherwise (a portfolio manager): they hear it cleared too.
    const sponsor = await member(['portfolio_manager']);
    ok(await sponsor.client.post(`/items/${item.id}/block`, { reason: 'Budget freeze' }));
    ok(await pm.client.post(`/items/${item.id}/unblock`, {}));
    expect((await notificationsOf(sponsor.client))[0]).toMatchObject({ kind: 'block', itemId: item.id, actorId: pm.id, data: { cleared: true, note: null } });
  });

  it('tells the people accountable for a column about WIP-limit and exit-criteria overrides there', async () => {
    const pm = await member(['project_manager'], 'Flow Keeper');
    const coach = await member(['kanban_coach']);
    const review = fixture.columns.review!;
    ok(await admin.patch(`/boards/${fixture.boardId}/columns/${review.id}`, { wipLimit: 1, responsibility: { ...review.responsibility, accountable: { role: 'kanban_coach' } } }));
    ok(await admin.patch(`/boards/${fixture.boardId}/columns/${fixture.columns['in-progress']!.id}`, { exitCriteria: ['Tested'] }));
    await createItem(admin, fixture.boardId, { title: 'Filler', columnId: review.id });
    const item = await createItem(pm.client, fixture.boardId, { title: 'Urgent fix', columnId: fixture.columns['in-progress']!.id });

    // Both policies give way: Review's WIP limit (the coach's column) and In progress's exit criteria (the mover's own).
    ok(await pm.client.post(`/items/${item.id}/move`, { columnId: review.id, override: { reason: 'Production incident' } }));
    const notices = await notificationsOf(coach.client);
    expect(notices).toEqual([expect.objectContaining({ kind: 'wip_override', itemId: item.id, actorId: pm.id, data: { columnId: review.id, policy: 'wip_limit', reason: 'Production incident' } })]);
    expect(notices[0].message).toContain('Production incident');
    // In progress is the project managers' column: they hear of its exit criteria being skipped, except the one who did it.
    expect((await notificationsOf(admin)).filter((n) => n.kind === 'wip_override')).toEqual([]);
    const otherPm = await member(['project_manager']);
    const second = await createItem(pm.client, fixture.boardId, { title: 'Second fix', columnId: fixture.columns['in-progress']!.id });
    ok(await pm.client.post(`/items/${second.id}/move`, { columnId: fixture.columns.done!.id, override: { reason: 'Tested in production' } }));
    expect((await notificationsOf(otherPm.client))[0]).toMatchObject({ kind: 'wip_override', itemId: second.id, data: { policy: 'exit_criteria', columnId: fixture.columns['in-progress']!.id } });
  });

  it('marks one or all notifications read, and keeps them private', async () => {
    const reader = await member(['stakeholder'], 'Reader');
    const readerEmail = ok(await reader.client.get('/auth/me')).email as string;
    const item = await createItem(admin, fixture.boardId, { title: 'Read me' });
    const handle = readerEmail.slice(0, readerEmail.indexOf('@'));
    for (const text of ['first', 'second', 'third']) ok(await admin.post(`/items/${item.id}/comments`, { body: `@${handle} ${text}` }), 201);
    const all = await notificationsOf(reader.client, 'unread=true');
    expect(all).toHaveLength(3);

    expectProblem(await admin.post(`/notifications/${all[0].id}/read`), 404, 'not_found');
    const read = ok(await reader.client.post(`/notifications/${all[0].id}/read`));
    expect(read).toMatchObject({ id: all[0].id, read: true, readAt: expect.any(String) });
    expect((await notificationsOf(reader.client, 'unread=true')).map((n) => n.id)).toEqual([all[1].id, all[2].id]);
    expect((await notificationsOf(reader.client, 'unread=false')).map((n) => n.id)).toEqual([all[0].id]);
    expect(ok(await reader.client.post('/notifications/read-all'))).toEqual({ marked: 2 });
    expect(await notificationsOf(reader.client, 'unread=true')).toEqual([]);
    expect(await notificationsOf(reader.client)).toHaveLength(3);
    expect((await notificationsOf(reader.client, `before=${all[0].id}`)).map((n) => n.id)).toEqual([all[1].id, all[2].id]);
  });

  it('e-mails each notification once through SMTP after its change committed, and a failing mail server fails no request', async () => {
    const smtp = await smtpServer();
    const recipient = await member(['stakeholder'], 'Mail Reader');
    const email = ok(await recipient.client.get('/auth/me')).email as string;
    const item = await createItem(admin, fixture.boardId, { title: 'Mailed' });
    const dispatcher = startMailDispatcher(server.ctx, smtpMailer(smtp.url, 'Portfolio Kanban <pk@example.org>'), { publicUrl: 'https://kanban.example.org', intervalMs: 60_000 });
    try {
      await dispatcher.flush();
      smtp.mails.length = 0;
      ok(await admin.post(`/items/${item.id}/comments`, { body: `@${email} see this` }), 201);
      expect(await dispatcher.flush()).toBe(1);
      expect(smtp.mails).toHaveLength(1);
      expect(smtp.mails[0]!.to).toEqual([email]);
      expect(smtp.mails[0]!.data).toContain(item.key);
      expect(smtp.mails[0]!.data).toContain(`https://kanban.example.org/items/${item.id}`);
      expect(await dispatcher.flush()).toBe(0);
      expect(smtp.mails).toHaveLength(1);
    } finally {
      await dispatcher.stop();
      await smtp.close();
    }

    const broken = startMailDispatcher(server.ctx, smtpMailer(smtp.url, 'pk@example.org'), { intervalMs: 60_000 });
    try {
      ok(await admin.post(`/items/${item.id}/comments`, { body: `@${email} again` }), 201);
      expect(await broken.flush()).toBe(0);
      expect((await notificationsOf(recipient.client)).map((n) => n.kind)).toEqual(['mention', 'mention']);
    } finally {
      await broken.stop();
    }
  });

  it('renders a mail from the notification, with a link when the public address is known', () => {
    expect(renderMail({ message: 'Ann mentioned you on E-1 "X".', itemId: 'i1' }, 'https://k.example.org/')).toEqual({
      subject: '[Portfolio Kanban] Ann mentioned you on E-1 "X".',
      text: 'Ann mentioned you on E-1 "X".\n\nOpen: https://k.example.org/items/i1\n\nYou receive this because of your responsibilities in Portfolio Kanban.',
    });
    expect(renderMail({ message: 'm', itemId: null }, 'https://k.example.org').text).not.toContain('Open:');
  });
});
