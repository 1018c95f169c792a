import { Dialog } from '../shell/Dialog';
import type { MoveRequest } from './useMoveItem';

const list = new Intl.ListFormat('en', { type: 'conjunction' });

/** A move forward that passes columns by, asked about first: a long drag easily lands a column too far. */
export function SkipColumnsDialog({ move, skipped, onConfirm, onCancel }: { move: MoveRequest; skipped: readonly { name: string }[]; onConfirm: () => void; onCancel: () => void }) {
  const names = list.format(skipped.map((column) => column.name));
  return (
    <Dialog title={`Move ${move.item.key} past ${names}?`} onClose={onCancel}>
      <div className="stack">
        <p>
          {move.item.key} would skip {skipped.length === 1 ? 'a column' : `${skipped.length} columns`} ({names}) without going through {skipped.length === 1 ? 'it' : 'them'}.
        </p>
        <div className="actions">
          {/* The keyboard starts on keeping the card: an Enter pressed on after a drag does not carry out the slip it asks about. */}
          <button type="button" onClick={onCancel} autoFocus>
            Keep the card where it was
          </button>
          <button type="button" className="primary" onClick={onConfirm}>
            Move it
          </button>
        </div>
      </div>
    </Dialog>
  );
}
