import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, type DATABASES } from '../test/support/databases';
import { runLoad, runLoadsApart, type Load, type LoadResult } from './load';
import { atLeast, atMost, failedBy, notMeasured, withinFactor, type Measure } from './measure';
import { progress, type Plan } from './plan';
import { measureBrowser } from './browser';
import { apiMoveCycle, moveCycle, nextMove, type MoveCycle } from './moves';
import { sampledGets } from './sampled-gets';
import { measureRealtime, realtimeAvailable } from './realtime';
import { seed, type SeededBoard } from './seed';
import { startAppServer, startBareServer, withPeakRss, type ServerProcess } from './server-process';

/** Board loads are measured at the first two sizes, the browser at the third. */
const LOAD_SIZES = [1_000, 10_000];
const BROWSER_SIZE = 2_000;
/** The flow-metrics target: 10,000 items with 80,000 transitions. */
const FLOW_ITEMS = 10_000;
/** The flow-metrics issue's limit for the metrics endpoint, which the forecast endpoint shares: both read the same history. */
const FLOW_ENDPOINT_MS = 400;
/** Portfolio-wide metrics: the same items spread over this many boards answer within the same limit. */
const FLOW_PORTFOLIO_BOARDS = 20;
const MOVE_CONNECTIONS = 50;
/** Issue 15's targets for moves at 50 connections, per database. */
const MOVE_TARGETS = { sqlite: { perSecond: 2000, p99Ms: 50 }, postgres: { perSecond: 600, p99Ms: 100 } } as const;
/** Issue 15: a board loads within 1.5× the time of a server answering the same bytes from memory, and within 2× right after a change. */
const BOARD_LOAD_FACTOR = 1.5;
const BOARD_LOAD_AFTER_A_CHANGE_FACTOR = 2;
/** Issue 15: started on an existing database of ten thousand cards, the server answers within 2 s. */
const START_UP_MS = 2000;
/** Issue 15: the server's resident memory once started and left alone. */
const IDLE_RSS_MB = 90;
/** How long the started server is left alone before its idle memory is read. */
const IDLE_SETTLE_MS = 2000;

/** Runs a load once to warm the JIT and caches, then again to measure. */
async function measured(load: Omit<Load, 'seconds'>, seconds: number, plan: Plan): Promise<LoadResult> {
  await runLoad({ ...load, seconds: plan.warmupSeconds });
  const result = await runLoad({ ...load, seconds });
  progress(`  ${load.url}: ${result.ok} ok, ${result.failed} failed, median ${result.medianMs.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms, ${Math.round(result.perSecond)}/s; the load generator's own delay p99 ${result.generatorDelayP99Ms.toFixed(1)} ms`);
  return result;
}

/**
 * A change to the flow board before each sample, so that the sample reads the history from the
 * database rather than from memory: one unfinished item steps between two active columns.
 */
export async function flowBoardChange(baseUrl: string, boardId: string, headers: Record<string, string>): Promise<() => Promise<void>> {
  type Board = { columns: { id: string; key: string }[]; items: { id: string; key: string; columnId: string }[] };
  const board = (await (await fetch(`${baseUrl}/api/v1/boards/${boardId}`, { headers })).json()) as Board;
  const columnId = (key: string) => board.columns.find((column) => column.key === key)!.id;
  const [inProgress, review] = [columnId('in-progress'), columnId('review')];
  const item = board.items.find((candidate) => candidate.columnId === inProgress)!;
  let onReview = false;
  return async () => {
    onReview = !onReview;
    const response = await fetch(`${baseUrl}/api/v1/items/${item.id}/move`, { method: 'POST', headers, body: JSON.stringify({ columnId: onReview ? review : inProgress }) });
    if (!response.ok) throw new Error(`moving ${item.key} on the flow board answered ${response.status}: ${await response.text()}`);
  };
}

const MIXED_CONNECTIONS = 100;
/** Requests wait at most 3 s for their turn (DEFAULT_ADMISSION) and a move takes milliseconds: a write answered later was starved. */
const MIXED_WRITE_P99_MS = 4000;

/**
 * 100 connections reading a board while 100 others move items: writes must not be starved by reads, and when
 * the server cannot keep up it answers 503 `overloaded` at once instead of letting requests wait. Readers and
 * writers are driven from two processes, so that neither starves the other in the load generator.
 */
export async function mixedLoad(database: string, app: ServerProcess, readBoard: SeededBoard, writes: { headers: Record<string, string>; cycle: MoveCycle }, plan: Pick<Plan, 'moveSeconds'>): Promise<Measure[]> {
  progress(`${database}: ${MIXED_CONNECTIONS} readers and ${MIXED_CONNECTIONS} writers`);
  const [reads, moves] = await runLoadsApart([
    { url: `${app.url}/api/v1/boards/${readBoard.boardId}`, connections: MIXED_CONNECTIONS, headers: writes.headers, seconds: plan.moveSeconds },
    { url: app.url, connections: MIXED_CONNECTIONS, headers: writes.headers, cycle: writes.cycle, seconds: plan.moveSeconds },
  ]);
  const overloaded = (reads.statuses[503] ?? 0) + (moves.statuses[503] ?? 0);
  const answered = reads.ok + moves.ok + reads.failed + moves.failed;
  // A refusal closes its connection; autocannon, not waiting for the close, has already sent the next request
  // on it, and counts one connection error. Those are the load generator's; any beyond them are failures.
  const otherFailures = reads.failed + moves.failed - overloaded - Math.min(reads.connectionErrors + moves.connectionErrors, overloaded);
  for (const [name, result] of [['reads', reads], ['moves', moves]] as const) {
    const refused = result.statuses[503] ?? 0;
    progress(`  ${name}: ${result.ok} ok, ${refused} overloaded, ${result.timeouts} timed out, ${result.connectionErrors} connection errors, ${result.failed - refused - result.timeouts - result.connectionErrors} failed otherwise, median ${result.medianMs.toFixed(0)} ms, p99 ${result.p99Ms.toFixed(0)} ms`);
  }
  const name = `${database}/mixed-${MIXED_CONNECTIONS}-readers-${MIXED_CONNECTIONS}-writers`;
  return [
    failedBy(atMost(`${name}/write-p99`, moves.p99Ms, 'ms', MIXED_WRITE_P99_MS), otherFailures),
    failedBy(atMost(`${name}/read-p99`, reads.p99Ms, 'ms', MIXED_WRITE_P99_MS), otherFailures),
    // Recorded rather than judged: how much a saturated server turns away depends on the machine.
    atMost(`${name}/overloaded-share`, answered === 0 ? 0 : (100 * overloaded) / answered, '%', 100),
  ];
}

/** The board answer's size limits at the first board size (issue 15): JSON as sent, and compressed. */
const BOARD_JSON_KB = 400;
const BOARD_COMPRESSED_KB = 80;

/** How many bytes the server sends for `path` to a client that accepts brotli. */
async function compressedBytes(url: string, headers: Record<string, string>): Promise<{ bytes: number; encoding: string | null }> {
  const response = await fetch(url, { headers: { ...headers, 'accept-encoding': 'br, gzip' } });
  await response.arrayBuffer();
  return { bytes: Number(response.headers.get('content-length')), encoding: response.headers.get('content-encoding') };
}

/**
 * Writes the baseline server's fixtures: each response's bytes exactly as the real server answered them.
 * Answers the sizes of the first board size's answer against their limits.
 */
async function captureFixtures(app: ServerProcess, paths: Record<string, string>, headers: Record<string, string>, dir: string, database: string): Promise<Measure[]> {
  const sizes: Measure[] = [];
  for (const [name, path] of Object.entries(paths)) {
    const response = await fetch(`${app.url}/api/v1${path}`, { headers: { ...headers, 'accept-encoding': 'identity' } });
    const body = await response.text();
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${body.slice(0, 500)}`);
    writeFileSync(join(dir, `board-${name}.json`), body);
    const compressed = await compressedBytes(`${app.url}/api/v1${path}`, headers);
    const kb = Buffer.byteLength(body) / 1024;
    progress(`  ${path}: ${kb.toFixed(0)} KB of JSON, ${(compressed.bytes / 1024).toFixed(0)} KB sent as ${compressed.encoding ?? 'identity'}`);
    if (name === String(LOAD_SIZES[0])) {
      writeFileSync(join(dir, 'item.json'), JSON.stringify(JSON.parse(body).items[0]));
      sizes.push(atMost(`${database}/board-${name}-cards/json`, kb, 'KB', BOARD_JSON_KB));
      sizes.push(atMost(`${database}/board-${name}-cards/compressed`, compressed.encoding ? compressed.bytes / 1024 : kb, 'KB', BOARD_COMPRESSED_KB));
    }
  }
  return sizes;
}

/** Every server-side measure on one database, each beside its same-run baseline. */
export async function benchDatabase(database: (typeof DATABASES)[number], plan: Plan): Promise<Measure[]> {
  const db = await createDatabase(database);
  const fixtures = mkdtempSync(join(tmpdir(), 'pk-bench-'));
  const servers: ServerProcess[] = [];
  try {
    const sizes = [...LOAD_SIZES, BROWSER_SIZE];
    progress(`${database}: starting the server and seeding boards of ${sizes.join(', ')} cards and a flow history of ${FLOW_ITEMS} items`);
    const seeding = await startAppServer(db.url, plan.profileDir);
    const started = Date.now();
    const seeded = await seed(seeding.url, db.url, sizes, FLOW_ITEMS, FLOW_PORTFOLIO_BOARDS);
    const loaded = seeded.boards.filter((board) => LOAD_SIZES.includes(board.cards));
    const largest = loaded.at(-1)!;
    progress(`  seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // The server is measured as it starts on a database that exists: migrations done, nothing in memory.
    await seeding.stop();
    const restarted = performance.now();
    const app = await startAppServer(db.url, plan.profileDir);
    servers.push(app);
    const startUpMs = performance.now() - restarted;
    const cardCount = sizes.reduce((sum, cards) => sum + cards, 0) + FLOW_ITEMS;
    progress(`  started again on ${cardCount} cards, answering in ${startUpMs.toFixed(0)} ms`);
    const auth = { authorization: `Bearer ${seeded.token}` };
    const flowPaths = {
      metrics: `/boards/${seeded.flowBoardId}/metrics`,
      forecast: `/boards/${seeded.flowBoardId}/forecast`,
      'portfolio-metrics': `/portfolios/${seeded.flowPortfolio.id}/metrics`,
    };
    const measures: Measure[] = [atMost(`${database}/start-up-${cardCount}-cards/first-answer`, startUpMs, 'ms', START_UP_MS)];
    await new Promise((settled) => setTimeout(settled, IDLE_SETTLE_MS));
    measures.push(atMost(`${database}/server-rss-idle-after-start/rss`, app.rssMb(), 'MB', IDLE_RSS_MB));
    measures.push(...(await captureFixtures(app, { ...Object.fromEntries(loaded.map((board) => [board.cards, `/boards/${board.boardId}`])), ...flowPaths }, auth, fixtures, database)));
    const bare = await startBareServer(fixtures);
    servers.push(bare);

    const postHeaders = { ...auth, 'content-type': 'application/json' };
    const movesOn = new Map(loaded.map((board) => [board, apiMoveCycle(board)]));
    const change = (board: SeededBoard) => async () => {
      const move = nextMove(movesOn.get(board)!);
      const response = await fetch(app.url + move.path, { method: 'POST', headers: postHeaders, body: move.body });
      if (!response.ok) throw new Error(`POST ${move.path} answered ${response.status}: ${await response.text()}`);
    };
    const boardLoads = await withPeakRss(app, async () => {
      for (const board of loaded) {
        progress(`${database}: board load, ${board.cards} cards`);
        const floor = await measured({ url: `${bare.url}/boards/${board.cards}`, connections: 1, headers: auth }, plan.loadSeconds, plan);
        const real = await measured({ url: `${app.url}/api/v1/boards/${board.boardId}`, connections: 1, headers: auth }, plan.loadSeconds, plan);
        measures.push(failedBy(withinFactor(`${database}/board-load-${board.cards}-cards/median`, real.medianMs, 'ms', floor.medianMs, BOARD_LOAD_FACTOR), real.failed));
      }
      for (const board of loaded) {
        const urls = { real: `${app.url}/api/v1/boards/${board.boardId}`, floor: `${bare.url}/boards/${board.cards}` };
        const cold = await sampledGets(urls, auth, plan.samples, change(board));
        progress(`${database}: board load right after a change, ${board.cards} cards: median ${cold.medianMs.toFixed(2)} ms, baseline ${cold.floorMedianMs.toFixed(2)} ms`);
        measures.push(withinFactor(`${database}/board-load-${board.cards}-cards-after-a-change/median`, cold.medianMs, 'ms', cold.floorMedianMs, BOARD_LOAD_AFTER_A_CHANGE_FACTOR));
      }
    });
    measures.push(atMost(`${database}/server-rss-${largest.cards}-cards/peak`, boardLoads.peakMb, 'MB', 200, bare.rssMb()));

    // Each flow measure is also taken right after a move on a board it reads.
    const changes = {
      metrics: await flowBoardChange(app.url, seeded.flowBoardId, postHeaders),
      'portfolio-metrics': await flowBoardChange(app.url, seeded.flowPortfolio.boardIds[0]!, postHeaders),
    };
    for (const [name, path] of Object.entries(flowPaths)) {
      const urls = { real: `${app.url}/api/v1${path}`, floor: `${bare.url}/boards/${name}` };
      const label = name === 'portfolio-metrics' ? `${name}-${FLOW_PORTFOLIO_BOARDS}-boards-${FLOW_ITEMS}-items` : `${name}-${FLOW_ITEMS}-items`;
      for (const [when, before] of [['', undefined], ['-after-a-change', changes[name as keyof typeof changes] ?? changes.metrics]] as const) {
        progress(`${database}: ${label}${when ? ', each right after a move on a board it reads' : ''}`);
        const timed = await sampledGets(urls, auth, plan.samples, before);
        progress(`  median ${timed.medianMs.toFixed(2)} ms, baseline ${timed.floorMedianMs.toFixed(2)} ms`);
        measures.push(atMost(`${database}/${label}${when}/median`, timed.medianMs, 'ms', FLOW_ENDPOINT_MS, timed.floorMedianMs));
      }
    }

    progress(`${database}: moves at ${MOVE_CONNECTIONS} connections`);
    const appMoves = movesOn.get(largest)!;
    const floorMoves = moveCycle(largest.itemsByColumn, appMoves.columnIds, '');
    const floor = await measured({ url: bare.url, connections: MOVE_CONNECTIONS, headers: postHeaders, next: () => nextMove(floorMoves) }, plan.moveSeconds, plan);
    const real = await measured({ url: app.url, connections: MOVE_CONNECTIONS, headers: postHeaders, next: () => nextMove(appMoves) }, plan.moveSeconds, plan);
    measures.push(failedBy(atLeast(`${database}/move-${MOVE_CONNECTIONS}-connections/throughput`, real.perSecond, 'req/s', MOVE_TARGETS[database].perSecond, floor.perSecond), real.failed));
    measures.push(failedBy(atMost(`${database}/move-${MOVE_CONNECTIONS}-connections/p99`, real.p99Ms, 'ms', MOVE_TARGETS[database].p99Ms, floor.p99Ms), real.failed));

    measures.push(...(await mixedLoad(database, app, loaded[0]!, { headers: postHeaders, cycle: appMoves }, plan)));

    if (realtimeAvailable()) measures.push(...(await measureRealtime(database, app, largest, { headers: postHeaders, moves: () => nextMove(appMoves) }, plan)));
    try {
      measures.push(...(await measureBrowser(database, app.url, seeded.manager, seeded.boards.find((board) => board.cards === BROWSER_SIZE)!, plan)));
    } catch (error) {
      progress(`  the browser measures broke: ${(error as Error).stack}`);
      measures.push(notMeasured(`browser/${database}`, error));
    }
    return measures;
  } finally {
    for (const server of servers.reverse()) await server.stop();
    rmSync(fixtures, { recursive: true, force: true });
    await db.drop();
  }
}
