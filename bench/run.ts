import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATABASES } from '../test/support/databases';
import { ensureWebBuild } from './browser';
import { benchDatabase } from './database-suite';
import { benchFlowDomain } from './flow-domain';
import { benchJiraImport } from './jira-import';
import type { Measure } from './measure';
import { FULL, progress, QUICK } from './plan';
import { appendResults, machine } from './results-file';

/**
 * `npm run bench [-- --quick] [-- --postgres] [-- --profile] [-- --imports]`: one JSON line per measure on stdout,
 * progress on stderr, a dated table appended to bench/RESULTS.md; exits 1 when a target is missed.
 * `--profile` makes the real server write V8 CPU profiles (open them in Chrome DevTools); `--imports`
 * measures only the import of a large Jira file.
 */
const args = process.argv.slice(2);
const unknown = args.filter((arg) => !['--quick', '--postgres', '--profile', '--imports'].includes(arg));
if (unknown.length > 0) {
  console.error(`unknown option ${unknown.join(' ')}; usage: npm run bench [-- --quick] [-- --postgres] [-- --profile] [-- --imports]`);
  process.exit(2);
}
const plan = { ...(args.includes('--quick') ? QUICK : FULL), profileDir: args.includes('--profile') ? mkdtempSync(join(tmpdir(), 'pk-profile-')) : null };
const databases = DATABASES.filter((database) => database === 'sqlite' || args.includes('--postgres'));
const startedAt = new Date();
const loadAtStart = loadavg()[0]!;
const importsOnly = args.includes('--imports');
progress(`${plan.name} benchmark on ${machine()}`);
if (!importsOnly) ensureWebBuild();

const measures: Measure[] = [];
const record = (measure: Measure) => {
  console.log(JSON.stringify(measure));
  measures.push(measure);
};
if (!importsOnly) benchFlowDomain(plan).forEach(record);
for (const database of databases) {
  if (!importsOnly) (await benchDatabase(database, plan)).forEach(record);
  (await benchJiraImport(database)).forEach(record);
}
appendResults(measures, plan, databases, startedAt, { atStart: loadAtStart, atEnd: loadavg()[0]! });
const missed = measures.filter((m) => !m.pass);
if (plan.profileDir) progress(`CPU profiles of the server: ${plan.profileDir}`);
progress(`${measures.length - missed.length} of ${measures.length} targets met in ${Math.round((Date.now() - startedAt.getTime()) / 1000)} s; appended to bench/RESULTS.md`);
process.exitCode = missed.length === 0 ? 0 : 1;
