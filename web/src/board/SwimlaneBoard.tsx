import { useDroppable } from '@dnd-kit/core';
import { useId, useRef, type CSSProperties, type RefObject } from 'react';
import type { Column, BoardCard } from '../api/types';
import { cellDroppableId } from './announcements';
import { ColumnHeader } from './BoardColumn';
import { CardList, type DropHint } from './CardList';
import type { CardContext } from './CardTile';
import { wipState } from './columns';
import type { Lane } from './lanes';
import './lanes.css';
import { useNearViewport } from './useNearViewport';

/** What every card list of the board needs, passed through unchanged. */
export type CardListShared = {
  contextFor: (item: BoardCard) => CardContext;
  readOnly: boolean;
  activeId: string | null;
  dropHint: DropHint | null;
  onOpen: (itemId: string) => void;
};

type Props = {
  columns: readonly Column[];
  lanes: readonly Lane[];
  visible: Map<string, Map<string, BoardCard[]>>;
  columnTotals: Map<string, number>;
  laneTotals: Map<string, number>;
  collapsed: readonly string[];
  /** The lane of the card being moved: it stays mounted wherever the board is scrolled. */
  activeLane: string | null;
  onToggleLane: (laneKey: string) => void;
  cards: CardListShared;
};

/**
 * The board cut into horizontal lanes: one header row of columns, then each lane as a row of cells
 * (one per column) under a header that folds it. Lanes far outside the view render no cards.
 */
export function SwimlaneBoard({ columns, lanes, visible, columnTotals, laneTotals, collapsed, activeLane, onToggleLane, cards }: Props) {
  const rootRef = useRef<HTMLDivElement>(null);
  const shownIn = (columnId: string) => lanes.reduce((sum, lane) => sum + (visible.get(lane.key)?.get(columnId)?.length ?? 0), 0);
  return (
    <div ref={rootRef} className="board-lanes" role="region" aria-label="Columns and swimlanes" tabIndex={0} style={{ '--lane-columns': columns.length } as CSSProperties}>
      <div className="lane-column-heads">
        {columns.map((column) => (
          <ColumnHead key={column.id} column={column} total={columnTotals.get(column.id) ?? 0} shown={shownIn(column.id)} />
        ))}
      </div>
      {lanes.map((lane) => (
        <Swimlane
          key={lane.key}
          lane={lane}
          columns={columns}
          cells={visible.get(lane.key) ?? new Map()}
          total={laneTotals.get(lane.key) ?? 0}
          collapsed={collapsed.includes(lane.key)}
          pinned={activeLane === lane.key}
          rootRef={rootRef}
          onToggle={() => onToggleLane(lane.key)}
          cards={cards}
        />
      ))}
    </div>
  );
}

function ColumnHead({ column, total, shown }: { column: Column; total: number; shown: number }) {
  const headingId = useId();
  return (
    <div className={`column column-head wip-${wipState(column, total)}`} role="group" aria-labelledby={headingId} data-column-id={column.id}>
      <ColumnHeader column={column} total={total} hidden={total - shown} headingId={headingId} />
    </div>
  );
}

const HEADER_HEIGHT_GUESS = 40;
const CARD_HEIGHT_GUESS = 112;
const CELL_MAX_HEIGHT_GUESS = 448;

type SwimlaneProps = {
  lane: Lane;
  columns: readonly Column[];
  cells: Map<string, BoardCard[]>;
  total: number;
  collapsed: boolean;
  pinned: boolean;
  rootRef: RefObject<HTMLDivElement | null>;
  onToggle: () => void;
  cards: CardListShared;
};

function Swimlane({ lane, columns, cells, total, collapsed, pinned, rootRef, onToggle, cards }: SwimlaneProps) {
  const nameId = useId();
  const cellsId = useId();
  const laneRef = useRef<HTMLElement>(null);
  const { near, lastHeight } = useNearViewport(laneRef, rootRef);
  const mounted = near || pinned;
  const longest = Math.max(1, ...[...cells.values()].map((list) => list.length));
  // A lane away from the view keeps the height it had (or a guess), so that the scroll position does not jump.
  const heldHeight = lastHeight ?? HEADER_HEIGHT_GUESS + Math.min(CELL_MAX_HEIGHT_GUESS, longest * CARD_HEIGHT_GUESS);

  return (
    <section
      ref={laneRef}
      className={`swimlane${collapsed ? ' swimlane-collapsed' : ''}`}
      aria-labelledby={nameId}
      data-lane-key={lane.key}
      style={collapsed || mounted ? undefined : { minHeight: heldHeight }}
    >
      <h2 className="swimlane-header">
        <button type="button" className="swimlane-toggle" aria-expanded={!collapsed} {...(collapsed || !mounted ? {} : { 'aria-controls': cellsId })} onClick={onToggle}>
          <span className="swimlane-chevron" aria-hidden="true" />
          <span id={nameId}>{lane.name}</span>
        </button>
        <span className="swimlane-count" data-testid="lane-count">
          {total}
          <span className="sr-only"> cards</span>
        </span>
      </h2>
      {!collapsed && mounted && (
        <div id={cellsId} className="swimlane-cells">
          {columns.map((column) => (
            <LaneCell key={column.id} column={column} lane={lane} items={cells.get(column.id) ?? []} cards={cards} />
          ))}
        </div>
      )}
    </section>
  );
}

function LaneCell({ column, lane, items, cards }: { column: Column; lane: Lane; items: BoardCard[]; cards: CardListShared }) {
  const id = cellDroppableId(column.id, lane.key);
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <div className={`lane-cell${isOver ? ' drop-target' : ''}`} data-column-id={column.id}>
      <CardList sortableId={id} items={items} dropRef={setNodeRef} label={{ 'aria-label': `${column.name}, lane ${lane.name}` }} {...cards} />
    </div>
  );
}
