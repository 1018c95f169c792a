import { createDatabase, type DATABASES } from '../test/support/databases';
import { setUpInstance } from '../test/support/client';
import { jiraIssuesFromFlowHistory } from '../test/support/jira-from-flow-history';
import { flowHistoryFixture } from './flow-history-fixture';
import { atMost, notMeasured, type Measure } from './measure';
import { progress } from './plan';
import { readFileSync } from 'node:fs';
import { startAppServer, withPeakRss } from './server-process';

/** CPU seconds a process has used (user and system), from /proc: unlike wall time, not stretched by other work on a shared machine. */
function cpuSecondsOf(pid: number): number {
  // Fields after the command name (which may hold spaces, in parentheses): utime and stime are the 12th and 13th, in clock ticks of 1/100 s.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Issue 14: a Jira file of this many issues with their changelogs imports within the time limit. */
const JIRA_ISSUES = 20_000;
const IMPORT_SECONDS = 60;
/** The server's memory while it holds the parsed file and writes the board: the body alone is tens of megabytes. */
const IMPORT_RSS_MB = 1024;

/**
 * Imports a year of flow told as Jira issues (eight status changes each, one in ten flagged for a
 * day) into a fresh server over HTTP, as the web app does: one POST answered 202, then the job polled
 * until it has succeeded. Measures the time from the POST to success and the server's peak RSS.
 */
export async function benchJiraImport(database: (typeof DATABASES)[number]): Promise<Measure[]> {
  const db = await createDatabase(database);
  const app = await startAppServer(db.url, null);
  try {
    const admin = await setUpInstance(app.url);
    const portfolio = await admin.post('/portfolios', { name: 'Jira import', template: 'small', boardTemplate: 'simple' });
    const body = JSON.stringify({ format: 'jira', content: jiraIssuesFromFlowHistory(flowHistoryFixture(JIRA_ISSUES, new Date('2026-12-01T00:00:00Z'))) });
    progress(`${database}: importing ${JIRA_ISSUES} Jira issues with their changelogs (${(Buffer.byteLength(body) / 2 ** 20).toFixed(1)} MB of JSON)`);
    const headers = { 'content-type': 'application/json', cookie: admin.sessionCookie ?? '' };
    const started = Date.now();
    const cpuBefore = cpuSecondsOf(app.pid);
    const { result: job, peakMb } = await withPeakRss(app, async () => {
      const accepted = await fetch(`${app.url}/api/v1/portfolios/${portfolio.body.id}/imports`, { method: 'POST', headers, body });
      if (accepted.status !== 202) throw new Error(`the import answered ${accepted.status}: ${(await accepted.text()).slice(0, 500)}`);
      const location = accepted.headers.get('location')!;
      for (;;) {
        const state = (await (await fetch(app.url + location, { headers })).json()) as { state: string; processed: number; total: number; errors?: unknown };
        if (state.state === 'failed') throw new Error(`the import failed: ${JSON.stringify(state.errors).slice(0, 500)}`);
        if (state.state === 'succeeded') return state;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    });
    const seconds = (Date.now() - started) / 1000;
    const cpuSeconds = cpuSecondsOf(app.pid) - cpuBefore;
    progress(`  ${job.total} issues imported in ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s of the server's CPU), peak RSS ${peakMb.toFixed(0)} MB`);
    const name = `${database}/jira-import-${JIRA_ISSUES}-issues`;
    return [atMost(`${name}/seconds`, seconds, 's', IMPORT_SECONDS), atMost(`${name}/server-cpu-seconds`, cpuSeconds, 's', IMPORT_SECONDS), atMost(`${name}/server-rss-peak`, peakMb, 'MB', IMPORT_RSS_MB)];
  } catch (error) {
    progress(`  the Jira import broke: ${(error as Error).stack}`);
    return [notMeasured(`${database}/jira-import-${JIRA_ISSUES}-issues`, error)];
  } finally {
    await app.stop();
    await db.drop();
  }
}
