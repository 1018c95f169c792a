import { resolveResponsibility, type ResponsiblePerson } from '../domain/responsibility';
import { requireCapability } from './access';
import { loadColumns } from './boards';
import type { Actor, AppContext } from './context';
import { loadItem } from './items';
import { listMembers } from './members';

export type ItemResponsibility = { itemId: string; column: { id: string; name: string }; people: ResponsiblePerson[] };

export async function itemResponsibility(ctx: AppContext, actor: Actor, itemId: string): Promise<ItemResponsibility> {
  const db = ctx.store.db;
  const item = await loadItem(db, itemId);
  await requireCapability(db, actor, item.portfolioId, 'view');
  const [columns, members] = await Promise.all([loadColumns(db, item.boardId), listMembers(db, item.portfolioId)]);
  const column = columns.find((c) => c.id === item.columnId)!;
  return {
    itemId,
    column: { id: column.id, name: column.name },
    people: resolveResponsibility({ ownerId: item.ownerId, assigneeIds: item.assigneeIds, column, block: item.block, members }),
  };
}
