import Fastify from 'fastify';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { negotiateEncoding, registerCompression } from './compression';

describe('choosing an encoding from Accept-Encoding', () => {
  it('prefers brotli, falls back to gzip, and honours q=0 and *', () => {
    expect(negotiateEncoding('gzip, deflate, br')).toBe('br');
    expect(negotiateEncoding('gzip, deflate')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('*, br;q=0')).toBe('gzip');
    expect(negotiateEncoding('*;q=0')).toBeNull();
    expect(negotiateEncoding('identity')).toBeNull();
    expect(negotiateEncoding('deflate')).toBeNull();
    expect(negotiateEncoding(undefined)).toBeNull();
    expect(negotiateEncoding('')).toBeNull();
  });
});

describe('compressing an answer', () => {
  it('uses a brotli window of 256 KB, not the 4 MB whose encoder memory each pool thread would keep', async () => {
    const app = Fastify();
    registerCompression(app);
    const text = JSON.stringify({ items: Array.from({ length: 20_000 }, (_, i) => ({ id: `item-${i}`, title: `Item number ${i}` })) });
    app.get('/large', async (_request, reply) => reply.type('application/json').send(text));
    const answer = await app.inject({ url: '/large', headers: { 'accept-encoding': 'br' } });
    expect(answer.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(answer.rawPayload).toString('utf8')).toBe(text);
    // RFC 7932 9.1: a stream opens with its window, low bits first: a 1, then n in three bits, for 2^(17+n) bytes.
    expect(answer.rawPayload[0]! & 0b1111).toBe(0b0011);
    await app.close();
  });
});
