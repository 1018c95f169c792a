import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Active,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type Over,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Board, BoardCard } from '../api/types';
import { boardAnnouncements, cellDroppableId, columnDroppableId, instructions, isColumnId } from './announcements';
import { BoardColumn } from './BoardColumn';
import type { DropHint } from './CardList';
import { CardTile, type CardContext } from './CardTile';
import { planDrop } from './drop-plan';
import { laneChangeFor, laneKeyOf, type BoardLayout, type Lane, type LaneMode } from './lanes';
import { landingIndex } from './placement';
import { SwimlaneBoard } from './SwimlaneBoard';
import type { MoveRequest } from './useMoveItem';

type Props = {
  board: Board;
  /** The lanes shown, top to bottom; none for a board without swimlanes. */
  lanes: Lane[];
  mode: LaneMode;
  layout: BoardLayout;
  collapsed: readonly string[];
  onToggleLane: (laneKey: string) => void;
  contextFor: (item: BoardCard) => CardContext;
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

/** A place cards are dropped into: a column, or one lane's cell of a column (lane key "" without lanes). */
type Place = { columnId: string; laneKey: string };

export function BoardCanvas({ board, lanes, mode, layout, collapsed, onToggleLane, contextFor, readOnly, onMove, onOpen }: Props) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const [hint, setHint] = useState<DropHint | null>(null);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    // A finger picks a card up by resting on it: a swipe that starts on a card still scrolls the board.
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    // Enter stays free to open the focused card.
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates, keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] } }),
  );
  const { visible } = layout;
  const itemById = useMemo(() => new Map(board.items.map((i) => [i.id, i])), [board.items]);
  // A card dropped by keyboard into another column is drawn anew there, and the focus went with its old place:
  // once the board shows it in its new column, the focus goes back to it, unless something else (a dialog) took it.
  const refocus = useRef<{ itemId: string; columnId: string } | null>(null);
  useEffect(() => {
    const dropped = refocus.current;
    if (!dropped || itemById.get(dropped.itemId)?.columnId !== dropped.columnId) return;
    refocus.current = null;
    const focused = document.activeElement;
    if (focused === null || focused === document.body) document.querySelector<HTMLElement>(`.sortable-card[data-item-id="${CSS.escape(dropped.itemId)}"]`)?.focus();
  }, [itemById]);
  const columnName = useMemo(() => new Map(board.columns.map((c) => [c.id, c.name])), [board.columns]);
  const laneByKey = useMemo(() => new Map(lanes.map((lane) => [lane.key, lane])), [lanes]);
  const containers = useMemo(() => {
    const places = new Map<string, Place>();
    for (const column of board.columns) {
      if (lanes.length === 0) places.set(columnDroppableId(column.id), { columnId: column.id, laneKey: '' });
      for (const lane of lanes) places.set(cellDroppableId(column.id, lane.key), { columnId: column.id, laneKey: lane.key });
    }
    return places;
  }, [board.columns, lanes]);

  const laneOf = useCallback((item: BoardCard) => laneKeyOf(item, lanes, mode), [lanes, mode]);
  const placeOf = useCallback(
    (id: UniqueIdentifier): Place | undefined => {
      const container = containers.get(String(id));
      if (container) return container;
      const item = itemById.get(String(id));
      return item && { columnId: item.columnId, laneKey: laneOf(item) };
    },
    [containers, itemById, laneOf],
  );

  /** Where the active card would land: the place, its cards, and whether after the card it is over. */
  const landing = useCallback(
    ({ active, over }: Pick<DragOverEvent | DragEndEvent, 'active' | 'over'>) => {
      if (!over || over.id === active.id) return null;
      const place = placeOf(over.id);
      const item = itemById.get(String(active.id));
      if (!place || !item) return null;
      const shown = visible.get(place.laneKey)?.get(place.columnId) ?? [];
      const ids = shown.map((i) => i.id);
      const overCard = isColumnId(over.id) ? null : String(over.id);
      const samePlace = item.columnId === place.columnId && laneOf(item) === place.laneKey;
      let after: boolean;
      // Within its own list the sortable strategy has already shifted the cards: the order decides.
      if (overCard && samePlace) after = ids.indexOf(item.id) < ids.indexOf(overCard);
      else {
        const dragged = active.rect.current.translated;
        after = !!dragged && dragged.top + dragged.height / 2 > over.rect.top + over.rect.height / 2;
      }
      return { item, place, shown, ids, overCard, after, samePlace };
    },
    [placeOf, itemById, visible, laneOf],
  );

  const announcements = useMemo(() => {
    const describeCard = (id: UniqueIdentifier) => {
      const item = itemById.get(String(id));
      return item ? `card ${item.key} "${item.title}"` : 'the card';
    };
    const describeTarget = (active: Active, over: Over) => {
      const place = placeOf(over.id);
      if (!place) return 'the board';
      const lane = laneByKey.get(place.laneKey);
      const where = `column ${columnName.get(place.columnId)}${lane ? `, lane ${lane.name}` : ''}`;
      if (isColumnId(over.id)) return `${where}, at the end`;
      const overKey = itemById.get(String(over.id))!.key;
      const target = landing({ active, over });
      // Over itself (as a drag starts): where it is now.
      if (!target) {
        const list = visible.get(place.laneKey)?.get(place.columnId) ?? [];
        return `${where}, position ${list.findIndex((i) => i.id === over.id) + 1} of ${list.length}, at ${overKey}`;
      }
      // Where the card would land, counted with it in the column.
      const index = landingIndex(target.ids, target.item.id, target.overCard, target.after);
      const others = target.ids.filter((id) => id !== target.item.id).length;
      return `${where}, position ${index + 1} of ${others + 1}, ${target.after ? 'after' : 'before'} ${overKey}`;
    };
    return boardAnnouncements(describeCard, describeTarget);
  }, [itemById, columnName, laneByKey, placeOf, visible, landing]);

  const onDragOver = (event: DragOverEvent) => {
    const target = landing(event);
    setHint(target?.overCard && !target.samePlace ? { overId: target.overCard, side: target.after ? 'after' : 'before' } : null);
  };

  const onDragEnd = (event: DragEndEvent) => {
    setActiveId(null);
    setHint(null);
    const target = landing(event);
    if (!target) return;
    const { item, place, shown, ids, overCard, after } = target;
    const lane = laneByKey.get(place.laneKey);
    const plan = planDrop(item, {
      columnId: place.columnId,
      visible: shown,
      index: landingIndex(ids, item.id, overCard, after),
      lane: lane ? laneChangeFor(item, lane, lanes, mode) : null,
    });
    if (!plan) return;
    if (event.activatorEvent instanceof KeyboardEvent && plan.columnId !== item.columnId) refocus.current = { itemId: item.id, columnId: plan.columnId };
    onMove({ item, ...plan });
  };

  const active = activeId ? itemById.get(activeId) : undefined;
  const cards = { contextFor, readOnly, activeId, dropHint: hint, onOpen };
  const noLane = visible.get('');
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
      {lanes.length > 0 ? (
        <SwimlaneBoard
          columns={board.columns}
          lanes={lanes}
          visible={visible}
          columnTotals={layout.columnTotals}
          laneTotals={layout.laneTotals}
          collapsed={collapsed}
          activeLane={active ? laneOf(active) : null}
          onToggleLane={onToggleLane}
          cards={cards}
        />
      ) : (
        // Focusable, so that keyboard users can scroll a board wider than the screen.
        <div className="board-columns" role="region" aria-label="Columns" tabIndex={0}>
          {board.columns.map((column) => (
            <BoardColumn key={column.id} column={column} items={noLane?.get(column.id) ?? []} total={layout.columnTotals.get(column.id) ?? 0} {...cards} />
          ))}
        </div>
      )}
      <DragOverlay dropAnimation={null}>{active ? <div className="sortable-card overlay"><CardTile item={active} context={contextFor(active)} /></div> : null}</DragOverlay>
    </DndContext>
  );
}
