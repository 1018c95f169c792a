import { lazy, Suspense } from 'react';
import { useItem } from '../api/queries';
import type { Board } from '../api/types';
import type { MoveRequest } from '../board/useMoveItem';
import { Dialog } from '../shell/Dialog';
import { CardLoading } from './CardLoading';

const CardDialog = lazy(() => import('./CardDialog'));

/**
 * Opens a card's dialog at once, while the click or key that asked for it is still being handled, and
 * loads the card's code and data into it. A dialog that waited for its code appeared only after the
 * keys pressed meanwhile had gone to the board: an Escape was lost, and the keys that followed went to
 * the dialog.
 */
export function CardDialogFrame({ itemId, board, onClose, onMove }: { itemId: string; board: Board; onClose: () => void; onMove?: (request: MoveRequest) => void }) {
  const item = useItem(itemId);
  const known = item.data ?? board.items.find((i) => i.id === itemId);
  return (
    <Dialog title={known ? `${known.key} ${known.title}` : 'Card'} onClose={onClose} wide showing={itemId}>
      <Suspense fallback={<CardLoading />}>
        {/* A link in a card opens another in the same dialog: its fields, drafts and forms start afresh from that card's. */}
        <CardDialog key={itemId} itemId={itemId} board={board} onMove={onMove} />
      </Suspense>
    </Dialog>
  );
}
