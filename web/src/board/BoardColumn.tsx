import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useId, useMemo, useRef } from 'react';
import type { Column, Item } from '../api/types';
import { columnDroppableId } from './announcements';
import type { CardContext } from './CardTile';
import { wipState } from './columns';
import { SortableCard, type DropSide } from './SortableCard';

const ESTIMATED_CARD_HEIGHT = 112;

type Props = {
  column: Column;
  /** The cards shown (after filters), in order. */
  items: Item[];
  /** Every card in the column, filtered or not: what the WIP limit counts. */
  total: number;
  contextFor: (item: Item) => CardContext;
  readOnly: boolean;
  activeId: string | null;
  dropHint: { overId: string; side: DropSide } | null;
  onOpen: (itemId: string) => void;
};

const WIP_WORDS = { none: '', under: '', at: 'At the WIP limit', over: 'Over the WIP limit' } as const;

/** One stage of the board. Long columns are virtualised: only the cards in view (and the one being moved) are rendered. */
export function BoardColumn({ column, items, total, contextFor, readOnly, activeId, dropHint, onOpen }: Props) {
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: columnDroppableId(column.id) });
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
    overscan: 6,
    rangeExtractor,
  });
  const wip = wipState(column, total);
  const hidden = total - items.length;

  return (
    <section className={`column wip-${wip}${isOver ? ' drop-target' : ''}`} aria-labelledby={headingId} data-column-id={column.id}>
      <header className="column-header">
        <h2 id={headingId} className="column-name">
          {column.name}
        </h2>
        {column.gate && (
          <span className="badge badge-gate" title="Entering this column needs a go/no-go approval">
            Gate
          </span>
        )}
        <span className="wip-count" data-testid="wip-count">
          {total}
          {column.wipLimit !== null && column.kind !== 'done' && <> / {column.wipLimit}</>}
          <span className="sr-only">{column.wipLimit !== null && column.kind !== 'done' ? ` cards, WIP limit ${column.wipLimit}` : ' cards'}</span>
        </span>
      </header>
      {WIP_WORDS[wip] && <p className={`wip-warning wip-warning-${wip}`}>{WIP_WORDS[wip]}</p>}
      {(column.policy || column.exitCriteria.length > 0) && (
        <details className="column-policy">
          <summary>Policy</summary>
          {column.policy && <p>{column.policy}</p>}
          {column.exitCriteria.length > 0 && (
            <>
              <p className="hint">Exit criteria:</p>
              <ul>
                {column.exitCriteria.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </>
          )}
        </details>
      )}
      {hidden > 0 && <p className="hint column-hidden">{hidden} hidden by filters</p>}
      <div ref={scrollRef} className="column-body">
        <SortableContext id={column.id} items={ids} strategy={verticalListSortingStrategy}>
          {/* The drop area lines up exactly with the cards, so that arrow keys never pick the card's own column. */}
          <div ref={setNodeRef} role="list" aria-labelledby={headingId} className="column-cards" style={{ height: virtualizer.getTotalSize() }}>
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
        {items.length === 0 && <p className="column-empty">{hidden > 0 ? 'No card matches the filters' : 'No cards'}</p>}
      </div>
    </section>
  );
}
