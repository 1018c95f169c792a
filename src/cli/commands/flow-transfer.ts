import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Actor, AppContext } from '../../app/context';
import { loadFlowHistory } from '../../app/flow-data';
import { importFlowHistory } from '../../app/flow-import';
import { DomainError } from '../../domain/errors';
import { serializeFlowHistory } from '../../domain/flow-history';
import { normaliseEmail } from '../../app/accounts';
import { readFlowHistoryFile } from '../flow-history-input';
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

/** `import FILE [--portfolio ID] [--as EMAIL]`: the flow history becomes a new board, all of it or nothing. */
export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { portfolio: { type: 'string' }, as: { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new UsageError('give exactly one flow-history file to import');
  const history = await readFlowHistoryFile('import', positionals[0]!);
  if (!history) return 1;
  return withOfflineContext(async (ctx) => {
    const actor = await actingUser(ctx, values.as);
    const portfolioId = await targetPortfolio(ctx, actor, values.portfolio);
    try {
      const board = await importFlowHistory(ctx, actor, portfolioId, history);
      console.log(`Imported board "${board.name}" (id ${board.id}) with ${board.items.length} items into portfolio ${portfolioId}.`);
      return 0;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      console.error(`import: ${error.message}`);
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
