import { open, type FileHandle } from 'node:fs/promises';
import { BackupError, BackupLines, readBackupHeader, restoreBackup, utf8Lines } from '../../app/backup';
import { configFromEnv, openConfiguredStore } from '../../server/config';
import { migrate } from '../../store/store';
import { describeRows, fileAndForce, progressOnStderr } from './backup';

/**
 * `restore FILE [--force]`: a backup into DATABASE_URL, all or nothing. The file's first line is
 * checked before the database is touched; the database is migrated, then must be empty unless
 * `--force`, which replaces everything in it.
 */
export async function restore(args: string[]): Promise<number> {
  const { file, force } = fileAndForce(args, 'the backup file to restore, e.g. backup.jsonl');
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    console.error(`restore: cannot read ${file}: ${reason}; check the path`);
    return 1;
  }
  try {
    const lines = new BackupLines(utf8Lines(handle.createReadStream({ autoClose: false })));
    const header = await readBackupHeader(lines);
    const store = await openConfiguredStore(configFromEnv());
    try {
      await migrate(store);
      const summary = await restoreBackup(store, header, lines, { force, progress: progressOnStderr('restore') });
      console.log(`Restored ${describeRows(summary)} from ${file}, a backup of ${header.createdAt}. Everyone signs in again; restart running servers.`);
      return 0;
    } finally {
      await store.close();
    }
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(`restore: ${error.message}`);
    return 1;
  } finally {
    await handle.close();
  }
}
