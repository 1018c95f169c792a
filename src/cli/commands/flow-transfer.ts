import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Actor, AppContext } from '../../app/context';
import { loadFlowHistory } from '../../app/flow-data';
import { importFlowHistory } from '../../app/flow-import';
import { DomainError } from '../../domain/errors';
import { serializeFlowHistory } from '../../domain/flow-history';
import { normaliseEmail } from '../../app/accounts';
import { readFlowHistoryFile, readJsonFile, readTextFile } from '../flow-history-input';
import { IMPORT_FORMATS, importFromTool, type ImportFormat } from '../../app/imports';
import type { ImportReport } from '../../domain/importers/import-plan';
import { CSV_FIELDS } from '../../domain/importers/csv';
import { withOfflineContext } from '../offline-context';
import { UsageError } from '../usage-error';

/** The user a command acts as: `--as EMAIL`, or the first instance admin. */
async function actingUser(ctx: AppContext, email: string | undefined): Promise<Actor> {
  let query = ctx.store.db.selectFrom('users').select(['id', 'is_admin']);
  query = email ? query.where('email', '=', normaliseEmail(email)) : query.where('is_admin', '=', 1).orderBy('created_at');
  const user = await query.executeTakeFirst();
  if (!user) throw new UsageError(email ? `no user with the e-mail ${email}` : 'no instance admin yet: run "user add --admin" first or pass --as EMAIL');
  return { userId: user.id, isAdmin: user.is_admin === 1, at: new Date().toISOString() };
}

/** The portfolio to import into: `--portfolio ID`, or the acting user's only portfolio. */
async function targetPortfolio(ctx: AppContext, actor: Actor, id: string | undefined): Promise<string> {
  if (id) return id;
  const portfolios = await ctx.store.db
    .selectFrom('portfolios')
    .innerJoin('memberships', 'memberships.portfolio_id', 'portfolios.id')
    .select(['portfolios.id', 'portfolios.name'])
    .distinct()
    .where('memberships.user_id', '=', actor.userId)
    .execute();
  if (portfolios.length === 1) return portfolios[0]!.id;
  const listing = portfolios.map((p) => `  ${p.id}  ${p.name}`).join('\n');
  throw new UsageError(portfolios.length ? `say which portfolio with --portfolio ID:\n${listing}` : 'the acting user is a member of no portfolio; create one first or pass --as EMAIL');
}

/** "Name=Value" pairs of `--map` ("Source status=Column") or `--field` ("title=Column"), as a mapping. */
function pairsOption(flag: string, example: string, pairs: string[] | undefined): Record<string, string> | undefined {
  if (!pairs?.length) return undefined;
  return Object.fromEntries(
    pairs.map((pair) => {
      // --map splits at its last "=", a status may hold one; --field at its first, a column may.
      const at = flag === '--map' ? pair.lastIndexOf('=') : pair.indexOf('=');
      if (at <= 0 || at === pair.length - 1) throw new UsageError(`${flag} takes "${example}" (got "${pair}")`);
      return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    }),
  );
}

/** The formats read as text rather than JSON. */
const TEXT_FORMATS: readonly string[] = ['jira-csv', 'csv'];

/** A refused import, with its fields, and the flag that fixes a field mapping. */
function printRefusal(error: DomainError): void {
  console.error(`import: ${error.message}`);
  const fields = ((error.details.errors ?? []) as { field: string }[]).filter((e) => e.field.startsWith('mapping.fields.'));
  if (fields.length) console.error(`import: name the file's columns with --field, e.g. --field title="Summary" --field status="Status" (fields: ${CSV_FIELDS.join(', ')}).`);
}

function printReport(report: ImportReport): void {
  console.log(`${report.items} items into ${report.columns.length} columns:`);
  for (const column of report.columns) console.log(`  ${column.name} (${column.kind})${column.from.length > 1 || column.from[0] !== column.name ? ` ← ${column.from.join(', ')}` : ''}`);
  if (report.unmappedStatuses.length) console.log(`Not named by --map (each gets its own column): ${report.unmappedStatuses.join(', ')}`);
  for (const person of report.people) console.log(`  ${person.source}: ${person.name ? `matched to ${person.name}` : 'not a member here'}`);
  for (const warning of report.warnings) console.log(`Warning: ${warning}`);
}

/**
 * `import FILE [--format flow-history|trello|jira|jira-csv|csv] [--map "Status=Column"]… [--field title=Column]… [--dry-run] [--portfolio ID] [--as EMAIL]`:
 * the file becomes a new board, all of it or nothing; a dry run prints what would be imported.
 */
export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      portfolio: { type: 'string' }, as: { type: 'string' }, format: { type: 'string', default: 'flow-history' },
      map: { type: 'string', multiple: true }, field: { type: 'string', multiple: true }, 'dry-run': { type: 'boolean', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError('give exactly one file to import');
  const format = values.format!;
  if (format !== 'flow-history' && !(IMPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be flow-history, ${IMPORT_FORMATS.slice(0, -1).join(', ')} or ${IMPORT_FORMATS.at(-1)} (got "${format}")`);
  if (format === 'flow-history' && (values.map?.length || values['dry-run'])) throw new UsageError(`--map and --dry-run apply to --format ${IMPORT_FORMATS.join(', ')}`);
  if (format !== 'csv' && values.field?.length) throw new UsageError('--field applies to --format csv: it names the column of each field, e.g. --field title="Summary"');
  const columns = pairsOption('--map', 'Source status=Column name', values.map);
  const fields = pairsOption('--field', 'field=Column name', values.field);
  const mapping = columns || fields ? { ...(columns && { columns }), ...(fields && { fields }) } : undefined;
  const file = positionals[0]!;
  const content =
    format === 'flow-history' ? await readFlowHistoryFile('import', file) : TEXT_FORMATS.includes(format) ? await readTextFile('import', file) : (await readJsonFile('import', file))?.json;
  if (content === null || content === undefined) return 1;
  return withOfflineContext(async (ctx) => {
    const actor = await actingUser(ctx, values.as);
    const portfolioId = await targetPortfolio(ctx, actor, values.portfolio);
    try {
      if (format === 'flow-history') {
        const board = await importFlowHistory(ctx, actor, portfolioId, content);
        console.log(`Imported board "${board.name}" (id ${board.id}) with ${board.items.length} items into portfolio ${portfolioId}.`);
        return 0;
      }
      // The command waits for the import however large: it is the job.
      const result = await importFromTool(ctx, actor, portfolioId, { format: format as ImportFormat, content, ...(mapping ? { mapping } : {}), dryRun: values['dry-run'] }, { largeAsJob: false });
      if ('job' in result) throw new Error('an import run from the command line never runs as a job');
      printReport(result.report);
      if (result.dryRun) console.log('Dry run: nothing was imported.');
      else console.log(`Imported board "${result.board.name}" (id ${result.board.id}) with ${result.board.items.length} items into portfolio ${portfolioId}.`);
      return 0;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      printRefusal(error);
      return 1;
    }
  });
}

/** `export BOARD [--out FILE]`: the board's flow history, to standard output or a file. */
export async function exportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { out: { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new UsageError('give the id of the board to export');
  return withOfflineContext(async (ctx) => {
    try {
      const document = serializeFlowHistory(await loadFlowHistory(ctx.store.db, positionals[0]!));
      if (values.out) await writeFile(values.out, document + '\n');
      else process.stdout.write(document + '\n');
      return 0;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      console.error(`export: ${error.message}`);
      return 1;
    }
  });
}
