import { RACI_PARTS, resolveColumnResponsibility, resolveResponsibility, type RaciPart, type ResponsiblePerson } from '../domain/responsibility';
import { requireCapability } from './access';
import { boardAccess, loadColumns, type Column } from './boards';
import type { Actor, AppContext } from './context';
import { loadPeople } from './delegations';
import type { Db } from '../store/store';
import { selectItems, toItem, type Item } from './item-model';
import { loadItem } from './items';

export type ItemResponsibility = { itemId: string; column: { id: string; name: string }; people: ResponsiblePerson[] };

export async function itemResponsibility(ctx: AppContext, actor: Actor, itemId: string): Promise<ItemResponsibility> {
  const db = ctx.store.db;
  const item = await loadItem(db, itemId);
  await requireCapability(db, actor, item.portfolioId, 'view');
  return (await itemsResponsibility(db, [item], actor.at))[0]!;
}

/** Who is responsible now for each of the items, on any boards: each board's columns and each portfolio's people read once. */
export async function itemsResponsibility(db: Db, items: readonly Item[], at: string): Promise<ItemResponsibility[]> {
  const columnsOf = new Map<string, Promise<Column[]>>();
  const peopleOf = new Map<string, ReturnType<typeof loadPeople>>();
  for (const item of items) {
    if (!columnsOf.has(item.boardId)) columnsOf.set(item.boardId, loadColumns(db, item.boardId));
    if (!peopleOf.has(item.portfolioId)) peopleOf.set(item.portfolioId, loadPeople(db, item.portfolioId, at));
  }
  return Promise.all(
    items.map(async (item) => {
      const [columns, people] = await Promise.all([columnsOf.get(item.boardId)!, peopleOf.get(item.portfolioId)!]);
      const column = columns.find((c) => c.id === item.columnId)!;
      return {
        itemId: item.id,
        column: { id: column.id, name: column.name },
        people: resolveResponsibility({ ownerId: item.ownerId, assigneeIds: item.assigneeIds, column, block: item.block, ...people }),
      };
    }),
  );
}

export type BoardResponsibility = {
  boardId: string;
  /** Everyone the board's responsibility matrix names, each with every column they answer for. */
  people: ResponsiblePerson[];
  /** Each column's people, all together and by their part in its RACI (`raci.accountable` empty: nobody answers for it). */
  columns: { id: string; key: string; name: string; people: ResponsiblePerson[]; raci: Record<RaciPart, ResponsiblePerson[]> }[];
  items: { id: string; key: string; title: string; columnId: string; people: ResponsiblePerson[] }[];
};

/** Who answers for the board, for each of its stages and for each of its cards, in a constant number of queries. */
export async function boardResponsibility(ctx: AppContext, actor: Actor, boardId: string): Promise<BoardResponsibility> {
  const db = ctx.store.db;
  const { board } = await boardAccess(db, actor, boardId, 'view');
  const [columns, people, rows] = await Promise.all([
    loadColumns(db, boardId),
    loadPeople(db, board.portfolioId, actor.at),
    selectItems(db).where('items.board_id', '=', boardId).where('items.closed_at', 'is', null).orderBy('items.rank').orderBy('items.id').execute(),
  ]);
  const byColumn = new Map(columns.map((column) => [column.id, column]));
  return {
    boardId,
    people: resolveColumnResponsibility(columns, people),
    columns: columns.map((column) => ({
      id: column.id,
      key: column.key,
      name: column.name,
      people: resolveColumnResponsibility([column], people),
      raci: Object.fromEntries(RACI_PARTS.map((part) => [part, resolveColumnResponsibility([column], people, [part])])) as Record<RaciPart, ResponsiblePerson[]>,
    })),
    items: rows.map(toItem).map((item) => ({
      id: item.id,
      key: item.key,
      title: item.title,
      columnId: item.columnId,
      people: resolveResponsibility({ ownerId: item.ownerId, assigneeIds: item.assigneeIds, column: byColumn.get(item.columnId)!, block: item.block, ...people }),
    })),
  };
}
