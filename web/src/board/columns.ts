import { compareRanked } from '../../../src/domain/ranking';
import type { BoardCard, Column } from '../api/types';

/** A column's kind as a person says it: its work waits there, is in progress, or is done. */
export const COLUMN_KIND_WORDS = { queue: 'waiting', active: 'in progress', done: 'done' } as const satisfies Record<Column['kind'], string>;

/** The cards of each column in the board's order (rank, then id, exactly as the server orders them). */
export function itemsByColumn<Card extends Pick<BoardCard, 'id' | 'columnId' | 'rank'>>(columns: readonly Column[], items: readonly Card[]): Map<string, Card[]> {
  const grouped = new Map<string, Card[]>(columns.map((column) => [column.id, []]));
  for (const item of items) grouped.get(item.columnId)?.push(item);
  for (const list of grouped.values()) list.sort(compareRanked);
  return grouped;
}

export type WipState = 'none' | 'under' | 'at' | 'over';

/** Where a column stands against its WIP limit; done columns and unlimited ones have none. */
export function wipState(column: Pick<Column, 'kind' | 'wipLimit'>, count: number): WipState {
  if (column.kind === 'done' || column.wipLimit === null) return 'none';
  if (count > column.wipLimit) return 'over';
  return count === column.wipLimit ? 'at' : 'under';
}

/** The columns a move forward passes over without entering them: none for a move to the next column or back. */
export function skippedColumns<C extends Pick<Column, 'id'>>(columns: readonly C[], fromColumnId: string, toColumnId: string): C[] {
  const from = columns.findIndex((column) => column.id === fromColumnId);
  const to = columns.findIndex((column) => column.id === toColumnId);
  return from < 0 || to <= from ? [] : columns.slice(from + 1, to);
}

/** A column offered as where a card goes, with what a move there asks: a go/no-go decision, or an override of a full WIP limit. */
export function columnChoiceText(column: Pick<Column, 'name' | 'kind' | 'wipLimit' | 'gate'>, count: number): string {
  if (column.gate) return `${column.name} (needs a go/no-go decision)`;
  const state = wipState(column, count);
  return state === 'at' || state === 'over' ? `${column.name} (full: ${count} of ${column.wipLimit})` : column.name;
}
