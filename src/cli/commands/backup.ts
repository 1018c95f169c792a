import { rmSync } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { constants } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError, writeBackup, type CopySummary, type Progress } from '../../app/backup';
import { configFromEnv, openConfiguredStore } from '../../server/config';
import { migrate } from '../../store/store';
import { UsageError } from '../usage-error';

/** The one FILE and the `--force` flag that `backup` and `restore` take. */
export function fileAndForce(args: string[], what: string): { file: string; force: boolean } {
  const { values, positionals } = parseArgs({ args, options: { force: { type: 'boolean', default: false } }, allowPositionals: true, strict: true });
  if (positionals.length === 0) throw new UsageError(`give ${what}`);
  if (positionals.length > 1) throw new UsageError(`one file at a time (got ${positionals.join(', ')})`);
  return { file: positionals[0]!, force: values.force };
}

/** Progress on stderr at most once a second: quick runs stay quiet, long ones show they are alive. */
export function progressOnStderr(command: string): Progress {
  let last = Date.now();
  return (table, rows, finished) => {
    if (Date.now() - last < 1000) return;
    last = Date.now();
    console.error(`${command}: ${table}: ${rows.toLocaleString('en')} rows${finished ? '' : ' so far'}`);
  };
}

export function describeRows(summary: CopySummary): string {
  const total = Object.values(summary.rows).reduce((sum, count) => sum + count, 0);
  return `${total.toLocaleString('en')} rows in ${Object.keys(summary.rows).length} tables (schema ${summary.schemaVersion})`;
}

function fileProblem(file: string, error: NodeJS.ErrnoException): BackupError {
  const reason = error.code === 'ENOENT' ? `the folder ${dirname(file)} does not exist` : error.message;
  return new BackupError(`cannot write ${file}: ${reason}; check the path`);
}

/**
 * Writes FILE through a temporary file beside it, renamed over FILE only once complete and on disk:
 * a failed or interrupted backup never leaves a partial file under the name. Owner-only permissions,
 * because a backup holds password digests and the session secret.
 */
async function writeAtomically<T>(file: string, work: (write: (text: string) => Promise<void>) => Promise<T>): Promise<T> {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.partial`);
  const handle = await open(temporary, 'wx', 0o600).catch((error: NodeJS.ErrnoException) => {
    throw fileProblem(file, error);
  });
  // Interrupted (Ctrl-C, a stopping service): the partial file goes too.
  const abandon = (signal: NodeJS.Signals) => {
    rmSync(temporary, { force: true });
    process.exit(128 + constants.signals[signal]);
  };
  process.once('SIGINT', abandon).once('SIGTERM', abandon);
  let closed = false;
  try {
    const result = await work(async (text) => void (await handle.write(text)));
    await handle.sync();
    await handle.close();
    closed = true;
    await rename(temporary, file);
    return result;
  } catch (error) {
    if (!closed) await handle.close();
    await rm(temporary, { force: true });
    throw error;
  } finally {
    process.off('SIGINT', abandon).off('SIGTERM', abandon);
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? false : Promise.reject(error)),
  );
}

/** `backup FILE [--force]`: the whole database (DATABASE_URL) as one consistent snapshot, in portfolio-kanban/backup@1. */
export async function backup(args: string[]): Promise<number> {
  const { file, force } = fileAndForce(args, 'the file to write the backup to, e.g. backup.jsonl');
  if (!force && (await exists(file))) {
    console.error(`backup: ${file} already exists; pass --force to replace it, or choose another name`);
    return 1;
  }
  const store = await openConfiguredStore(configFromEnv());
  try {
    await migrate(store);
    const summary = await writeAtomically(file, (write) => writeBackup(store, write, { at: new Date(), progress: progressOnStderr('backup') }));
    console.log(`Backed up ${describeRows(summary)} to ${file}. Sign-in sessions are not included.`);
    return 0;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(`backup: ${error.message}`);
    return 1;
  } finally {
    await store.close();
  }
}
