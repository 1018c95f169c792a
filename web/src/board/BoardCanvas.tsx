import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useMemo, useState } from 'react';
import type { Board, Item } from '../api/types';
import { boardAnnouncements, COLUMN_PREFIX, instructions, isColumnId } from './announcements';
import { BoardColumn } from './BoardColumn';
import { CardTile, type CardContext } from './CardTile';
import { landingIndex, placementAt } from './placement';
import type { DropSide } from './SortableCard';
import type { MoveRequest } from './useMoveItem';

type Props = {
  board: Board;
  visible: Map<string, Item[]>;
  totals: Map<string, number>;
  contextFor: (item: Item) => CardContext;
  readOnly: boolean;
  onMove: (move: MoveRequest) => void;
  onOpen: (itemId: string) => void;
};

/** Cards under the pointer win over the column around them; the keyboard (no pointer) goes by nearest corners. */
const collisionDetection: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  if (hits.length === 0) return closestCorners(args);
  const cards = hits.filter((hit) => !isColumnId(hit.id));
  return cards.length > 0 ? cards : hits;
};

type Hint = { overId: string; side: DropSide };

export function BoardCanvas({ board, visible, totals, contextFor, readOnly, onMove, onOpen }: Props) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const [hint, setHint] = useState<Hint | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    // Enter stays free to open the focused card.
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates, keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] } }),
  );
  const itemById = useMemo(() => new Map(board.items.map((i) => [i.id, i])), [board.items]);
  const columnName = useMemo(() => new Map(board.columns.map((c) => [c.id, c.name])), [board.columns]);

  const columnOf = (id: UniqueIdentifier): string | undefined => (isColumnId(id) ? String(id).slice(COLUMN_PREFIX.length) : itemById.get(String(id))?.columnId);

  const announcements = useMemo(() => {
    const describeCard = (id: UniqueIdentifier) => {
      const item = itemById.get(String(id));
      return item ? `card ${item.key} "${item.title}"` : 'the card';
    };
    const describeTarget = (id: UniqueIdentifier) => {
      if (isColumnId(id)) return `column ${columnName.get(String(id).slice(COLUMN_PREFIX.length))}, at the end`;
      const item = itemById.get(String(id));
      if (!item) return 'the board';
      const list = visible.get(item.columnId) ?? [];
      return `column ${columnName.get(item.columnId)}, position ${list.findIndex((i) => i.id === item.id) + 1} of ${list.length}, at ${item.key}`;
    };
    return boardAnnouncements(describeCard, describeTarget);
  }, [itemById, columnName, visible]);

  /** Where the active card would land: the column, and whether after the card it is over. */
  const landing = ({ active, over }: DragOverEvent | DragEndEvent) => {
    if (!over || over.id === active.id) return null;
    const columnId = columnOf(over.id);
    const item = itemById.get(String(active.id));
    if (!columnId || !item) return null;
    const ids = (visible.get(columnId) ?? []).map((i) => i.id);
    const overCard = isColumnId(over.id) ? null : String(over.id);
    let after: boolean;
    if (overCard && item.columnId === columnId) after = ids.indexOf(item.id) < ids.indexOf(overCard);
    else {
      const dragged = active.rect.current.translated;
      after = !!dragged && dragged.top + dragged.height / 2 > over.rect.top + over.rect.height / 2;
    }
    return { item, columnId, ids, overCard, after };
  };

  const onDragOver = (event: DragOverEvent) => {
    const target = landing(event);
    setHint(target?.overCard && target.item.columnId !== target.columnId ? { overId: target.overCard, side: target.after ? 'after' : 'before' } : null);
  };

  const onDragEnd = (event: DragEndEvent) => {
    setActiveId(null);
    setHint(null);
    const target = landing(event);
    if (!target) return;
    const { item, columnId, ids, overCard, after } = target;
    const index = landingIndex(ids, item.id, overCard, after);
    if (item.columnId === columnId && ids.indexOf(item.id) === index) return;
    onMove({ item, columnId, placement: placementAt(ids, item.id, index) });
  };

  const active = activeId ? itemById.get(activeId) : undefined;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={{ announcements, screenReaderInstructions: instructions }}
      onDragStart={({ active }) => setActiveId(String(active.id))}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        setActiveId(null);
        setHint(null);
      }}
    >
      {/* Focusable, so that keyboard users can scroll a board wider than the screen. */}
      <div className="board-columns" role="region" aria-label="Columns" tabIndex={0}>
        {board.columns.map((column) => (
          <BoardColumn
            key={column.id}
            column={column}
            items={visible.get(column.id) ?? []}
            total={totals.get(column.id) ?? 0}
            contextFor={contextFor}
            readOnly={readOnly}
            activeId={activeId}
            dropHint={hint}
            onOpen={onOpen}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>{active ? <div className="sortable-card overlay"><CardTile item={active} context={contextFor(active)} /></div> : null}</DragOverlay>
    </DndContext>
  );
}
