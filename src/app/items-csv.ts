import { stringify } from 'csv-stringify/sync';
import { boardAccess, loadColumns } from './boards';
import type { Actor, AppContext } from './context';
import { keptMetrics, todayOn } from './flow-metrics';
import { flowHistoryOf } from './flow-history-cache';
import { BUSINESS_CASE_FIELDS, HYPOTHESIS_FIELDS, selectItems, toItem, type Item } from './item-model';

/** A field name as a spreadsheet heading: "affectedUsersAndMarkets" → "Affected users and markets". */
const heading = (field: string) => field.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`).replace(/^./, (first) => first.toUpperCase());

const names = (ids: readonly string[], byId: ReadonlyMap<string, string>) => ids.map((id) => byId.get(id) ?? id).join('; ');

/**
 * PRODUCT.md §13 export: one row per item of the board, in board order, with every field and the date
 * each column was entered (§5's column dates, after erasure and back-fill). Lists are joined with "; ",
 * people are named with their e-mail, and dates are ISO so that spreadsheets and scripts read them alike.
 */
export async function boardItemsCsv(ctx: AppContext, actor: Actor, boardId: string): Promise<{ fileName: string; csv: string }> {
  const db = ctx.store.db;
  const { board } = await boardAccess(db, actor, boardId, 'view');
  const columns = await loadColumns(db, boardId);
  const order = new Map(columns.map((column, index) => [column.id, index]));
  const items = (await selectItems(db).where('items.board_id', '=', boardId).where('items.closed_at', 'is', null).execute())
    .map(toItem)
    .sort((a, b) => order.get(a.columnId)! - order.get(b.columnId)! || (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
  const userIds = [...new Set(items.flatMap((item) => [item.ownerId, item.createdBy, ...item.assigneeIds].filter((id): id is string => id !== null)))];
  const linkedIds = [...new Set(items.flatMap((item) => [item.parentId, ...item.dependsOn].filter((id): id is string => id !== null)))];
  const [users, themes, streams, linked] = await Promise.all([
    userIds.length ? db.selectFrom('users').select(['id', 'name', 'email']).where('id', 'in', userIds).execute() : [],
    db.selectFrom('themes').select(['id', 'name']).where('portfolio_id', '=', board.portfolioId).execute(),
    db.selectFrom('value_streams').select(['id', 'name']).where('portfolio_id', '=', board.portfolioId).execute(),
    linkedIds.length ? db.selectFrom('items').select(['id', 'key']).where('id', 'in', linkedIds).execute() : [],
  ]);
  const people = new Map(users.map((user) => [user.id, `${user.name} <${user.email}>`]));
  const themeNames = new Map(themes.map((theme) => [theme.id, theme.name]));
  const streamNames = new Map(streams.map((stream) => [stream.id, stream.name]));
  const keys = new Map(linked.map((item) => [item.id, item.key]));
  const history = await flowHistoryOf(ctx.store, boardId);
  const flow = keptMetrics(ctx.store, history, { today: todayOn(ctx, history.board.timeZone ?? 'UTC') });
  const datesByKey = new Map(flow.items.map((item) => [item.key, item.columnDates]));

  const header = [
    'Key', 'Title', 'Column', 'Owner', 'Assignees', 'Tags', 'Class of service', 'Strategic themes', 'Value stream', 'Due date',
    'User-business value', 'Time criticality', 'Risk reduction', 'Job size', 'Cost of delay', 'WSJF',
    'Blocked', 'Block reason', 'Blocked since', 'Parent', 'Depends on', 'Checked exit criteria', 'Created', 'Created by', 'Updated', 'Description',
    ...HYPOTHESIS_FIELDS.map((field) => `Hypothesis: ${heading(field)}`),
    ...BUSINESS_CASE_FIELDS.map((field) => `Business case: ${heading(field)}`),
    ...columns.map((column) => `Entered ${column.name}`),
  ];
  const row = (item: Item) => {
    const dates = datesByKey.get(item.key) ?? {};
    return [
      item.key, item.title, columns[order.get(item.columnId)!]!.name, item.ownerId ? (people.get(item.ownerId) ?? '') : '', names(item.assigneeIds, people),
      item.tags.join('; '), item.classOfService, names(item.themes, themeNames), item.valueStream ? (streamNames.get(item.valueStream) ?? '') : '', item.dueDate ?? '',
      item.wsjf.userBusinessValue, item.wsjf.timeCriticality, item.wsjf.riskReduction, item.wsjf.jobSize, item.wsjf.costOfDelay, item.wsjf.score,
      item.blocked ? 'yes' : 'no', item.block?.reason ?? '', item.block?.since ?? '', item.parentId ? (keys.get(item.parentId) ?? '') : '', names(item.dependsOn, keys),
      item.checkedCriteria.join('; '), item.createdAt, item.createdBy ? (people.get(item.createdBy) ?? '') : '', item.updatedAt, item.description,
      ...HYPOTHESIS_FIELDS.map((field) => item.hypothesis[field] ?? ''),
      ...BUSINESS_CASE_FIELDS.map((field) => item.businessCase[field] ?? ''),
      ...columns.map((column) => dates[column.key] ?? ''),
    ];
  };
  const csv = stringify([header, ...items.map(row)], { cast: { number: String }, record_delimiter: 'windows' });
  const fileName = `${board.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'board'}-items.csv`;
  return { fileName, csv };
}
