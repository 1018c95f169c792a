import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchBoard, type BoardSocket } from './support/board-socket';
import { Client, createUserClient, setUpInstance } from './support/client';
import { DATABASES } from './support/databases';
import { startServer, type TestServer } from './support/server';

const EVIL = 'http://evil.example';
const SIGNED_OUT = 4401;
const FORBIDDEN = 4403;

/** The close of a socket whose access ended: it must come at once, not at the next periodic check (a minute by default). */
function closeOf(socket: BoardSocket): Promise<{ code: number; reason: string }> {
  return Promise.race([socket.closed, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still open; messages: ${JSON.stringify(socket.messages)}`)), 3000))]);
}

async function tokenOf(client: Client): Promise<{ id: string; token: string }> {
  return (await client.post('/tokens', { name: 'realtime' })).body;
}

type Setting = { server: TestServer; admin: Client; portfolioId: string; boardId: string };

async function setting(server: TestServer): Promise<Setting> {
  const admin = await setUpInstance(server.baseUrl);
  const portfolio = (await admin.post('/portfolios', { name: 'Watched', boardTemplate: 'simple' })).body;
  return { server, admin, portfolioId: portfolio.id, boardId: portfolio.boards[0].id };
}

async function member({ admin, portfolioId }: Setting, roles = ['stakeholder']) {
  const user = await createUserClient(admin);
  expect((await admin.put(`/portfolios/${portfolioId}/members/${user.id}`, { roles })).status).toBe(200);
  return user;
}

/** A change on the board after access ended: the closed socket must not have carried it. */
async function changeBoard({ admin, boardId }: Setting, title: string) {
  expect((await admin.post(`/boards/${boardId}/items`, { title })).status).toBe(201);
}

describe.each(DATABASES)('a board WebSocket ends when its access does, on %s', (database) => {
  let s: Setting;

  beforeAll(async () => {
    s = await setting(await startServer(database));
  });
  afterAll(async () => s?.server.close());

  it('closes the sockets of a member removed from the portfolio, and only theirs', async () => {
    const removed = await member(s);
    const stays = await member(s);
    const gone = await watchBoard(s.server, s.boardId, { token: (await tokenOf(removed.client)).token });
    const kept = await watchBoard(s.server, s.boardId, { token: (await tokenOf(stays.client)).token });
    expect((await s.admin.delete(`/portfolios/${s.portfolioId}/members/${removed.id}`)).status).toBe(204);
    expect(await closeOf(gone)).toMatchObject({ code: FORBIDDEN, reason: 'You may no longer view this board.' });
    await changeBoard(s, 'After the removal');
    const [created] = await kept.next(1);
    kept.close();
    expect(created.data.title).toBe('After the removal');
    expect(gone.messages).toEqual([]);
  });

  it('closes the socket of a member whose new roles do not grant view', async () => {
    expect((await s.admin.put(`/portfolios/${s.portfolioId}/roles/commenter`, { name: 'Commenter', capabilities: ['comment'] })).status).toBe(201);
    const demoted = await member(s);
    const socket = await watchBoard(s.server, s.boardId, { token: (await tokenOf(demoted.client)).token });
    expect((await s.admin.put(`/portfolios/${s.portfolioId}/members/${demoted.id}`, { roles: ['commenter'] })).status).toBe(200);
    expect(await closeOf(socket)).toMatchObject({ code: FORBIDDEN });
  });

  it('closes the sockets of the holders of a role that loses view', async () => {
    expect((await s.admin.put(`/portfolios/${s.portfolioId}/roles/observer`, { name: 'Observer', capabilities: ['view'] })).status).toBe(201);
    const observer = await member(s, ['observer']);
    const socket = await watchBoard(s.server, s.boardId, { token: (await tokenOf(observer.client)).token });
    const role = (await s.admin.get(`/portfolios/${s.portfolioId}/roles`)).body.find((r: any) => r.key === 'observer');
    expect((await s.admin.put(`/portfolios/${s.portfolioId}/roles/observer`, { name: 'Observer', capabilities: ['comment'], version: role.version })).status).toBe(200);
    expect(await closeOf(socket)).toMatchObject({ code: FORBIDDEN });
  });

  it('closes the socket a session opened when it signs out; the same user\'s token socket stays', async () => {
    const user = await member(s);
    const bySession = await watchBoard(s.server, s.boardId, { cookie: user.client.sessionCookie!, origin: s.server.baseUrl });
    const byToken = await watchBoard(s.server, s.boardId, { token: (await tokenOf(user.client)).token });
    expect((await user.client.post('/auth/logout')).status).toBe(204);
    expect(await closeOf(bySession)).toMatchObject({ code: SIGNED_OUT });
    await changeBoard(s, 'After the sign-out');
    expect((await byToken.next(1))[0].data.title).toBe('After the sign-out');
    byToken.close();
    expect(bySession.messages).toEqual([]);
  });

  it('closes the socket an API token opened when it is revoked', async () => {
    const user = await member(s);
    const { id, token } = await tokenOf(user.client);
    const socket = await watchBoard(s.server, s.boardId, { token });
    expect((await user.client.delete(`/tokens/${id}`)).status).toBe(204);
    expect(await closeOf(socket)).toMatchObject({ code: SIGNED_OUT });
  });

  it('closes every socket of a user who is deactivated, whose sessions and tokens all end', async () => {
    const user = await member(s);
    const sockets = [
      await watchBoard(s.server, s.boardId, { cookie: user.client.sessionCookie!, origin: s.server.baseUrl }),
      await watchBoard(s.server, s.boardId, { token: (await tokenOf(user.client)).token }),
    ];
    expect((await s.admin.patch(`/users/${user.id}`, { active: false })).status).toBe(200);
    for (const socket of sockets) expect(await closeOf(socket)).toMatchObject({ code: SIGNED_OUT });
  });

  it('checks Origin on a cookie-authenticated handshake as on a write; a token needs none', async () => {
    const user = await member(s);
    await expect(watchBoard(s.server, s.boardId, { cookie: user.client.sessionCookie!, origin: EVIL })).rejects.toThrow('upgrade refused: 403');
    const own = await watchBoard(s.server, s.boardId, { cookie: user.client.sessionCookie!, origin: s.server.baseUrl });
    const scripted = await watchBoard(s.server, s.boardId, { token: (await tokenOf(user.client)).token, origin: EVIL });
    own.close();
    scripted.close();
  });
});

describe.each(DATABASES)('a board WebSocket ends when its session expires, on %s', (database) => {
  let s: Setting;

  beforeAll(async () => {
    s = await setting(await startServer(database, { accessRecheckMs: 200 }));
  });
  afterAll(async () => s?.server.close());

  it('closes at the next periodic check after the session expired', async () => {
    const user = await member(s);
    const socket = await watchBoard(s.server, s.boardId, { cookie: user.client.sessionCookie!, origin: s.server.baseUrl });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(socket.messages).toEqual([]);
    s.server.setNow(new Date(Date.now() + 31 * 24 * 3600 * 1000));
    expect(await closeOf(socket)).toMatchObject({ code: SIGNED_OUT });
  });
});

describe('board WebSockets on every PostgreSQL server process end with access', () => {
  let s: Setting;
  let second: TestServer;

  beforeAll(async () => {
    s = await setting(await startServer('postgres'));
    second = await startServer('postgres', { sharing: s.server });
  });
  afterAll(async () => {
    await second?.close();
    await s?.server.close();
  });

  it('closes the sockets on the other process when a member is removed or a session signs out', async () => {
    const removed = await member(s);
    const signingOut = await member(s);
    const removedSocket = await watchBoard(second, s.boardId, { token: (await tokenOf(removed.client)).token });
    const sessionSocket = await watchBoard(second, s.boardId, { cookie: signingOut.client.sessionCookie!, origin: second.baseUrl });
    expect((await s.admin.delete(`/portfolios/${s.portfolioId}/members/${removed.id}`)).status).toBe(204);
    expect((await signingOut.client.post('/auth/logout')).status).toBe(204);
    expect(await closeOf(removedSocket)).toMatchObject({ code: FORBIDDEN });
    expect(await closeOf(sessionSocket)).toMatchObject({ code: SIGNED_OUT });
  });

  it('closes the sockets on the other process when a token is revoked or its user deactivated', async () => {
    const revoking = await member(s);
    const deactivated = await member(s);
    const { id, token } = await tokenOf(revoking.client);
    const tokenSocket = await watchBoard(second, s.boardId, { token });
    const userSockets = [
      await watchBoard(second, s.boardId, { cookie: deactivated.client.sessionCookie!, origin: second.baseUrl }),
      await watchBoard(second, s.boardId, { token: (await tokenOf(deactivated.client)).token }),
    ];
    expect((await revoking.client.delete(`/tokens/${id}`)).status).toBe(204);
    expect((await s.admin.patch(`/users/${deactivated.id}`, { active: false })).status).toBe(200);
    expect(await closeOf(tokenSocket)).toMatchObject({ code: SIGNED_OUT });
    for (const socket of userSockets) expect(await closeOf(socket)).toMatchObject({ code: SIGNED_OUT });
  });
});
