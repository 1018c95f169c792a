import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/app/passwords';
import { Client, createUserClient, setUpInstance } from './support/client';
import { DATABASES } from './support/databases';
import { startServer, type TestServer } from './support/server';

describe.each(DATABASES)('a password hashed at an older cost, on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
  });
  afterAll(async () => server?.close());

  const storedHash = async (id: string) => (await server.store.db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirstOrThrow()).password_hash!;

  it('is hashed again at the current cost when its owner signs in, and signs in as before', async () => {
    const { id, email } = await createUserClient(admin, 'Old hash');
    const current = (await storedHash(id)).split('$').slice(0, 4).join('$');
    const older = await hashPassword('user-password', { N: 1024, r: 8, p: 1 });
    await server.store.db.updateTable('users').set({ password_hash: older }).where('id', '=', id).execute();

    expect((await new Client(server.baseUrl).post('/auth/login', { email, password: 'user-password' })).status).toBe(200);
    const rehashed = await storedHash(id);
    expect(rehashed).not.toBe(older);
    expect(rehashed.startsWith(`${current}$`)).toBe(true);
    expect((await new Client(server.baseUrl).post('/auth/login', { email, password: 'user-password' })).status).toBe(200);
    expect((await new Client(server.baseUrl).post('/auth/login', { email, password: 'wrong-password' })).status).toBe(401);
    expect(await storedHash(id)).toBe(rehashed);
  });

  it('is left as it is after a wrong password', async () => {
    const { id, email } = await createUserClient(admin, 'Kept hash');
    const older = await hashPassword('user-password', { N: 1024, r: 8, p: 1 });
    await server.store.db.updateTable('users').set({ password_hash: older }).where('id', '=', id).execute();
    expect((await new Client(server.baseUrl).post('/auth/login', { email, password: 'wrong-password' })).status).toBe(401);
    expect(await storedHash(id)).toBe(older);
  });
});
