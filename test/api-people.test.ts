import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailMessage } from '../src/app/notification-mail';
import { Client, createUserClient, setUpInstance } from './support/client';
import { DATABASES } from './support/databases';
import { createPortfolio, addMember, type PortfolioFixture } from './support/portfolio';
import { expectProblem, fieldsOf } from './support/problems';
import { startServer, type TestServer } from './support/server';

const DAY = 24 * 3600 * 1000;

/** The secret at the end of a one-time link. */
const tokenOf = (url: string) => url.split('/').pop()!;

describe.each(DATABASES)('people over HTTP on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let fixture: PortfolioFixture;
  let otherPortfolioId: string;
  /** Holds portfolio.admin in `fixture` only. */
  let manager: { client: Client; id: string };
  const mails: MailMessage[] = [];

  beforeAll(async () => {
    server = await startServer(database, { publicUrl: 'https://kanban.example.org', mailer: { send: async (message) => void mails.push(message) } });
    admin = await setUpInstance(server.baseUrl);
    fixture = await createPortfolio(admin, { name: 'Growth' });
    otherPortfolioId = (await createPortfolio(admin, { name: 'Other' })).portfolio.id;
    manager = await addMember(admin, fixture.portfolio.id, ['portfolio_manager'], 'Manager');
  });
  afterAll(async () => server?.close());

  const auditActions = async (entityId: string) =>
    (await server.store.db.selectFrom('audit_events').select('action').where('entity_id', '=', entityId).orderBy('seq').execute()).map((row) => row.action);

  const invite = async (client: Client, body: Record<string, unknown>) => {
    const response = await client.post('/invitations', body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  };

  it('invites by e-mail with roles: the link is under PUBLIC_URL, shown once, e-mailed, stored as a digest and valid for 7 days', async () => {
    const before = Date.now();
    const created = await invite(admin, { email: 'Ada@Example.org', name: 'Ada', portfolioId: fixture.portfolio.id, roles: ['portfolio_office', 'kanban_coach'] });
    expect(created).toMatchObject({ id: expect.any(String), email: 'ada@example.org', name: 'Ada', emailed: true, portfolio: { id: fixture.portfolio.id, name: 'Growth' } });
    expect(created.roles).toEqual([{ key: 'kanban_coach', name: 'Kanban coach' }, { key: 'portfolio_office', name: 'Agile portfolio office' }]);
    expect(created.url).toMatch(/^https:\/\/kanban\.example\.org\/invite\/[A-Za-z0-9_-]{40,}$/);
    const expires = Date.parse(created.expiresAt);
    expect(expires).toBeGreaterThanOrEqual(before + 7 * DAY - 1000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 7 * DAY);

    await expect.poll(() => mails.find((mail) => mail.to === 'ada@example.org')).toBeDefined();
    const mail = mails.find((m) => m.to === 'ada@example.org')!;
    expect(mail.text).toContain(created.url);
    expect(mail.subject).toContain('Growth');

    const stored = await server.store.db.selectFrom('invitations').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(tokenOf(created.url));

    const pending = await admin.get('/invitations');
    expect(pending.status).toBe(200);
    const listed = pending.body.find((i: any) => i.id === created.id);
    expect(listed).toMatchObject({ email: 'ada@example.org', invitedBy: { name: 'Admin' }, expiresAt: created.expiresAt });
    expect(listed).not.toHaveProperty('url');
    expect(await auditActions(created.id)).toEqual(['invitation.created']);
  });

  it('takes the link to the request\'s own address without PUBLIC_URL, and says when nothing is e-mailed', async () => {
    const plain = await startServer(database);
    try {
      const plainAdmin = await setUpInstance(plain.baseUrl);
      const created = await invite(plainAdmin, { email: 'grace@example.org' });
      expect(created.url.startsWith(`${plain.baseUrl}/invite/`)).toBe(true);
      expect(created.emailed).toBe(false);
    } finally {
      await plain.close();
    }
  });

  it('accepting creates the account with the invited roles and signs it in; the link then answers 410', async () => {
    const created = await invite(admin, { email: 'bea@example.org', portfolioId: fixture.portfolio.id, roles: ['project_manager'] });
    const token = tokenOf(created.url);
    const visitor = new Client(server.baseUrl);
    const preview = await visitor.post('/invitations/preview', { token });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ email: 'bea@example.org', accountExists: false, portfolio: { name: 'Growth' }, roles: [{ key: 'project_manager' }] });

    const accepted = await visitor.post('/invitations/accept', { token, name: 'Bea Builder', password: 'bea-password' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    expect(accepted.body.user).toMatchObject({ email: 'bea@example.org', name: 'Bea Builder', active: true, isAdmin: false });
    expect((await visitor.get('/auth/me')).body.email).toBe('bea@example.org');
    const members = await admin.get(`/portfolios/${fixture.portfolio.id}/members`);
    expect(members.body.find((m: any) => m.userId === accepted.body.user.id).roles).toEqual(['project_manager']);
    expect((await visitor.get(`/boards/${fixture.boardId}`)).status).toBe(200);

    expectProblem(await new Client(server.baseUrl).post('/invitations/accept', { token, name: 'Again', password: 'again-password' }), 410, 'invitation_invalid');
    expectProblem(await visitor.post('/invitations/preview', { token }), 410, 'invitation_invalid');
    expect((await admin.get('/invitations')).body.map((i: any) => i.id)).not.toContain(created.id);
    expect(await auditActions(created.id)).toEqual(['invitation.created', 'invitation.accepted']);
  });

  it('a revoked invitation\'s link answers 410 and is no longer listed', async () => {
    const created = await invite(admin, { email: 'cy@example.org', portfolioId: fixture.portfolio.id, roles: ['stakeholder'] });
    expect((await admin.delete(`/invitations/${created.id}`)).status).toBe(204);
    const refused = expectProblem(await new Client(server.baseUrl).post('/invitations/accept', { token: tokenOf(created.url), name: 'Cy', password: 'cy-password' }), 410, 'invitation_invalid');
    expect(refused.detail).toContain('revoked');
    expect((await admin.get('/invitations')).body.map((i: any) => i.id)).not.toContain(created.id);
    expectProblem(await admin.delete(`/invitations/${created.id}`), 404, 'not_found');
    expect(await auditActions(created.id)).toEqual(['invitation.created', 'invitation.revoked']);
    expect(await server.store.db.selectFrom('users').select('id').where('email', '=', 'cy@example.org').executeTakeFirst()).toBeUndefined();
  });

  it('invited again into the same portfolio, a person has the new link alone; an invitation into another portfolio stays', async () => {
    const first = await invite(admin, { email: 'fen@example.org', portfolioId: fixture.portfolio.id, roles: ['stakeholder'] });
    const elsewhere = await invite(admin, { email: 'fen@example.org', portfolioId: otherPortfolioId, roles: ['contributor'] });
    const second = await invite(admin, { email: 'Fen@Example.org', portfolioId: fixture.portfolio.id, roles: ['contributor'] });
    const pending = (await admin.get('/invitations')).body.map((i: any) => i.id);
    expect(pending).toEqual(expect.arrayContaining([second.id, elsewhere.id]));
    expect(pending).not.toContain(first.id);
    expect(await auditActions(first.id)).toEqual(['invitation.created', 'invitation.revoked']);
    const refused = expectProblem(await new Client(server.baseUrl).post('/invitations/accept', { token: tokenOf(first.url), name: 'Fen', password: 'fen-password' }), 410, 'invitation_invalid');
    expect(refused.detail).toContain('revoked');
    const fen = new Client(server.baseUrl);
    expect((await fen.post('/invitations/accept', { token: tokenOf(second.url), name: 'Fen', password: 'fen-password' })).status).toBe(201);
    const membership = (await admin.get(`/portfolios/${fixture.portfolio.id}/members`)).body.find((m: any) => m.email === 'fen@example.org');
    expect(membership.roles).toEqual(['contributor']);
    expect((await admin.get('/invitations')).body.map((i: any) => i.id)).toContain(elsewhere.id);
  });

  it('an invitation expires after 7 days: with the clock moved on, its link answers 410 and creates nobody', async () => {
    const created = await invite(admin, { email: 'dee@example.org' });
    server.setNow(new Date(Date.parse(created.expiresAt) + 1000));
    try {
      const refused = expectProblem(await new Client(server.baseUrl).post('/invitations/accept', { token: tokenOf(created.url), name: 'Dee', password: 'dee-password' }), 410, 'invitation_invalid');
      expect(refused.detail).toContain('expired');
      expect((await admin.get('/invitations')).body.map((i: any) => i.id)).not.toContain(created.id);
    } finally {
      server.setNow(null);
    }
    expect(await server.store.db.selectFrom('users').select('id').where('email', '=', 'dee@example.org').executeTakeFirst()).toBeUndefined();
    expectProblem(await new Client(server.baseUrl).post('/invitations/accept', { token: 'not-a-link', name: 'X', password: 'x-password' }), 410, 'invitation_invalid');
  });

  it('an address that has an account is added to the portfolio once that account accepts, signed in', async () => {
    const existing = await createUserClient(admin, 'Eve Existing');
    const created = await invite(admin, { email: existing.email, portfolioId: fixture.portfolio.id, roles: ['contributor'] });
    const token = tokenOf(created.url);
    expect((await new Client(server.baseUrl).post('/invitations/preview', { token })).body.accountExists).toBe(true);
    expectProblem(await new Client(server.baseUrl).post('/invitations/accept', { token, name: 'Someone', password: 'some-password' }), 409, 'account_exists');
    expectProblem(await manager.client.post('/invitations/accept', { token }), 403, 'forbidden');

    const accepted = await existing.client.post('/invitations/accept', { token });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.user.id).toBe(existing.id);
    const members = await admin.get(`/portfolios/${fixture.portfolio.id}/members`);
    expect(members.body.find((m: any) => m.userId === existing.id).roles).toEqual(['contributor']);
    expectProblem(await existing.client.post('/invitations/accept', { token }), 410, 'invitation_invalid');
  });

  it('a portfolio admin invites into their portfolio with its roles, and sees only its invitations', async () => {
    const own = await invite(manager.client, { email: 'fay@example.org', portfolioId: fixture.portfolio.id, roles: ['contributor'] });
    const elsewhere = await invite(admin, { email: 'gus@example.org', portfolioId: otherPortfolioId, roles: ['contributor'] });

    expectProblem(await manager.client.post('/invitations', { email: 'hal@example.org', portfolioId: otherPortfolioId, roles: ['contributor'] }), 403, 'forbidden');
    expectProblem(await manager.client.post('/invitations', { email: 'hal@example.org' }), 403, 'forbidden');
    const unknownRole = expectProblem(await manager.client.post('/invitations', { email: 'hal@example.org', portfolioId: fixture.portfolio.id, roles: ['contributor', 'emperor'] }), 400, 'validation_failed');
    expect(fieldsOf(unknownRole)).toEqual(['roles[1]']);

    const listed = (await manager.client.get('/invitations')).body.map((i: any) => i.id);
    expect(listed).toContain(own.id);
    expect(listed).not.toContain(elsewhere.id);
    expectProblem(await manager.client.get(`/invitations?portfolioId=${otherPortfolioId}`), 403, 'forbidden');
    expectProblem(await manager.client.delete(`/invitations/${elsewhere.id}`), 403, 'forbidden');
    expect((await manager.client.delete(`/invitations/${own.id}`)).status).toBe(204);
  });

  it('refuses people without the right, and bad input, changing nothing', async () => {
    const member = await addMember(admin, fixture.portfolio.id, ['contributor'], 'Plain member');
    const countInvitations = async () => (await server.store.db.selectFrom('invitations').select('id').execute()).length;
    const before = await countInvitations();

    expectProblem(await member.client.post('/invitations', { email: 'ian@example.org', portfolioId: fixture.portfolio.id, roles: ['contributor'] }), 403, 'forbidden');
    expect((await member.client.get('/invitations')).body).toEqual([]);
    const badEmail = expectProblem(await admin.post('/invitations', { email: 'not an address', portfolioId: fixture.portfolio.id, roles: ['contributor'] }), 400, 'validation_failed');
    expect(fieldsOf(badEmail)).toEqual(['email']);
    expect(fieldsOf(expectProblem(await admin.post('/invitations', { email: 'ian@example.org', portfolioId: fixture.portfolio.id }), 400, 'validation_failed'))).toEqual(['roles']);
    expect(fieldsOf(expectProblem(await admin.post('/invitations', { email: 'ian@example.org', roles: ['contributor'] }), 400, 'validation_failed'))).toEqual(['portfolioId']);
    expectProblem(await admin.post('/invitations', { email: 'admin@example.org' }), 409, 'email_taken');
    expect(await countInvitations()).toBe(before);

    const created = await invite(admin, { email: 'jo@example.org' });
    const missing = expectProblem(await new Client(server.baseUrl).post('/invitations/accept', { token: tokenOf(created.url) }), 400, 'validation_failed');
    expect(fieldsOf(missing)).toEqual(['name', 'password']);
    expect(fieldsOf(expectProblem(await new Client(server.baseUrl).post('/invitations/accept', { token: tokenOf(created.url), name: 'Jo', password: 'short' }), 400, 'validation_failed'))).toEqual(['password']);
    // The refused attempts left the link usable.
    expect((await new Client(server.baseUrl).post('/invitations/accept', { token: tokenOf(created.url), name: 'Jo', password: 'jo-password' })).status).toBe(201);

    expectProblem(await member.client.patch(`/users/${member.id}`, { admin: true }), 403, 'forbidden');
    // Their own name is theirs to change, and only that: not someone else's, not with anything else.
    expectProblem(await member.client.patch(`/users/${member.id}`, { name: 'Jo Renamed', active: true }), 403, 'forbidden');
    expectProblem(await member.client.patch(`/users/${(await admin.get('/auth/me')).body.id}`, { name: 'Not mine' }), 403, 'forbidden');
    expect(fieldsOf(expectProblem(await member.client.patch(`/users/${member.id}`, { name: '  ' }), 400, 'validation_failed'))).toEqual(['name']);
    expect((await member.client.patch(`/users/${member.id}`, { name: 'Jo Renamed' })).body).toMatchObject({ id: member.id, name: 'Jo Renamed', active: true, isAdmin: false });
    expect((await member.client.get('/auth/me')).body.name).toBe('Jo Renamed');
    expectProblem(await member.client.post(`/users/${member.id}/password-reset`), 403, 'forbidden');
    expect(fieldsOf(expectProblem(await admin.patch(`/users/${member.id}`, { active: 'no' }), 400, 'validation_failed'))).toEqual(['active']);
    expect((await admin.get(`/users/${member.id}`)).body).toMatchObject({ active: true, isAdmin: false });
  });

  it('deactivating ends the person\'s session and API token at once, refuses their sign-in, keeps their history and leaves a responsibility gap', async () => {
    const email = `kim.${Date.now()}@example.org`;
    const created = await admin.post('/users', { email, name: 'Kim', password: 'kim-password' });
    const kim = new Client(server.baseUrl);
    expect((await kim.post('/auth/login', { email, password: 'kim-password' })).status).toBe(200);
    expect((await admin.put(`/portfolios/${fixture.portfolio.id}/members/${created.body.id}`, { roles: ['contributor'] })).status).toBe(200);
    const token = (await kim.post('/tokens', { name: 'script' })).body.token;
    const bearer = kim.withToken(token);
    expect((await bearer.get('/auth/me')).status).toBe(200);
    const item = await kim.post(`/boards/${fixture.boardId}/items`, { title: 'Kim wrote this', ownerId: created.body.id });
    const theme = await admin.post(`/portfolios/${fixture.portfolio.id}/themes`, { name: `Kim's theme ${Date.now()}`, ownerId: created.body.id });
    expect(theme.status, JSON.stringify(theme.body)).toBe(201);
    const column = fixture.columns.reviewing!;
    const accountable = await admin.patch(`/boards/${fixture.boardId}/columns/${column.id}`, { responsibility: { ...column.responsibility, accountable: { user: created.body.id } } });
    expect(accountable.status, JSON.stringify(accountable.body)).toBe(200);
    const gapsFor = async () => (await admin.get(`/portfolios/${fixture.portfolio.id}/responsibility/gaps`)).body.gaps;
    const reviewingGap = (gaps: any[]) => gaps.find((g) => g.kind === 'column_without_accountable' && g.columnId === column.id);
    expect(reviewingGap(await gapsFor())).toBeUndefined();

    const deactivated = await admin.patch(`/users/${created.body.id}`, { active: false });
    expect(deactivated.status).toBe(200);
    expect(deactivated.body).toMatchObject({ id: created.body.id, active: false });

    expectProblem(await kim.get('/auth/me'), 401, 'unauthenticated');
    expectProblem(await bearer.get('/auth/me'), 401, 'unauthenticated');
    expectProblem(await new Client(server.baseUrl).post('/auth/login', { email, password: 'kim-password' }), 403, 'account_deactivated');
    expectProblem(await new Client(server.baseUrl).post('/auth/login', { email, password: 'wrong-password' }), 401, 'unauthenticated');
    expect(await server.store.db.selectFrom('sessions').select('id').where('user_id', '=', created.body.id).execute()).toEqual([]);
    expect(await server.store.db.selectFrom('api_tokens').select('id').where('user_id', '=', created.body.id).execute()).toEqual([]);

    expect((await admin.get(`/items/${item.body.id}`)).status).toBe(200);
    const handedToKim = expectProblem(await admin.post(`/boards/${fixture.boardId}/items`, { title: 'For Kim', ownerId: created.body.id }), 400, 'validation_failed');
    expect(handedToKim.errors).toEqual([{ field: 'ownerId', message: 'deactivated: choose an active member' }]);
    const keptOwner = await admin.patch(`/items/${item.body.id}`, { ownerId: created.body.id, title: 'Kim wrote this, still', version: item.body.version });
    expect(keptOwner.status, JSON.stringify(keptOwner.body)).toBe(200);
    // A theme keeps its deactivated owner through an edit of something else, but is not handed to them anew.
    const renamed = await admin.patch(`/portfolios/${fixture.portfolio.id}/themes/${theme.body.id}`, { name: `${theme.body.name}, renamed`, ownerId: created.body.id, version: theme.body.version });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    const newTheme = expectProblem(await admin.post(`/portfolios/${fixture.portfolio.id}/themes`, { name: `For Kim ${Date.now()}`, ownerId: created.body.id }), 400, 'validation_failed');
    expect(newTheme.errors).toEqual([{ field: 'ownerId', message: 'deactivated: choose an active member' }]);
    expect((await admin.get('/users')).body.find((u: any) => u.id === created.body.id)).toMatchObject({ active: false, isAdmin: false });
    expect(reviewingGap(await gapsFor())?.message).toContain('not an active member');
    expect(await auditActions(created.body.id)).toContain('user.updated');

    expect((await admin.patch(`/users/${created.body.id}`, { active: true })).body.active).toBe(true);
    expect((await new Client(server.baseUrl).post('/auth/login', { email, password: 'kim-password' })).status).toBe(200);
    expect(reviewingGap(await gapsFor())).toBeUndefined();
  });

  it('renames and makes admin; the last active instance admin cannot be deactivated or lose admin', async () => {
    const me = (await admin.get('/auth/me')).body;
    expectProblem(await admin.patch(`/users/${me.id}`, { active: false }), 409, 'last_instance_admin');
    expectProblem(await admin.patch(`/users/${me.id}`, { admin: false }), 409, 'last_instance_admin');
    expect((await admin.get('/auth/me')).body).toMatchObject({ active: true, isAdmin: true });

    const second = await createUserClient(admin, 'Second admin');
    const promoted = await admin.patch(`/users/${second.id}`, { admin: true, name: 'Lee Admin' });
    expect(promoted.body).toMatchObject({ isAdmin: true, name: 'Lee Admin' });
    expect((await admin.patch(`/users/${me.id}`, { admin: false })).body.isAdmin).toBe(false);
    // A signed-in person's rights follow the change at their very next request.
    expectProblem(await admin.patch(`/users/${second.id}`, { name: 'Lee' }), 403, 'forbidden');
    expectProblem(await second.client.patch(`/users/${second.id}`, { active: false }), 409, 'last_instance_admin');
    expect((await second.client.patch(`/users/${me.id}`, { admin: true })).body.isAdmin).toBe(true);
    expect((await admin.get('/auth/me')).body.isAdmin).toBe(true);
    expect((await admin.patch(`/users/${second.id}`, { name: 'Lee' })).status).toBe(200);
  });

  it('changing your password keeps this session, ends the others, and refuses a wrong current password', async () => {
    const user = await createUserClient(admin, 'Mo');
    const email = (await user.client.get('/auth/me')).body.email;
    const laptop = new Client(server.baseUrl);
    await laptop.post('/auth/login', { email, password: 'user-password' });

    expectProblem(await user.client.post('/auth/password', { currentPassword: 'wrong-password', newPassword: 'new-password' }), 403, 'wrong_password');
    expect(fieldsOf(expectProblem(await user.client.post('/auth/password', { currentPassword: 'user-password', newPassword: 'short' }), 400, 'validation_failed'))).toEqual(['newPassword']);
    expect((await laptop.get('/auth/me')).status).toBe(200);

    expect((await user.client.post('/auth/password', { currentPassword: 'user-password', newPassword: 'new-password' })).status).toBe(204);
    expect((await user.client.get('/auth/me')).status).toBe(200);
    expectProblem(await laptop.get('/auth/me'), 401, 'unauthenticated');
    expectProblem(await new Client(server.baseUrl).post('/auth/login', { email, password: 'user-password' }), 401, 'unauthenticated');
    expect((await new Client(server.baseUrl).post('/auth/login', { email, password: 'new-password' })).status).toBe(200);
    expect(await auditActions(user.id)).toContain('user.password_changed');
  });

  it('an admin\'s reset link sets a new password once, signs in and ends other sessions; reused or expired it answers 410', async () => {
    const user = await createUserClient(admin, 'Nia');
    const email = (await user.client.get('/auth/me')).body.email;
    const reset = await admin.post(`/users/${user.id}/password-reset`);
    expect(reset.status).toBe(201);
    expect(reset.body.url).toMatch(/^https:\/\/kanban\.example\.org\/reset-password\/[A-Za-z0-9_-]{40,}$/);
    const token = tokenOf(reset.body.url);

    const visitor = new Client(server.baseUrl);
    const accepted = await visitor.post('/password-reset/accept', { token, password: 'fresh-password' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.user.id).toBe(user.id);
    expect((await visitor.get('/auth/me')).body.id).toBe(user.id);
    expectProblem(await user.client.get('/auth/me'), 401, 'unauthenticated');
    expect((await new Client(server.baseUrl).post('/auth/login', { email, password: 'fresh-password' })).status).toBe(200);
    expectProblem(await new Client(server.baseUrl).post('/password-reset/accept', { token, password: 'other-password' }), 410, 'reset_invalid');

    const replaced = tokenOf((await admin.post(`/users/${user.id}/password-reset`)).body.url);
    const expiring = await admin.post(`/users/${user.id}/password-reset`);
    expectProblem(await new Client(server.baseUrl).post('/password-reset/accept', { token: replaced, password: 'other-password' }), 410, 'reset_invalid');
    server.setNow(new Date(Date.parse(expiring.body.expiresAt) + 1000));
    try {
      expectProblem(await new Client(server.baseUrl).post('/password-reset/accept', { token: tokenOf(expiring.body.url), password: 'other-password' }), 410, 'reset_invalid');
    } finally {
      server.setNow(null);
    }
    expect((await new Client(server.baseUrl).post('/auth/login', { email, password: 'fresh-password' })).status).toBe(200);
    expect(await auditActions(user.id)).toEqual(expect.arrayContaining(['user.password_reset_created', 'user.password_reset']));
  });

  it('documents every people route and its problem codes', async () => {
    const document = (await new Client(server.baseUrl).get('/openapi.json')).body;
    for (const [path, method] of [
      ['/api/v1/invitations', 'post'], ['/api/v1/invitations', 'get'], ['/api/v1/invitations/{id}', 'delete'], ['/api/v1/invitations/accept', 'post'], ['/api/v1/invitations/preview', 'post'],
      ['/api/v1/users/{id}', 'patch'], ['/api/v1/users/{id}/password-reset', 'post'], ['/api/v1/password-reset/accept', 'post'], ['/api/v1/auth/password', 'post'],
    ] as const) {
      expect(document.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
    const codes = (await new Client(server.baseUrl).get('/problems')).body.map((p: any) => `${p.code} ${p.status}`);
    expect(codes).toEqual(expect.arrayContaining(['invitation_invalid 410', 'reset_invalid 410', 'last_instance_admin 409', 'account_exists 409', 'wrong_password 403', 'account_deactivated 403']));
  });
});
