import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportedPercentiles } from '../src/domain/metrics';
import { Client, setUpInstance } from './support/client';
import { DATABASES } from './support/databases';
import { startServer, type TestServer } from './support/server';

const epics = {
  format: 'portfolio-kanban/flow-history@1',
  board: {
    name: 'Epics',
    committedColumn: 'reviewing',
    columns: [
      { key: 'funnel', name: 'Funnel', kind: 'queue', wipLimit: null },
      { key: 'reviewing', name: 'Reviewing', kind: 'active', wipLimit: null },
      { key: 'analyzing', name: 'Analyzing', kind: 'active', wipLimit: null },
      { key: 'done', name: 'Done', kind: 'done', wipLimit: null },
    ],
  },
  items: [
    { key: 'E-1', title: 'One', createdAt: '2026-01-05T09:00:00Z', transitions: [{ to: 'reviewing', at: '2026-01-06T10:00:00Z' }, { to: 'done', at: '2026-01-09T10:00:00Z' }], blocks: [] },
    { key: 'E-2', title: 'Two', createdAt: '2026-01-05T09:00:00Z', transitions: [{ to: 'analyzing', at: '2026-01-07T09:00:00Z' }, { to: 'done', at: '2026-01-20T09:00:00Z' }], blocks: [] },
    { key: 'E-3', title: 'Three', createdAt: '2026-01-08T09:00:00Z', transitions: [{ to: 'reviewing', at: '2026-01-10T09:00:00Z' }], blocks: [] },
  ],
};

const features = {
  format: 'portfolio-kanban/flow-history@1',
  board: {
    name: 'Features',
    committedColumn: 'build',
    columns: [
      { key: 'ideas', name: 'Ideas', kind: 'queue', wipLimit: null },
      { key: 'shaping', name: 'Shaping', kind: 'active', wipLimit: null },
      { key: 'build', name: 'Build', kind: 'active', wipLimit: null },
      { key: 'shipped', name: 'Shipped', kind: 'done', wipLimit: null },
    ],
  },
  items: [
    { key: 'F-1', title: 'One', createdAt: '2026-01-02T09:00:00Z', transitions: [{ to: 'build', at: '2026-01-07T09:00:00Z' }, { to: 'shipped', at: '2026-01-08T09:00:00Z' }], blocks: [] },
    { key: 'F-2', title: 'Two', createdAt: '2026-01-06T09:00:00Z', transitions: [{ to: 'shaping', at: '2026-01-07T09:00:00Z' }, { to: 'build', at: '2026-01-11T09:00:00Z' }], blocks: [] },
    { key: 'F-3', title: 'Three', createdAt: '2026-01-09T09:00:00Z', transitions: [{ to: 'build', at: '2026-01-09T12:00:00Z' }, { to: 'shipped', at: '2026-01-12T09:00:00Z' }], blocks: [] },
  ],
};

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe.each(DATABASES)('portfolio-wide flow metrics over HTTP on %s', (database) => {
  let server: TestServer;
  let admin: Client;
  let portfolioId: string;
  let boardIds: string[];

  beforeAll(async () => {
    server = await startServer(database);
    admin = await setUpInstance(server.baseUrl);
    const portfolio = (await admin.post('/portfolios', { name: 'Flow', boardTemplate: 'simple' })).body;
    portfolioId = portfolio.id;
    const imported = [(await admin.post(`/portfolios/${portfolioId}/import`, epics)).body.id, (await admin.post(`/portfolios/${portfolioId}/import`, features)).body.id];
    // The portfolio's own, empty board takes part too: it adds nothing.
    boardIds = [portfolio.boards[0].id, ...imported];
  });
  afterAll(async () => server?.close());

  it('adds up the board documents of the same range, day by day and by phase', async () => {
    const range = 'from=2026-01-05&to=2026-01-15&today=2026-01-16';
    const response = await admin.get(`/portfolios/${portfolioId}/metrics?${range}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const metrics = response.body;
    const boards = await Promise.all(boardIds.map(async (id) => ({ document: (await admin.get(`/boards/${id}/metrics?${range}`)).body, columns: (await admin.get(`/boards/${id}`)).body.columns })));
    expect(metrics.range).toEqual({ from: '2026-01-05', to: '2026-01-15' });
    expect(metrics.wip).toHaveLength(11);
    metrics.wip.forEach((day: any, index: number) => {
      expect(day.count).toBe(sum(boards.map(({ document }) => document.wip[index].count)));
    });
    metrics.throughput.daily.forEach((day: any, index: number) => {
      expect(day.count).toBe(sum(boards.map(({ document }) => document.throughput.daily[index].count)));
    });
    metrics.cfd.forEach((day: any, index: number) => {
      const phase = (column: (board: (typeof boards)[number]) => string) => sum(boards.map((board) => board.document.cfd[index].counts[column(board)]));
      expect(day.counts).toEqual({
        notStarted: phase((board) => board.columns[0].key),
        inProgress: phase((board) => board.document.committedColumn),
        done: phase((board) => board.document.doneColumn),
      });
    });
    // E-2 finished on the 20th, outside the range: E-1 (4 days), F-1 (2) and F-3 (4) remain.
    const finished = boards.flatMap(({ document }) => document.items.filter((item: any) => item.finish !== null && item.finish <= '2026-01-15').map((item: any) => item.cycleTimeDays));
    expect(finished.sort()).toEqual([2, 4, 4]);
    expect(metrics.finished).toBe(3);
    expect(metrics.cycleTime.percentiles).toEqual(reportedPercentiles(finished));
    expect(metrics.boards.map((board: any) => [board.name, board.committedColumn, board.finished])).toEqual([
      ['Flow', 'in-progress', 0],
      ['Epics', 'reviewing', 1],
      ['Features', 'build', 2],
    ]);
  });

  it('shows the work in progress of a range in the past, not today\'s', async () => {
    const past = (await admin.get(`/portfolios/${portfolioId}/metrics?from=2025-06-01&to=2025-06-03&today=2026-01-16`)).body;
    expect(past.range).toEqual({ from: '2025-06-01', to: '2025-06-03' });
    expect(past.wip).toEqual([
      { date: '2025-06-01', count: 0 },
      { date: '2025-06-02', count: 0 },
      { date: '2025-06-03', count: 0 },
    ]);
    expect(past.cfd.every((day: any) => day.counts.notStarted === 0 && day.counts.inProgress === 0 && day.counts.done === 0)).toBe(true);
    expect(past.finished).toBe(0);
    expect(past.boards.every((board: any) => board.wip === 0 && board.finished === 0)).toBe(true);
  });

  it('runs from the earliest to the latest day of any board without a range, and refuses a reversed one', async () => {
    const whole = (await admin.get(`/portfolios/${portfolioId}/metrics?today=2026-01-31`)).body;
    expect(whole.range).toEqual({ from: '2026-01-02', to: '2026-01-20' });
    expect(whole.throughput.daily).toHaveLength(19);
    expect(sum(whole.throughput.daily.map((day: any) => day.count))).toBe(4);
    expect(whole.finished).toBe(4);
    const reversed = await admin.get(`/portfolios/${portfolioId}/metrics?from=2026-02-01&to=2026-01-01`);
    expect(reversed.status).toBe(400);
    expect(reversed.body.code).toBe('validation_failed');
  });
});
