import { request as httpRequest, type ClientRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAdmission } from '../src/server/admission';
import { Client, setUpInstance } from './support/client';
import { DATABASES } from './support/databases';
import { expectProblem } from './support/problems';
import { startServer, type TestServer } from './support/server';

/**
 * Admission in arrival order: a server handling one request at a time is kept busy by a request whose body is
 * still arriving; what comes meanwhile waits in line, and what does not fit in the line is refused at once. Requests
 * are sent one after another, each once the previous one is known to have arrived, so that their arrival order is known.
 */

type Instance = { server: TestServer; api: Client; token: string; boardId: string };

async function instance(server: TestServer): Promise<Instance> {
  const admin = await setUpInstance(server.baseUrl);
  const token: string = (await admin.post('/tokens', { name: 'load' })).body.token;
  const boardId: string = (await admin.post('/portfolios', { name: 'Busy', boardTemplate: 'simple' })).body.boards[0].id;
  return { server, api: admin.withToken(token), token, boardId };
}

type Answer = { status: number; retryAfter: string | undefined; connection: string | undefined; type: string | undefined; body: any };

/**
 * A request sent with `Expect: 100-continue`: Node's server answers "100 Continue" as it hands the request on, so
 * once that arrives the request is known to have reached the server (and taken its turn or its place in line).
 * Its body (if any) follows at once, or, `held`, only when `finish` is called: until then the request keeps its turn.
 */
function send({ server, token }: Instance, method: 'GET' | 'POST', path: string, body: string | null, held = false): { arrived: Promise<void>; finish: () => void; answer: Promise<Answer> } {
  const request = httpRequest(`${server.baseUrl}/api/v1${path}`, {
    method,
    agent: false,
    headers: { authorization: `Bearer ${token}`, expect: '100-continue', ...(body === null ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }) },
  });
  const arrived = new Promise<void>((resolve) => request.once('continue', resolve));
  const finish = () => (body === null ? request.end() : request.end(body));
  if (!held) void arrived.then(finish);
  request.flushHeaders();
  return { arrived, finish, answer: answerOf(request) };
}

/** A new item on the instance's board. */
function sendWrite(instance: Instance, title: string, held = false) {
  return send(instance, 'POST', `/boards/${instance.boardId}/items`, JSON.stringify({ title }), held);
}

/** The board, read on a connection of its own. */
function sendRead({ server, token, boardId }: Instance): Promise<Answer> {
  const request = httpRequest(`${server.baseUrl}/api/v1/boards/${boardId}`, { agent: false, headers: { authorization: `Bearer ${token}` } });
  request.end();
  return answerOf(request);
}

function answerOf(request: ClientRequest): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    request.once('error', reject);
    request.once('response', (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      response.once('end', () => resolve({ status: response.statusCode!, retryAfter: response.headers['retry-after'], connection: response.headers.connection, type: response.headers['content-type'], body: JSON.parse(text) }));
    });
  });
}

const keyNumber = (key: string) => Number(key.split('-').pop());

function expectOverloaded(answer: Answer): void {
  expect(answer.status).toBe(503);
  expect(answer.type).toContain('application/problem+json');
  expect(answer.body.code).toBe('overloaded');
  expect(answer.retryAfter).toMatch(/^\d+$/);
  // The client comes back on a new connection, behind those waiting to be accepted.
  expect(answer.connection).toBe('close');
}

describe.each(DATABASES)('admission in arrival order on %s', (database) => {
  let line: Instance;
  let impatient: Instance;
  let patient: Instance;

  beforeAll(async () => {
    // One at a time, three may wait, long enough to wait for their turn here.
    line = await instance(await startServer(database, { admission: { ...defaultAdmission(database), concurrency: 1, maxQueued: 3, maxWaitMs: 60_000 } }));
    // Two at a time, five may wait, a short while only.
    impatient = await instance(await startServer(database, { admission: { ...defaultAdmission(database), concurrency: 2, maxQueued: 5, maxWaitMs: 300 } }));
    // One at a time, with room in line for everyone.
    patient = await instance(await startServer(database, { admission: { ...defaultAdmission(database), concurrency: 1, maxQueued: 50, maxWaitMs: 60_000 } }));
  });
  afterAll(async () => {
    await line?.server.close();
    await impatient?.server.close();
    await patient?.server.close();
  });

  it('serves reads and writes in the order they arrived: a write queued behind reads comes before the reads after it', async () => {
    const busy = sendWrite(patient, 'Busy', true);
    await busy.arrived;
    const arrivals = ['read', 'Write 1', 'read', 'read', 'Write 2', 'read', 'read', 'read', 'Write 3', 'read'];
    const finished: number[] = [];
    const answers: Promise<Answer>[] = [];
    for (const [index, arrival] of arrivals.entries()) {
      const request = arrival === 'read' ? send(patient, 'GET', `/boards/${patient.boardId}`, null) : sendWrite(patient, arrival);
      answers.push(request.answer.then((answer) => (finished.push(index), answer)));
      await request.arrived;
    }
    busy.finish();
    expect((await busy.answer).status).toBe(201);
    const answered = await Promise.all(answers);

    expect(answered.map((answer) => answer.status)).toEqual(arrivals.map((arrival) => (arrival === 'read' ? 200 : 201)));
    expect(finished).toEqual(arrivals.map((_, index) => index));
    // Each read saw every write that came before it, and none that came after.
    arrivals.forEach((arrival, index) => {
      if (arrival !== 'read') return;
      const before = ['Busy', ...arrivals.slice(0, index).filter((earlier) => earlier !== 'read')];
      expect(answered[index]!.body.items.map((item: any) => item.title).sort()).toEqual(before.sort());
    });
  });

  it('serves waiting writes in the order they arrived, and refuses at once those the line has no room for', async () => {
    const busy = sendWrite(line, 'The busy write', true);
    await busy.arrived;
    const events: string[] = [];
    const answers: Promise<Answer>[] = [];
    for (let index = 0; index < 5; index++) {
      const write = sendWrite(line, `Write ${index}`);
      answers.push(write.answer.then((answer) => (events.push(`${answer.status} ${index}`), answer)));
      await write.arrived;
    }
    // Only the line's three wait; the two after them were refused while the busy write still held its turn.
    await expect.poll(() => events).toEqual(['503 3', '503 4']);
    events.push('busy write finished');
    busy.finish();
    expect((await busy.answer).status).toBe(201);
    const written = await Promise.all(answers);

    expect(events).toEqual(['503 3', '503 4', 'busy write finished', '201 0', '201 1', '201 2']);
    for (const refused of written.slice(3)) expectOverloaded(refused);
    const numbers = written.slice(0, 3).map((answer) => keyNumber(answer.body.key));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    const titles = (await line.api.get(`/boards/${line.boardId}`)).body.items.map((item: any) => item.title).sort();
    expect(titles).toEqual(['The busy write', 'Write 0', 'Write 1', 'Write 2']);
  });

  it('refuses a request that waited its longest, instead of leaving it hanging', async () => {
    const busy = [sendWrite(impatient, 'Busy 1', true), sendWrite(impatient, 'Busy 2', true)];
    await Promise.all(busy.map((write) => write.arrived));
    const waited = await impatient.api.get(`/boards/${impatient.boardId}`);
    expectProblem(waited, 503, 'overloaded');
    expect(waited.headers.get('retry-after')).toBe('1');
    for (const write of busy) write.finish();
    expect((await Promise.all(busy.map((write) => write.answer))).map((answer) => answer.status)).toEqual([201, 201]);
    expect((await impatient.api.get(`/boards/${impatient.boardId}`)).status).toBe(200);
  });

  it('under a flood of readers and writers answers each with its result or 503 at once, and keeps every acknowledged write', async () => {
    const before: string[] = (await line.api.get(`/boards/${line.boardId}`)).body.items.map((item: any) => item.id);
    const busy = sendWrite(line, 'Busy during the flood', true);
    await busy.arrived;
    const writes = Array.from({ length: 40 }, (_, index) => sendWrite(line, `Flood ${index}`));
    const reads = Array.from({ length: 40 }, () => sendRead(line));
    await Promise.all(writes.map((write) => write.arrived));
    busy.finish();
    const flood = await Promise.all([busy.answer, ...writes.map((write) => write.answer), ...reads]);

    const refused = flood.filter((answer) => answer.status === 503);
    expect(refused.length).toBeGreaterThanOrEqual(40 - 3);
    for (const answer of refused) expectOverloaded(answer);
    expect(flood.filter((answer) => answer.status !== 503).every((answer) => answer.status === 200 || answer.status === 201)).toBe(true);
    const acknowledged = flood.filter((answer) => answer.status === 201).map((answer) => answer.body.id).sort();
    expect(acknowledged.length).toBeGreaterThan(0);
    const after: string[] = (await line.api.get(`/boards/${line.boardId}`)).body.items.map((item: any) => item.id);
    // Every acknowledged write is kept, and a refused one left nothing behind.
    expect(after.filter((id) => !before.includes(id)).sort()).toEqual(acknowledged);
  });
});
