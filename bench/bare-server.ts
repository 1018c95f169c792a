import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify from 'fastify';
import { registerCompression } from '../src/server/compression';

/**
 * The floors the real server is compared with, in a process started like the real one and logging
 * like it (warnings only): a route that answers a board's JSON bytes held in memory, and a POST route
 * that parses a small body and answers an item-sized JSON. Neither touches a database. Answers are
 * compressed as the real server compresses them, when the client asks, so that both send the same bytes.
 * BENCH_FIXTURES names a directory with `board-<name>.json` files and `item.json`.
 */
const fixtures = process.env.BENCH_FIXTURES;
if (!fixtures) throw new Error('BENCH_FIXTURES must name the fixtures directory');
const item = JSON.parse(readFileSync(join(fixtures, 'item.json'), 'utf8')) as Record<string, unknown>;
const boards = new Map(
  readdirSync(fixtures).flatMap((file) => {
    const name = /^board-(.+)\.json$/.exec(file)?.[1];
    return name ? [[name, readFileSync(join(fixtures, file), 'utf8')] as const] : [];
  }),
);

const app = Fastify({ logger: { level: 'warn' } });
registerCompression(app);
app.get('/health', async () => ({ ok: true }));
app.get<{ Params: { name: string } }>('/boards/:name', async (request, reply) => {
  const board = boards.get(request.params.name);
  if (board === undefined) return reply.code(404).send({ code: 'not_found' });
  return reply.type('application/json; charset=utf-8').send(board);
});
app.post<{ Params: { id: string }; Body: { columnId: string } }>('/items/:id/move', async (request) => ({ ...item, id: request.params.id, columnId: request.body.columnId }));

await app.listen({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? '127.0.0.1' });
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
