import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef } from 'react';
import type { BoardCard } from '../api/types';
import type { CardContext } from './CardTile';
import { SortableCard, type DropSide } from './SortableCard';

const ESTIMATED_CARD_HEIGHT = 112;

export type DropHint = { overId: string; side: DropSide };

type Props = {
  /** Names the sortable group: a column, or one lane's part of a column. */
  sortableId: string;
  /** The cards shown (after filters), in order. */
  items: BoardCard[];
  /** The drop area of the group. */
  dropRef: (element: HTMLElement | null) => void;
  /** How a screen reader names the list. */
  label: { 'aria-labelledby': string } | { 'aria-label': string };
  /** Said in an empty list; a lane's empty cell says nothing. */
  emptyText?: string;
  contextFor: (item: BoardCard) => CardContext;
  readOnly: boolean;
  activeId: string | null;
  dropHint: DropHint | null;
  onOpen: (itemId: string) => void;
};

/**
 * The cards of a column (or of one lane's cell) in their own scrolling area, virtualised: only the cards
 * in view, a few around them and the one being moved are rendered, however long the list.
 */
export function CardList({ sortableId, items, dropRef, label, emptyText, contextFor, readOnly, activeId, dropHint, onOpen }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const ids = useMemo(() => items.map((i) => i.id), [items]);
  const activeIndex = activeId === null ? -1 : ids.indexOf(activeId);
  const rangeExtractor = useCallback(
    (range: Parameters<typeof defaultRangeExtractor>[0]) => {
      const indexes = defaultRangeExtractor(range);
      // The card being moved must stay mounted even when scrolled out of view, or the drag is lost.
      return activeIndex >= 0 && !indexes.includes(activeIndex) ? [...indexes, activeIndex].sort((a, b) => a - b) : indexes;
    },
    [activeIndex],
  );
  // The app does not run the React Compiler, whose memoisation this library's API would defeat.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    getItemKey: (index) => ids[index]!,
    // A few cards beyond the view on each side: enough to scroll smoothly, few enough to mount quickly.
    overscan: 3,
    // Until the list is measured, it is taken to be as tall as the window (none is taller): the first render
    // then mounts the cards in view at once, rather than a few of them and the rest a render later.
    initialRect: { width: 0, height: window.innerHeight },
    rangeExtractor,
  });

  return (
    <div ref={scrollRef} className="column-body">
      <SortableContext id={sortableId} items={ids} strategy={verticalListSortingStrategy}>
        {/* The drop area lines up exactly with the cards, so that arrow keys never pick the card's own column. */}
        <div ref={dropRef} role="list" {...label} className="column-cards" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((row) => {
            const item = items[row.index]!;
            return (
              <div key={row.key} role="listitem" data-index={row.index} ref={virtualizer.measureElement} className="column-slot" style={{ transform: `translateY(${row.start}px)` }}>
                <SortableCard item={item} context={contextFor(item)} readOnly={readOnly} dropSide={dropHint?.overId === item.id ? dropHint.side : null} onOpen={onOpen} />
              </div>
            );
          })}
        </div>
      </SortableContext>
      {items.length === 0 && emptyText && <p className="column-empty">{emptyText}</p>}
    </div>
  );
}
