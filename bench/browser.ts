import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../e2e/support/browser';
import { signedInContext } from '../e2e/support/app';
import { pickUpByKeyboard } from '../e2e/support/drag';
import { percentile } from './load';
import { atMost, type Measure } from './measure';
import { progress, type Plan } from './plan';
import type { SeededBoard } from './seed';

/**
 * Builds the web app when a source changed, as the browser tests do (e2e/support/web-build.ts), but
 * with the build's output on stderr: stdout holds only the benchmark's JSON lines. It must run before
 * any server starts: a server serves the assets that were built when it started, and no others.
 */
export function ensureWebBuild(): void {
  execFileSync(process.execPath, ['--import', 'tsx', 'web/build.ts', '--if-stale'], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: ['ignore', process.stderr, process.stderr] });
}

// The functions given to page.evaluate run in the page, where the DOM is; the benchmark compiles
// without DOM types, so they reach it through `globalThis`.

/** Milliseconds from the start of navigation until the first column shows how many cards it holds. */
async function timeToInteractive(browser: Browser, baseUrl: string, user: { email: string; password: string }, board: SeededBoard): Promise<{ ms: number; page: Page }> {
  const context = await signedInContext(browser, baseUrl, user);
  const page = await context.newPage();
  const [first] = Object.values(board.columns);
  const cards = board.itemsByColumn.get(first!.id)!.length;
  const started = Date.now();
  await page.goto(`/boards/${board.boardId}`);
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  try {
    await page.getByRole('region', { name: first!.name, exact: true }).getByTestId('wip-count').getByText(String(cards)).waitFor();
  } catch (error) {
    // What the page showed instead says more than the timeout.
    const shown = (await page.locator('body').innerText().catch(() => '')).replace(/\s+/g, ' ').slice(0, 400);
    throw new Error(`${(error as Error).message.split('\n')[0]} at ${page.url()}; the page showed "${shown}"; errors: ${problems.join(' | ') || 'none'}`);
  }
  return { ms: Date.now() - started, page };
}

/** The JavaScript the page had loaded when its document was parsed, gzipped as a server would send it. */
async function initialJavaScriptBytes(page: Page): Promise<number> {
  const urls: string[] = await page.evaluate(() => {
    const performance = (globalThis as any).performance;
    const parsed = performance.getEntriesByType('navigation')[0].domContentLoadedEventStart;
    return performance
      .getEntriesByType('resource')
      .filter((entry: any) => entry.name.endsWith('.js') && entry.responseEnd <= parsed)
      .map((entry: any) => entry.name);
  });
  let bytes = 0;
  for (const url of urls) bytes += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length;
  return bytes;
}

/**
 * Moves the first card of `from` into `to` with the keyboard, as the board's drag and drop allows,
 * and answers the milliseconds from the drop until the frame after `to` counts one card more.
 */
async function dropRerender(page: Page, from: { name: string }, to: { name: string }): Promise<number> {
  const target = page.getByRole('region', { name: to.name, exact: true });
  const before = Number((await target.getByTestId('wip-count').textContent())!.match(/\d+/)![0]);
  const key = (await page.getByRole('region', { name: from.name, exact: true }).locator('.card-key').first().textContent())!;
  await pickUpByKeyboard(page, key);
  await page.keyboard.press('ArrowRight');
  await page.getByText(new RegExp(`is over column ${to.name}`)).waitFor({ state: 'attached' });
  await page.evaluate(
    ({ column, expected }) => {
      const document = (globalThis as any).document;
      const section = [...document.querySelectorAll('section.column')].find((s: any) => s.querySelector('.column-name')?.textContent === column);
      const count = section.querySelector('[data-testid="wip-count"]');
      (globalThis as any).rerendered = new Promise((resolve) => {
        let droppedAt = 0;
        document.addEventListener('keydown', () => (droppedAt = (globalThis as any).performance.now()), { capture: true, once: true });
        new ((globalThis as any).MutationObserver)((_: unknown, observer: any) => {
          if (!count.textContent.startsWith(String(expected))) return;
          observer.disconnect();
          (globalThis as any).requestAnimationFrame(() => resolve((globalThis as any).performance.now() - droppedAt));
        }).observe(count, { childList: true, subtree: true, characterData: true });
      });
    },
    { column: to.name, expected: before + 1 },
  );
  await page.keyboard.press('Space');
  return page.evaluate(() => (globalThis as any).rerendered as Promise<number>);
}

/**
 * The browser measures of issue 7 in Debian's Chromium against the real server: a board of `board`'s
 * size interactive from navigation (a first visit: fresh context, empty cache), the re-render after
 * a keyboard drop, and the JavaScript loaded before the first view.
 */
export async function measureBrowser(database: string, baseUrl: string, user: { email: string; password: string }, board: SeededBoard, plan: Plan): Promise<Measure[]> {
  progress(`${database}: browser, ${board.cards}-card board`);
  const browser = await launchChromium();
  try {
    const samples = Math.max(3, Math.ceil(plan.samples / 3));
    const loads: number[] = [];
    for (let i = 1; i < samples; i++) {
      const visit = await timeToInteractive(browser, baseUrl, user, board);
      loads.push(visit.ms);
      await visit.page.context().close();
    }
    const { ms, page } = await timeToInteractive(browser, baseUrl, user, board);
    loads.push(ms);
    const javascript = await initialJavaScriptBytes(page);
    const [from, to] = Object.values(board.columns);
    const drops: number[] = [];
    for (let i = 0; i < samples; i++) drops.push(await dropRerender(page, from!, to!));
    await page.context().close();
    const median = (values: number[]) => percentile(values.sort((a, b) => a - b), 50);
    progress(`  interactive after ${loads.map(Math.round).join(', ')} ms; drop re-rendered after ${drops.map(Math.round).join(', ')} ms; ${(javascript / 1024).toFixed(0)} KB of initial JavaScript`);
    return [
      atMost(`browser/${database}/board-${board.cards}-cards-interactive/median`, median(loads), 'ms', 1500),
      atMost(`browser/${database}/drop-rerender/median`, median(drops), 'ms', 100),
      atMost(`browser/${database}/initial-javascript-gzipped`, javascript / 1024, 'KB', 300),
    ];
  } finally {
    await browser.close();
  }
}
