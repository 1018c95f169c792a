import Fastify from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from '../../web/build';
import { webApp } from './web';

describe('serving the web app', () => {
  const roots: string[] = [];
  afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

  async function serving(root: string) {
    const app = Fastify({ logger: false });
    await app.register(webApp, { root });
    return app;
  }

  function emptyRoot(): string {
    const root = mkdtempSync(join(tmpdir(), 'pk-web-'));
    roots.push(root);
    return root;
  }

  function build(root: string, asset: string): void {
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), `<!doctype html><script type="module" src="/assets/${asset}"></script>`);
    writeFileSync(join(root, 'assets', asset), 'export {};');
  }

  it('explains that the app is not built, and serves a build made after it started, old assets gone', async () => {
    const root = emptyRoot();
    const app = await serving(root);
    const before = await app.inject('/boards/b1');
    expect(before.statusCode).toBe(503);
    expect(before.body).toContain('npm run build:web');

    build(root, 'index-A.js');
    const page = await app.inject('/boards/b1');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    const script = await app.inject('/assets/index-A.js');
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    // A rebuild replaces the hashed assets; the running server serves the new ones and not the page for the old.
    rmSync(join(root, 'assets'), { recursive: true });
    build(root, 'index-B.js');
    expect((await app.inject('/assets/index-B.js')).statusCode).toBe(200);
    const gone = await app.inject('/assets/index-A.js');
    expect(gone.statusCode).toBe(404);
    expect(gone.headers['content-type']).not.toMatch(/^text\/html/);
    await app.close();
  });

  it('sends the brotli or gzip copy written at build to whoever accepts it, and small files as they are', async () => {
    const root = emptyRoot();
    build(root, 'index-C.js');
    const script = `export const cards = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ id: i, title: `card ${i}` })))};`;
    writeFileSync(join(root, 'assets', 'index-C.js'), script);
    await precompress(root);
    const app = await serving(root);

    const br = await app.inject({ url: '/assets/index-C.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.rawPayload.length).toBeLessThan(script.length / 4);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    const gz = await app.inject({ url: '/assets/index-C.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);
    const plain = await app.inject({ url: '/assets/index-C.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    // index.html of this build is under 1 KB: no copies, sent as it is.
    const page = await app.inject({ url: '/boards/b1', headers: { 'accept-encoding': 'br' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-encoding']).toBeUndefined();
    await app.close();
  });

  it('leaves unknown API paths to the 404 handler', async () => {
    const root = emptyRoot();
    build(root, 'index-A.js');
    const app = await serving(root);
    expect((await app.inject('/api/v1/nowhere')).statusCode).toBe(404);
    await app.close();
  });
});
