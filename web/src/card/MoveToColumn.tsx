import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Board, Item } from '../api/types';
import { columnChoiceText } from '../board/columns';
import type { MoveRequest } from '../board/useMoveItem';
import './move-to-column.css';

/**
 * Moving the open card to another column of its board, to that column's end, without dragging: what a phone, a
 * screen reader or a pointer that cannot drag needs. The move is the board's own (`onMove`): the board asks what a drag
 * would ask (columns skipped, a WIP limit, an approval gate) over the card, and the page says once it moved.
 * The choice is no form: a column chosen and not moved to is nothing the card's guard against unsaved entries keeps.
 */
export function MoveToColumn({ item, board, onMove }: { item: Item; board: Board; onMove: (request: MoveRequest) => void }) {
  // The column the card was in when the choice opened: moved elsewhere meanwhile, the choice no longer holds.
  const [choosingFrom, setChoosingFrom] = useState<string | null>(null);
  const [movedMeanwhileTo, setMovedMeanwhileTo] = useState<string | null>(null);
  const [target, setTarget] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const hintId = useId();
  const others = board.columns.filter((column) => column.id !== item.columnId);
  if (choosingFrom !== null && choosingFrom !== item.columnId) {
    setChoosingFrom(null);
    setMovedMeanwhileTo(board.columns.find((column) => column.id === item.columnId)?.name ?? 'another column');
  }
  if (others.length === 0) return null;
  const putAway = () => {
    setChoosingFrom(null);
    requestAnimationFrame(() => opener.current?.focus());
  };
  if (choosingFrom === null) {
    return (
      <>
        <button
          ref={opener}
          type="button"
          className="link-button"
          onClick={() => {
            setMovedMeanwhileTo(null);
            setTarget(nextColumnId(board, item.columnId) ?? others[0]!.id);
            setChoosingFrom(item.columnId);
          }}
        >
          Move to another column…
        </button>
        {movedMeanwhileTo && (
          <p className="hint" role="status">
            Someone else moved this card to {movedMeanwhileTo} while you were choosing: nothing was moved.
          </p>
        )}
      </>
    );
  }
  const move = () => {
    const column = others.find((other) => other.id === target)!;
    onMove({ item, columnId: column.id, placement: {}, said: `${item.key} moved to ${column.name}.` });
    putAway();
  };
  // Escape puts the choice away, as Cancel does, rather than closing the card: heard in the capture phase, before the
  // card's dialog hears it. Enter in the list moves, as a form's would.
  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      putAway();
    } else if (event.key === 'Enter' && event.target instanceof HTMLSelectElement) {
      event.preventDefault();
      move();
    }
  };
  return (
    <div className="move-to-column" role="group" aria-label="Move the card" onKeyDownCapture={onKeyDownCapture}>
      <label>
        Move to
        <select value={target} onChange={(event) => setTarget(event.target.value)} autoFocus aria-describedby={hintId}>
          {others.map((column) => (
            <option key={column.id} value={column.id}>
              {columnChoiceText(column, board.items.filter((card) => card.columnId === column.id).length)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="primary" onClick={move}>
        Move
      </button>
      <button type="button" onClick={putAway}>
        Cancel
      </button>
      <p className="hint" id={hintId}>
        The card goes to the end of the column.
      </p>
    </div>
  );
}

/** The column after the card's, where work usually goes next. */
function nextColumnId(board: Board, columnId: string): string | undefined {
  const at = board.columns.findIndex((column) => column.id === columnId);
  return at >= 0 ? board.columns[at + 1]?.id : undefined;
}
