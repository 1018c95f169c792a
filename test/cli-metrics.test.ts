import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name: string) => `test/fixtures/flow-history/${name}.json`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the checkout's `./bin/portfolio-kanban` as a user would. */
function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('./bin/portfolio-kanban', args, { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

// Each case starts processes (tsx compiles on the fly), so cases run side by side with a generous timeout.
const slow = { timeout: 120_000 };

describe.concurrent('portfolio-kanban metrics', slow, () => {
  it('prints the §5 document with --json', async () => {
    const run = await cli('metrics', fixture('simple-board'), '--today', '2026-01-12', '--json');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const metrics = JSON.parse(run.stdout);
    expect(metrics).toMatchObject({ range: { from: '2026-01-05', to: '2026-01-09' }, today: '2026-01-12', committedColumn: 'doing', doneColumn: 'done' });
    expect(metrics.items[0]).toEqual({
      key: 'E-1',
      columnDates: { backlog: '2026-01-05', ready: '2026-01-06', doing: '2026-01-06', review: '2026-01-07', done: '2026-01-08' },
      start: '2026-01-06',
      finish: '2026-01-08',
      cycleTimeDays: 3,
      cycleTimeHours: 54,
      leadTimeDays: 4,
      ageDays: null,
      closed: null,
      blockedDays: 0,
      blockedHours: 12,
    });
    // E-4's open block runs from 01-09T10:00Z to the start of today.
    expect(metrics.items[3]).toMatchObject({ key: 'E-4', start: '2026-01-08', ageDays: 5, blockedDays: 3, blockedHours: 62 });
    expect(metrics.cfd.map((day: { counts: Record<string, number> }) => day.counts.doing)).toEqual([0, 1, 2, 3, 3]);
    expect(metrics.wip.map((day: { count: number }) => day.count)).toEqual([0, 1, 2, 2, 1]);
    expect(metrics.netFlow.map((day: { net: number }) => day.net)).toEqual([0, 1, 1, 0, -1]);
    expect(metrics.throughput).toEqual({
      daily: [{ date: '2026-01-08', count: 1 }, { date: '2026-01-09', count: 1 }],
      weekly: [{ week: '2026-01-05', count: 2 }],
    });
    expect(metrics.cycleTime.percentiles).toEqual({ '50': 3, '70': 3, '85': 3, '95': 3 });
    expect(metrics.aging).toEqual([{ key: 'E-4', column: 'doing', ageDays: 5 }]);
    // Active, unblocked hours over cycle-time hours: E-1 (54 − 12) and E-2 (48 − 0) over 54 + 48.
    expect(metrics.flowEfficiency.percent).toBeCloseTo((90 / 102) * 100, 10);
  });

  it('limits the document to --from and --to', async () => {
    const run = await cli('metrics', fixture('simple-board'), '--today', '2026-01-12', '--from', '2026-01-09', '--to', '2026-01-10', '--json');
    const metrics = JSON.parse(run.stdout);
    expect(metrics.range).toEqual({ from: '2026-01-09', to: '2026-01-10' });
    expect(metrics.netFlow[0]).toEqual({ date: '2026-01-09', arrivals: 3, departures: 2, net: 1 });
    expect(metrics.throughput.daily).toEqual([{ date: '2026-01-09', count: 1 }, { date: '2026-01-10', count: 0 }]);
  });

  it('prints readable tables and charts without --json', async () => {
    const run = await cli('metrics', fixture('simple-board'), '--today', '2026-01-12');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Range 2026-01-05 to 2026-01-09');
    expect(run.stdout).toContain('Cycle time of 2 items finished in the range (days): 50%: 3');
    expect(run.stdout).toContain('Cumulative flow');
    expect(run.stdout).toMatch(/E-4\s+doing\s+5/);
    expect(run.stdout).toContain('Flow efficiency: 88.2%');
  });

  it('names every bad path of an invalid file and exits 1', async () => {
    const run = await cli('metrics', fixture('invalid'), '--json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    for (const path of ['format:', 'board.columns[1].kind:', 'items[1].transitions[0].to:', 'items[2].createdAt:']) expect(run.stderr).toContain(path);
    expect(run.stderr).toContain('4 problems');
  });

  it('explains a missing file and malformed JSON, exiting 1', async () => {
    const [missing, notHistory, notJson] = await Promise.all([
      cli('metrics', 'test/fixtures/flow-history/nowhere.json'),
      cli('metrics', 'package.json'),
      cli('metrics', 'bin/portfolio-kanban'),
    ]);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('no such file') });
    expect(notHistory).toMatchObject({ code: 1, stderr: expect.stringContaining('not a valid flow history') });
    expect(notJson).toMatchObject({ code: 1, stderr: expect.stringContaining('is not valid JSON') });
  });

  it('treats usage mistakes as usage errors, exit 2', async () => {
    const [noFile, badDate, reversed, unknown] = await Promise.all([
      cli('metrics'),
      cli('metrics', fixture('simple-board'), '--from', '2026-13-01'),
      cli('metrics', fixture('simple-board'), '--from', '2026-01-09', '--to', '2026-01-08'),
      cli('metrics', fixture('simple-board'), '--colour'),
    ]);
    expect(noFile).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage: portfolio-kanban metrics FILE') });
    expect(badDate).toMatchObject({ code: 2, stderr: expect.stringContaining('--from') });
    expect(reversed).toMatchObject({ code: 2, stderr: expect.stringContaining('must not be after') });
    expect(unknown).toMatchObject({ code: 2 });
  });
});

describe.concurrent('portfolio-kanban forecast', slow, () => {
  it('answers "when" for --items with the documented JSON shape', async () => {
    // Sample space: the two finish days of the fixture, one item each, so every trial takes one item a day.
    const run = await cli('forecast', fixture('simple-board'), '--items', '3', '--seed', '7', '--json');
    expect(run.code).toBe(0);
    const forecast = JSON.parse(run.stdout);
    expect(forecast).toMatchObject({ mode: 'when', items: 3, trials: 10000, seed: 7, windowDays: 90 });
    expect(forecast.results).toEqual([50, 70, 85, 95].map((confidence) => ({ confidence, date: '2026-01-12' })));
  });

  it('defaults N to the unfinished items', async () => {
    const forecast = JSON.parse((await cli('forecast', fixture('simple-board'), '--trials', '100', '--json')).stdout);
    expect(forecast).toMatchObject({ mode: 'when', items: 2, trials: 100 });
    expect(forecast.results[0]).toEqual({ confidence: 50, date: '2026-01-11' });
  });

  it('answers "how many" for --until', async () => {
    const forecast = JSON.parse((await cli('forecast', fixture('simple-board'), '--until', '2026-01-14', '--window-days', '2', '--json')).stdout);
    expect(forecast).toMatchObject({ mode: 'how-many', until: '2026-01-14', windowDays: 2 });
    expect(forecast.results).toEqual([50, 70, 85, 95].map((confidence) => ({ confidence, items: 5 })));
  });

  it('repeats itself for a seed and prints a table without --json', async () => {
    const [first, second] = await Promise.all([1, 2].map(() => cli('forecast', fixture('simple-board'), '--items', '2', '--seed', '11')));
    expect(first!.code).toBe(0);
    expect(first!.stdout).toContain('seed 11');
    expect(first!.stdout).toMatch(/85%\s+2026-01-11/);
    expect(second!.stdout).toBe(first!.stdout);
  });

  it('explains a history without finished items, exiting 1', async () => {
    expect(await cli('forecast', fixture('nothing-finished'), '--items', '2')).toMatchObject({ code: 1, stderr: expect.stringContaining('No item has finished') });
  });

  it('treats usage mistakes as usage errors, exit 2', async () => {
    const [both, notNumber, noTrials, noFile] = await Promise.all([
      cli('forecast', fixture('simple-board'), '--items', '2', '--until', '2026-02-01'),
      cli('forecast', fixture('simple-board'), '--items', 'many'),
      cli('forecast', fixture('simple-board'), '--trials', '0'),
      cli('forecast'),
    ]);
    expect(both).toMatchObject({ code: 2, stderr: expect.stringContaining('not both') });
    expect(notNumber).toMatchObject({ code: 2, stderr: expect.stringContaining('--items') });
    expect(noTrials).toMatchObject({ code: 2, stderr: expect.stringContaining('--trials') });
    expect(noFile).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage: portfolio-kanban forecast FILE') });
  });
});
