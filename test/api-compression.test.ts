import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpInstance, type Client } from './support/client';
import { DATABASES } from './support/databases';
import { createItem, createPortfolio } from './support/portfolio';
import { startServer, type TestServer } from './support/server';

type RawAnswer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** A GET whose answer is read byte for byte, undecoded (fetch would decode it). */
function rawGet(client: Client, path: string, acceptEncoding?: string): Promise<RawAnswer> {
  const headers: Record<string, string> = { cookie: client.sessionCookie! };
  if (acceptEncoding) headers['accept-encoding'] = acceptEncoding;
  return new Promise((resolve, reject) => {
    httpRequest(`${client.baseUrl}/api/v1${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe.each(DATABASES)('compressed answers on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let boardPath: string;

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    const { boardId } = await createPortfolio(admin, { template: 'small', boardTemplate: 'simple' });
    await Promise.all(Array.from({ length: 12 }, (_, i) => createItem(admin, boardId, { title: `Card number ${i} with a title long enough to matter` })));
    boardPath = `/boards/${boardId}`;
  });
  afterAll(async () => server?.close());

  it('compresses a JSON answer over 1 KB by Accept-Encoding, brotli first, and says it varies by it', async () => {
    const plain = await rawGet(admin, boardPath);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.body.length).toBeGreaterThan(1024);
    const board = JSON.parse(plain.body.toString('utf8'));
    expect(board.items).toHaveLength(12);

    const br = await rawGet(admin, boardPath, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^application\/json/);
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(board);

    const gzip = await rawGet(admin, boardPath, 'gzip;q=1, br;q=0');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.body).toString('utf8'))).toEqual(board);

    const identity = await rawGet(admin, boardPath, 'identity');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.equals(plain.body)).toBe(true);
  });

  it('compresses a board again once it changed, never answering an older board compressed before', async () => {
    const before = JSON.parse(brotliDecompressSync((await rawGet(admin, boardPath, 'br')).body).toString('utf8'));
    expect(JSON.parse(gunzipSync((await rawGet(admin, boardPath, 'gzip')).body).toString('utf8'))).toEqual(before);
    const added = await createItem(admin, before.id, { title: 'Added after the board was compressed' });
    for (const encoding of ['br', 'gzip'] as const) {
      const answer = await rawGet(admin, boardPath, encoding);
      const board = JSON.parse((encoding === 'br' ? brotliDecompressSync(answer.body) : gunzipSync(answer.body)).toString('utf8'));
      expect(board.items.map((item: { id: string }) => item.id)).toEqual([...before.items.map((item: { id: string }) => item.id), added.id]);
    }
  });

  it('sends an answer under 1 KB as it is, whatever the client accepts', async () => {
    const small = await rawGet(admin, '/auth/me', 'br, gzip');
    expect(small.status).toBe(200);
    expect(small.body.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8')).email).toBe('admin@example.org');
  });
});
