import { openStore } from '../src/store/store';
import { createUserClient, setUpInstance, type Client } from '../test/support/client';
import { createPortfolio, type Column, type PortfolioFixture } from '../test/support/portfolio';
import { insertItems } from './bulk-items';
import { flowHistoryFixture } from './flow-history-fixture';

export type SeededBoard = { cards: number; boardId: string; columns: Record<string, Column>; itemsByColumn: Map<string, string[]> };
export type Seeded = {
  token: string;
  manager: { email: string; password: string };
  boards: SeededBoard[];
  flowBoardId: string;
  /** A portfolio of several imported boards sharing `flowItems` items, and its boards. */
  flowPortfolio: { id: string; boardIds: string[] };
};

/** The password createUserClient gives every user it creates. */
const USER_PASSWORD = 'user-password';

/** A portfolio of the simple template (no WIP limits, no gates) in which `managerId` is a project manager. */
async function managedPortfolio(admin: Client, name: string, managerId: string): Promise<PortfolioFixture> {
  const fixture = await createPortfolio(admin, { name, template: 'enterprise', boardTemplate: 'simple' });
  const member = await admin.put(`/portfolios/${fixture.portfolio.id}/members/${managerId}`, { roles: ['project_manager'] });
  if (member.status !== 200) throw new Error(`membership failed: ${member.status} ${JSON.stringify(member.body)}`);
  return fixture;
}

/**
 * Sets up a fresh instance through the API — admin, a project manager with an API token, one
 * portfolio per board size — then writes the cards straight into the database in bulk, spread evenly
 * over the columns. A last portfolio gets a board imported (one request) from a year of flow history
 * with `flowItems` items of eight moves each, for the metrics; another gets `flowBoards` such boards
 * sharing `flowItems` items between them, for the portfolio-wide metrics.
 */
export async function seed(baseUrl: string, databaseUrl: string, sizes: readonly number[], flowItems: number, flowBoards: number): Promise<Seeded> {
  const admin = await setUpInstance(baseUrl);
  const adminId: string = (await admin.get('/auth/me')).body.id;
  const manager = await createUserClient(admin, 'Project Manager');
  const created = await manager.client.post('/tokens', { name: 'bench' });
  if (created.status !== 201) throw new Error(`token creation failed: ${created.status} ${JSON.stringify(created.body)}`);

  const boards: SeededBoard[] = [];
  const store = await openStore(databaseUrl);
  try {
    for (const cards of sizes) {
      const fixture = await managedPortfolio(admin, `${cards} cards`, manager.id);
      const itemsByColumn = await insertItems(store.db, {
        portfolioId: fixture.portfolio.id,
        boardId: fixture.boardId,
        columnIds: Object.values(fixture.columns).map((column) => column.id),
        count: cards,
        createdBy: adminId,
        at: new Date().toISOString(),
      });
      boards.push({ cards, boardId: fixture.boardId, columns: fixture.columns, itemsByColumn });
    }
  } finally {
    await store.close();
  }

  const flow = await managedPortfolio(admin, 'Flow', manager.id);
  const flowBoardId = await importFlow(admin, flow.portfolio.id, flowItems);
  const many = await managedPortfolio(admin, 'Many boards', manager.id);
  const boardIds: string[] = [];
  for (let board = 0; board < flowBoards; board++) boardIds.push(await importFlow(admin, many.portfolio.id, flowItems / flowBoards));
  return { token: created.body.token, manager: { email: manager.email, password: USER_PASSWORD }, boards, flowBoardId, flowPortfolio: { id: many.portfolio.id, boardIds } };
}

async function importFlow(admin: Client, portfolioId: string, items: number): Promise<string> {
  const imported = await admin.post(`/portfolios/${portfolioId}/import`, flowHistoryFixture(items, new Date()));
  if (imported.status !== 201) throw new Error(`import failed: ${imported.status} ${JSON.stringify(imported.body).slice(0, 500)}`);
  return imported.body.id;
}
