import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../web/src/metrics/number-format';
import { ADMIN, E2E_TIMEOUT_MS, browserSession, portfolioWithBoard, signedInContext } from './support/app';
import { seriousViolations } from './support/axe';

/** "Today" for ages and open blocks, fixed through the view's address so every number is repeatable. */
const TODAY = '2026-02-02';
const QUOTED_REASON = 'Waiting for "Ops", again';

type Move = [to: string, at: string];
type Block = { from: string; to: string | null; reason: string };

const at = (day: string, hour = 10) => `2026-${day}T${String(hour).padStart(2, '0')}:00:00Z`;
const flowItem = (key: string, created: string, transitions: Move[], blocks: Block[] = []) => ({
  key,
  title: `Work ${key}`,
  createdAt: created,
  transitions: transitions.map(([to, when]) => ({ to, at: when })),
  blocks,
});

/**
 * A board history (PRODUCT.md §7) with finished items of different cycle times, blocks with reasons (one
 * raised before commitment, which does not count, one still open, one whose reason needs CSV quoting),
 * items in progress in several columns and one never started.
 */
const HISTORY = {
  format: 'portfolio-kanban/flow-history@1',
  board: {
    name: 'Delivery flow',
    committedColumn: 'doing',
    timeZone: 'UTC',
    cycleTimeCounting: 'inclusive',
    columns: [
      { key: 'backlog', name: 'Backlog', kind: 'queue', wipLimit: null },
      { key: 'doing', name: 'Doing', kind: 'active', wipLimit: null },
      { key: 'waiting', name: 'Waiting', kind: 'queue', wipLimit: null },
      { key: 'review', name: 'Review', kind: 'active', wipLimit: null },
      { key: 'done', name: 'Done', kind: 'done', wipLimit: null },
    ],
  },
  items: [
    flowItem('F-1', at('01-02', 9), [['doing', at('01-05')], ['review', at('01-07')], ['done', at('01-08', 16)]], [{ from: at('01-06', 8), to: at('01-07', 8), reason: 'Vendor' }]),
    flowItem('F-2', at('01-02', 9), [['doing', at('01-06')], ['waiting', at('01-07')], ['review', at('01-09')], ['done', at('01-12', 16)]], [
      { from: at('01-07', 12), to: at('01-09', 9), reason: QUOTED_REASON },
    ]),
    flowItem('F-3', at('01-02', 9), [['doing', at('01-08')], ['done', at('01-08', 16)]]),
    flowItem('F-4', at('01-02', 9), [['doing', at('01-09')], ['review', at('01-13')], ['done', at('01-15', 16)]], [{ from: at('01-10', 9), to: at('01-13', 9), reason: 'Legal review' }]),
    flowItem('F-5', at('01-02', 9), [['doing', at('01-13')], ['done', at('01-16', 16)]]),
    flowItem('F-6', at('01-02', 9), [['doing', at('01-14')], ['review', at('01-19')], ['done', at('01-22', 16)]], [{ from: at('01-20', 9), to: at('01-21', 9), reason: 'Vendor' }]),
    flowItem('F-7', at('01-02', 9), [['doing', at('01-20')], ['done', at('01-23', 16)]]),
    flowItem('F-8', at('01-02', 9), [['doing', at('01-26')], ['done', at('01-29', 16)]]),
    flowItem('F-9', at('01-02', 9), [['doing', at('01-27')], ['done', at('01-30', 16)]]),
    flowItem('P-1', at('01-02', 9), [['doing', at('01-21')], ['review', at('01-26')]], [{ from: at('01-28', 9), to: null, reason: 'Legal review' }]),
    flowItem('P-2', at('01-02', 9), [['doing', at('01-29')]]),
    flowItem('P-3', at('01-02', 9), [['doing', at('01-30')], ['waiting', at('01-31')]]),
    flowItem('B-1', at('01-20', 9), [], [{ from: at('01-21', 9), to: at('01-22', 9), reason: 'Budget' }]),
  ],
};

const COLUMN_NAMES: Record<string, string> = Object.fromEntries(HISTORY.board.columns.map((column) => [column.key, column.name]));

/** A table cell as the view shows it. */
const shown = (value: string | number | null) => (value === null ? '—' : typeof value === 'number' ? formatNumber(value) : value);
const rowsOf = (rows: (string | number | null)[][]) => rows.map((row) => row.map(shown));
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Pixels in a clearly coloured (not grey) tone: series drawn, as opposed to axes, grid and labels only. */
async function colouredPixels(chart: Locator): Promise<number> {
  const canvas = chart.locator('canvas').first();
  await canvas.waitFor();
  // Typed by shape: the test runs in Node, whose types know no DOM.
  return canvas.evaluate((element: { width: number; height: number; getContext(kind: '2d'): { getImageData(...box: number[]): { data: Uint8ClampedArray } } }) => {
    const { data } = element.getContext('2d').getImageData(0, 0, element.width, element.height);
    let coloured = 0;
    for (let index = 0; index < data.length; index += 4) {
      const [red, green, blue, alpha] = [data[index]!, data[index + 1]!, data[index + 2]!, data[index + 3]!];
      if (alpha > 200 && Math.max(red, green, blue) - Math.min(red, green, blue) > 60) coloured++;
    }
    return coloured;
  });
}

/** The rows of a chart's data table (opening it first), each cell's text. */
async function tableRows(chart: Locator): Promise<string[][]> {
  const details = chart.locator('details');
  if (!(await details.evaluate((element: { open: boolean }) => element.open))) await details.locator('summary').click();
  await chart.locator('table').waitFor();
  return chart.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));
}

async function figures(chart: Locator): Promise<Record<string, string>> {
  const entries = await chart.locator('.metric-chart-summary div').evaluateAll((rows) => rows.map((row) => [row.querySelector('dt')!.textContent, row.querySelector('dd')!.textContent]));
  return Object.fromEntries(entries);
}

const chartOf = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

/** Checks a chart is drawn and its table holds `rows`. */
async function expectChart(page: Page, title: string, rows: string[][]) {
  const chart = chartOf(page, title);
  expect(await colouredPixels(chart), `${title} draws its series`).toBeGreaterThan(30);
  expect(await tableRows(chart), `${title} shows the API's numbers`).toEqual(rows);
  return chart;
}

/** A calendar date as the page shows it: medium style in the browser's own locale. */
const shownDay = (page: Page, date: string) =>
  page.evaluate((day) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`)), date);

async function coverage(page: Page, from: string, to: string, today: string) {
  return `Showing ${await shownDay(page, from)} to ${await shownDay(page, to)}; ages as of ${await shownDay(page, today)}.`;
}

const percentileFigures = (percentiles: Record<string, number | null>) =>
  Object.fromEntries(['50', '70', '85', '95'].map((p) => [`${p}th percentile`, percentiles[p] === null ? '—' : `${formatNumber(percentiles[p]!)} ${percentiles[p] === 1 ? 'day' : 'days'}`]));

describe('flow metrics in the browser', { timeout: E2E_TIMEOUT_MS }, () => {
  const session = browserSession();

  it("draws every chart of a board's metrics document with the API's numbers, downloads them, and keeps the range in the address", async () => {
    const { admin, portfolio } = await portfolioWithBoard(session.app.baseUrl, 'simple');
    const imported = await admin.post(`/portfolios/${portfolio.id}/import`, HISTORY);
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    const boardId = imported.body.id;
    const metrics = (await admin.get(`/boards/${boardId}/metrics?today=${TODAY}`)).body;
    // The history is rich enough for each chart to have something to show.
    expect(metrics.blockedTime.byReason.map((row: any) => row.reason).sort(byText)).toEqual(['Legal review', QUOTED_REASON, 'Vendor'].sort(byText));
    expect(metrics.aging).toHaveLength(3);

    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/boards/${boardId}/metrics?today=${TODAY}`);
    await page.getByRole('heading', { name: 'Flow of Delivery flow' }).waitFor();
    await page.getByRole('status').getByText(await coverage(page, metrics.range.from, metrics.range.to, TODAY)).waitFor();

    const columns = HISTORY.board.columns.map((column) => column.key);
    await expectChart(page, 'Cumulative flow', rowsOf(metrics.cfd.map((day: any) => [day.date, ...columns.map((key) => day.counts[key])])));
    const finished = metrics.items.filter((item: any) => item.finish !== null).sort((a: any, b: any) => byText(a.finish, b.finish));
    const scatter = await expectChart(page, 'Cycle time', rowsOf(finished.map((item: any) => [item.key, item.finish, item.cycleTimeDays])));
    expect(await figures(scatter)).toEqual(percentileFigures(metrics.cycleTime.percentiles));
    const histogram = await expectChart(page, 'Cycle time histogram', rowsOf(metrics.cycleTime.histogram.map((bar: any) => [bar.days, bar.count])));
    expect(await figures(histogram)).toEqual(percentileFigures(metrics.cycleTime.percentiles));
    const aging = [...metrics.aging].sort((a: any, b: any) => b.ageDays - a.ageDays || byText(a.key, b.key));
    await expectChart(page, 'Aging work in progress', rowsOf(aging.map((item: any) => [item.key, COLUMN_NAMES[item.column]!, item.ageDays])));
    const daily = await expectChart(page, 'Daily throughput', rowsOf(metrics.throughput.daily.map((day: any) => [day.date, day.count])));
    expect((await figures(daily)).Finished).toBe(String(finished.length));
    await expectChart(page, 'Weekly throughput', rowsOf(metrics.throughput.weekly.map((week: any) => [week.week, week.count])));
    await expectChart(page, 'Work in progress', rowsOf(metrics.wip.map((day: any) => [day.date, day.count])));
    await expectChart(page, 'Net flow', rowsOf(metrics.netFlow.map((day: any) => [day.date, day.arrivals, day.departures, day.net])));
    const reasons = metrics.blockedTime.byReason;
    const blocked = await expectChart(page, 'Blocked time by reason', rowsOf(reasons.map((row: any) => [row.reason, row.blocks, row.items, row.days, row.hours])));
    // The reasons add up to the items' blocked days (the block raised in the backlog counts for neither).
    const blockedDays = metrics.items.reduce((sum: number, item: any) => sum + item.blockedDays, 0);
    expect(reasons.reduce((sum: number, row: any) => sum + row.days, 0)).toBe(blockedDays);
    expect((await figures(blocked))['Blocked days in all']).toBe(formatNumber(blockedDays));
    const efficiency = [...metrics.flowEfficiency.items].sort((a: any, b: any) => byText(a.finish, b.finish));
    const flowEfficiency = await expectChart(page, 'Flow efficiency', rowsOf(efficiency.map((item: any) => [item.key, item.finish, item.workingHours, item.elapsedHours, item.percent])));
    expect(await figures(flowEfficiency)).toEqual({ 'Flow efficiency': `${formatNumber(metrics.flowEfficiency.percent)}%` });

    // Monte Carlo (PRODUCT.md §5): the view names the seed it got, so the same forecast can be asked again.
    const unfinished = metrics.items.filter((item: any) => item.finish === null).length;
    const when = chartOf(page, 'Forecast: when will the items be done');
    const whenRun = await when.getByRole('status').getByText(/seed \d+/).textContent();
    expect(whenRun).toContain(`When ${unfinished} more items will be done`);
    const whenForecast = (await admin.get(`/boards/${boardId}/forecast?today=${TODAY}&seed=${/seed (\d+)/.exec(whenRun!)![1]}`)).body;
    expect(await figures(when)).toEqual(Object.fromEntries(whenForecast.results.map((result: any) => [`${result.confidence}% confidence`, result.date])));
    let done = 0;
    const whenRows = whenForecast.distribution.map((day: any) => [day.date, day.trials, ((done += day.trials) / whenForecast.trials) * 100]);
    await expectChart(page, 'Forecast: when will the items be done', rowsOf(whenRows));

    const until = '2026-03-04';
    const howMany = chartOf(page, 'Forecast: how many items by a day');
    expect(await howMany.getByLabel('By the end of').inputValue()).toBe(until);
    const howManyRun = await howMany.getByRole('status').getByText(/seed \d+/).textContent();
    expect(howManyRun).toContain(`Items done by ${until}`);
    const howManyForecast = (await admin.get(`/boards/${boardId}/forecast?today=${TODAY}&until=${until}&seed=${/seed (\d+)/.exec(howManyRun!)![1]}`)).body;
    expect(await figures(howMany)).toEqual(Object.fromEntries(howManyForecast.results.map((result: any) => [`${result.confidence}% confidence`, `at least ${result.items} items`])));
    let reached = howManyForecast.trials;
    const howManyRows = howManyForecast.distribution.map((total: any) => {
      const row = [total.items, total.trials, (reached / howManyForecast.trials) * 100];
      reached -= total.trials;
      return row;
    });
    await expectChart(page, 'Forecast: how many items by a day', rowsOf(howManyRows));
    // Asking for a given number of items answers that question.
    await when.getByLabel(/Items to finish/).fill('2');
    await when.getByRole('button', { name: 'Forecast', exact: true }).click();
    await when.getByRole('status').getByText(/^When 2 more items will be done: .*seed \d+/).waitFor();

    expect(await seriousViolations(page)).toEqual([]);

    // Downloads: the CSV holds the chart's numbers (RFC 4180: the quoted reason keeps its comma and quotes).
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), blocked.getByRole('button', { name: /Download CSV/ }).click()]);
    expect(csvDownload.suggestedFilename()).toBe('flow-delivery-flow-blocked-time.csv');
    const csvField = (reason: string) => (reason === QUOTED_REASON ? '"Waiting for ""Ops"", again"' : reason);
    expect(await readFile((await csvDownload.path())!, 'utf8')).toBe(
      ['Reason,Blocks,Items,Blocked days,Blocked hours', ...reasons.map((row: any) => [csvField(row.reason), row.blocks, row.items, row.days, row.hours].join(','))].map((line) => `${line}\r\n`).join(''),
    );
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), chartOf(page, 'Cumulative flow').getByRole('button', { name: /Download PNG/ }).click()]);
    expect(pngDownload.suggestedFilename()).toBe('flow-delivery-flow-cumulative-flow.png');
    const png = await readFile((await pngDownload.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(2000);

    // A chosen range goes to the API as from/to, into the address, and survives a reload.
    const ranged = (await admin.get(`/boards/${boardId}/metrics?today=${TODAY}&from=2026-01-12&to=2026-01-25`)).body;
    const form = page.getByRole('form', { name: 'Range of the metrics' });
    await form.getByLabel('From').fill('2026-01-12');
    await form.getByLabel('To').fill('2026-01-25');
    await form.getByRole('button', { name: 'Show' }).click();
    await page.getByRole('status').getByText(await coverage(page, '2026-01-12', '2026-01-25', TODAY)).waitFor();
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ from: '2026-01-12', to: '2026-01-25', today: TODAY });
    const rangedFinished = ranged.items.filter((item: any) => item.finish !== null && item.finish >= '2026-01-12' && item.finish <= '2026-01-25');
    const rangedRows = rowsOf(rangedFinished.sort((a: any, b: any) => byText(a.finish, b.finish)).map((item: any) => [item.key, item.finish, item.cycleTimeDays]));
    expect(rangedRows.length).toBeLessThan(finished.length);
    await expectChart(page, 'Cycle time', rangedRows);
    await page.reload();
    await page.getByRole('status').getByText(await coverage(page, '2026-01-12', '2026-01-25', TODAY)).waitFor();
    expect(await form.getByLabel('From').inputValue()).toBe('2026-01-12');
    expect(await form.getByLabel('To').inputValue()).toBe('2026-01-25');
    await expectChart(page, 'Daily throughput', rowsOf(ranged.throughput.daily.map((day: any) => [day.date, day.count])));
    await expectChart(page, 'Cumulative flow', rowsOf(ranged.cfd.map((day: any) => [day.date, ...columns.map((key) => day.counts[key])])));

    // A range that ends before it starts is refused in the form, before asking the server.
    await form.getByLabel('From').fill('2026-01-30');
    await form.getByRole('button', { name: 'Show' }).click();
    await form.getByRole('alert').getByText('The range cannot start (2026-01-30) after it ends (2026-01-25).').waitFor();
    expect(new URL(page.url()).searchParams.get('from')).toBe('2026-01-12');
    await context.close();
  });

  it('says in a sentence why a board where nothing has finished yet has no forecast', async () => {
    const { admin, board } = await portfolioWithBoard(session.app.baseUrl, 'simple');
    expect((await admin.post(`/boards/${board.id}/items`, { title: 'Not started' })).status).toBe(201);
    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/boards/${board.id}/metrics`);
    for (const title of ['Forecast: when will the items be done', 'Forecast: how many items by a day']) {
      const placeholder = chartOf(page, title).locator('.metric-chart-placeholder');
      await expect.poll(() => placeholder.textContent()).toBe('No item has finished yet, so there is no throughput to sample.');
    }
    await context.close();
  });

  it("shows the portfolio's flow over all its boards for a chosen range, reached from the portfolio page", async () => {
    const { admin, portfolio } = await portfolioWithBoard(session.app.baseUrl, 'simple');
    const imported = await admin.post(`/portfolios/${portfolio.id}/import`, HISTORY);
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    const metrics = (await admin.get(`/portfolios/${portfolio.id}/metrics?today=${TODAY}`)).body;
    expect(metrics.boards.map((board: any) => board.name)).toContain('Delivery flow');

    const context = await signedInContext(session.browser, session.app.baseUrl, ADMIN);
    const page = await context.newPage();
    await page.goto(`/portfolios/${portfolio.id}`);
    await page.getByRole('link', { name: 'Flow metrics of the portfolio' }).click();
    await page.getByRole('heading', { name: `Flow of the ${portfolio.name} portfolio` }).waitFor();
    // The address carries "today" so that ages match the API's answer above.
    await page.goto(`${new URL(page.url()).pathname}?today=${TODAY}`);
    await page.getByRole('status').getByText(await coverage(page, metrics.range.from, metrics.range.to, TODAY)).waitFor();
    const headline = await page.locator('.figures div').evaluateAll((rows) => rows.map((row) => [row.querySelector('dt')!.textContent, row.querySelector('dd')!.textContent]));
    expect(Object.fromEntries(headline)).toEqual({
      Finished: String(metrics.finished),
      'In progress at the end': String(metrics.wip.at(-1).count),
      ...Object.fromEntries(Object.entries(percentileFigures(metrics.cycleTime.percentiles)).map(([label, value]) => [`Cycle time, ${label}`, value])),
    });
    await expectChart(page, 'Cumulative flow by phase', rowsOf(metrics.cfd.map((day: any) => [day.date, day.counts.notStarted, day.counts.inProgress, day.counts.done])));
    await expectChart(page, 'Work in progress', rowsOf(metrics.wip.map((day: any) => [day.date, day.count])));
    await expectChart(page, 'Daily throughput', rowsOf(metrics.throughput.daily.map((day: any) => [day.date, day.count])));
    await expectChart(page, 'Finished and in progress per board', rowsOf(metrics.boards.map((board: any) => [board.name, board.finished, board.wip])));
    const perBoard = await expectChart(
      page,
      'Cycle time per board',
      rowsOf(metrics.boards.map((board: any) => [board.name, ...['50', '70', '85', '95'].map((p) => board.cycleTimePercentiles[p])])),
    );
    expect(await figures(perBoard)).toEqual(percentileFigures(metrics.cycleTime.percentiles));
    expect(await seriousViolations(page)).toEqual([]);

    // A chosen range reaches the API and every chart: the work in progress of those days, not today's.
    const ranged = (await admin.get(`/portfolios/${portfolio.id}/metrics?today=${TODAY}&from=2026-01-12&to=2026-01-25`)).body;
    const form = page.getByRole('form', { name: 'Range of the metrics' });
    await form.getByLabel('From').fill('2026-01-12');
    await form.getByLabel('To').fill('2026-01-25');
    await form.getByRole('button', { name: 'Show' }).click();
    await page.getByRole('status').getByText(await coverage(page, '2026-01-12', '2026-01-25', TODAY)).waitFor();
    await expectChart(page, 'Work in progress', rowsOf(ranged.wip.map((day: any) => [day.date, day.count])));
    await expectChart(page, 'Cumulative flow by phase', rowsOf(ranged.cfd.map((day: any) => [day.date, day.counts.notStarted, day.counts.inProgress, day.counts.done])));
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), chartOf(page, 'Daily throughput').getByRole('button', { name: /Download CSV/ }).click()]);
    expect(await readFile((await csvDownload.path())!, 'utf8')).toBe(['Date,Finished', ...ranged.throughput.daily.map((day: any) => `${day.date},${day.count}`)].map((line) => `${line}\r\n`).join(''));

    // Each board's own view is one click away, with the same range.
    await page.getByRole('link', { name: 'Flow of Delivery flow' }).click();
    await page.getByRole('heading', { name: 'Flow of Delivery flow' }).waitFor();
    expect(new URL(page.url()).searchParams.get('from')).toBe('2026-01-12');
    await context.close();
  });
});
