import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Smaller answers fit in a packet or two either way: compressing them costs more than it saves. */
export const COMPRESS_MIN_BYTES = 1024;

/**
 * Quality 4 of 11 and gzip level 5 of 9: most of the saving for a fraction of the CPU time of the top
 * levels, which are for assets compressed once at build (web/build.ts). Above a megabyte (a board of
 * thousands of cards) brotli's quality 1 is five times as fast for a few percent more bytes: the reader
 * waits for the compression, and a changed board is compressed afresh.
 */
const BROTLI_QUALITY = 4;
const LARGE_BODY_BYTES = 2 ** 20;
const LARGE_BODY_BROTLI_QUALITY = 1;
const GZIP_LEVEL = 5;
/**
 * A 256 KB window instead of brotli's default 4 MB. The encoder's memory follows its window, and each thread
 * of the pool keeps what it once took: with the default, compressing boards of thousands of cards kept the
 * server's resident memory 15-20 MB higher. JSON repeats itself at short distances, so the answers are no
 * bigger.
 */
const BROTLI_WINDOW_BITS = 18;

const COMPRESSIBLE_TYPE = /^(application\/(json|problem\+json|xml)|text\/)/;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export type Encoding = 'br' | 'gzip';

/**
 * The encoding an Accept-Encoding header asks for: brotli when accepted, else gzip, else none.
 * `q=0` refuses an encoding; `*` accepts any encoding not named.
 */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    weights.set(name.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const accepts = (encoding: Encoding) => (weights.get(encoding) ?? weights.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return null;
}

function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  const quality = body.length > LARGE_BODY_BYTES ? LARGE_BODY_BROTLI_QUALITY : BROTLI_QUALITY;
  return encoding === 'br'
    ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_LGWIN]: BROTLI_WINDOW_BITS, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipAsync(body, { level: GZIP_LEVEL });
}

/**
 * Compressed forms of answers the application keeps as Buffers and sends again and again (a board's text,
 * board-snapshots.ts): compressed once per encoding, and forgotten with the Buffer.
 */
const compressedForms = new WeakMap<Buffer, Partial<Record<Encoding, Promise<Buffer>>>>();

function compressOnce(body: Buffer, encoding: Encoding): Promise<Buffer> {
  let forms = compressedForms.get(body);
  if (!forms) compressedForms.set(body, (forms = {}));
  let compressed = forms[encoding];
  if (!compressed) {
    compressed = compress(body, encoding);
    forms[encoding] = compressed;
    // A failed compression is tried again on the next send rather than kept.
    compressed.catch(() => delete forms[encoding]);
  }
  return compressed;
}

/**
 * Compresses answers the server builds in memory (JSON, problem documents, CSV) by the request's
 * Accept-Encoding, on the thread pool so the event loop keeps serving. Streams are left alone: the
 * web app's files are compressed at build and sent as they are (@fastify/static `preCompressed`), and
 * WebSocket upgrades never reach onSend.
 */
async function compressAnswer(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
  const type = reply.getHeader('content-type');
  if (typeof type !== 'string' || !COMPRESSIBLE_TYPE.test(type) || reply.hasHeader('content-encoding')) return payload;
  const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
  if (body.length < COMPRESS_MIN_BYTES) return payload;
  // Caches must keep one copy per encoding, whether or not this request asked for one.
  reply.header('vary', varyWithAcceptEncoding(reply.getHeader('vary')));
  const encoding = negotiateEncoding(request.headers['accept-encoding']);
  if (!encoding || request.method === 'HEAD') return payload;
  reply.header('content-encoding', encoding);
  reply.removeHeader('content-length');
  return typeof payload === 'string' ? compress(body, encoding) : compressOnce(body, encoding);
}

function varyWithAcceptEncoding(vary: unknown): string {
  const current = typeof vary === 'string' ? vary : Array.isArray(vary) ? vary.join(', ') : '';
  if (/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(current)) return current;
  return current ? `${current}, Accept-Encoding` : 'Accept-Encoding';
}

export function registerCompression(app: FastifyInstance): void {
  app.addHook('onSend', compressAnswer);
}
