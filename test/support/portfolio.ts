import { withCardDefaults } from '../../src/domain/card-defaults';
import { createUserClient, type Client } from './client';

export type Column = { id: string; key: string; name: string; kind: string; wipLimit: number | null; [field: string]: any };

export type PortfolioFixture = { portfolio: any; boardId: string; columns: Record<string, Column> };

/** Creates a portfolio through the API and reads its board's columns, indexed by column key. */
export async function createPortfolio(
  client: Client,
  body: { name?: string; template?: 'enterprise' | 'small'; boardTemplate?: 'safe' | 'simple' } = {},
): Promise<PortfolioFixture> {
  const created = await client.post('/portfolios', { name: 'Portfolio', ...body });
  if (created.status !== 201) throw new Error(`portfolio creation failed: ${created.status} ${JSON.stringify(created.body)}`);
  const boardId: string = created.body.boards[0].id;
  const board = await client.get(`/boards/${boardId}`);
  return { portfolio: created.body, boardId, columns: Object.fromEntries(board.body.columns.map((c: Column) => [c.key, c])) };
}

/** A new user who holds exactly `roles` in the portfolio, signed in. */
export async function addMember(admin: Client, portfolioId: string, roles: string[], name?: string): Promise<{ client: Client; id: string }> {
  const user = await createUserClient(admin, name);
  const set = await admin.put(`/portfolios/${portfolioId}/members/${user.id}`, { roles });
  if (set.status !== 200) throw new Error(`member update failed: ${set.status} ${JSON.stringify(set.body)}`);
  return { client: user.client, id: user.id };
}

/** Creates an item through the API and returns it. */
export async function createItem(client: Client, boardId: string, body: Record<string, unknown> = {}): Promise<any> {
  const created = await client.post(`/boards/${boardId}/items`, { title: 'An epic', ...body });
  if (created.status !== 201) throw new Error(`item creation failed: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body;
}

/** The portfolio's audit log, newest first, read by a client holding audit.view. */
export async function auditLog(client: Client, portfolioId: string, query = ''): Promise<any[]> {
  const response = await client.get(`/portfolios/${portfolioId}/audit${query ? `?${query}` : ''}`);
  if (response.status !== 200) throw new Error(`audit read failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** The ids of a column's items in board order (the order GET /boards/{id} answers). */
export async function columnOrder(client: Client, boardId: string, columnId: string): Promise<string[]> {
  const board = await client.get(`/boards/${boardId}`);
  return board.body.items.filter((item: any) => item.columnId === columnId).map((item: any) => item.id);
}

/** GET /boards/{id} with every card's left-out fields put back at their usual value, as the web app reads it. */
export async function boardWithCards(client: Client, boardId: string): Promise<any> {
  const board = await client.get(`/boards/${boardId}`);
  if (board.status !== 200) throw new Error(`board read failed: ${board.status} ${JSON.stringify(board.body)}`);
  return { ...board.body, items: board.body.items.map((card: any) => withCardDefaults(card)) };
}
