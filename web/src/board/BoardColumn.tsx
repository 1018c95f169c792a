import { useDroppable } from '@dnd-kit/core';
import { useId } from 'react';
import type { Column, BoardCard } from '../api/types';
import { ColumnWsjfActions } from '../strategy/ColumnWsjfActions';
import { columnDroppableId } from './announcements';
import { CardList, type DropHint } from './CardList';
import type { CardContext } from './CardTile';
import { wipState } from './columns';

type Props = {
  column: Column;
  /** The cards shown (after filters), in order. */
  items: BoardCard[];
  /** Every card in the column, filtered or not: what the WIP limit counts. */
  total: number;
  contextFor: (item: BoardCard) => CardContext;
  readOnly: boolean;
  activeId: string | null;
  dropHint: DropHint | null;
  onOpen: (itemId: string) => void;
};

const WIP_WORDS = { none: '', under: '', at: 'At the WIP limit', over: 'Over the WIP limit' } as const;

/**
 * What a column shows above its cards: name, gate, WIP count against the limit, policy and how many
 * cards the filters hide. The plain board shows it on each column, the swimlane board in its header row.
 */
export function ColumnHeader({ column, total, hidden, headingId }: { column: Column; total: number; hidden: number; headingId: string }) {
  const wip = wipState(column, total);
  return (
    <>
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
        <ColumnWsjfActions column={column} />
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
    </>
  );
}

/** One stage of a board without swimlanes: its header over its (virtualised) cards. */
export function BoardColumn({ column, items, total, contextFor, readOnly, activeId, dropHint, onOpen }: Props) {
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: columnDroppableId(column.id) });
  const hidden = total - items.length;

  return (
    <section className={`column wip-${wipState(column, total)}${isOver ? ' drop-target' : ''}`} aria-labelledby={headingId} data-column-id={column.id}>
      <ColumnHeader column={column} total={total} hidden={hidden} headingId={headingId} />
      <CardList
        sortableId={column.id}
        items={items}
        dropRef={setNodeRef}
        label={{ 'aria-labelledby': headingId }}
        emptyText={hidden > 0 ? 'No card matches the filters' : 'No cards'}
        contextFor={contextFor}
        readOnly={readOnly}
        activeId={activeId}
        dropHint={dropHint}
        onOpen={onOpen}
      />
    </section>
  );
}
