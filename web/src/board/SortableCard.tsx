import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, type KeyboardEvent } from 'react';
import type { BoardCard } from '../api/types';
import { CardTile, type CardContext } from './CardTile';

export type DropSide = 'before' | 'after' | null;

type Props = { item: BoardCard; context: CardContext; readOnly: boolean; dropSide: DropSide; onOpen: (itemId: string) => void };

/** A card that can be picked up by mouse, touch or keyboard (Space), and opened by click or Enter. */
export const SortableCard = memo(function SortableCard({ item, context, readOnly, dropSide, onOpen }: Props) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: item.id, disabled: readOnly });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && !isDragging) {
      event.preventDefault();
      onOpen(item.id);
      return;
    }
    listeners?.onKeyDown?.(event);
  };
  const classes = ['sortable-card', isDragging && 'dragging', dropSide && `drop-${dropSide}`].filter(Boolean).join(' ');
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      // A read-only card still opens; it is just not movable, which is not "disabled".
      aria-disabled={undefined}
      aria-roledescription={readOnly ? 'card' : 'movable card'}
      data-item-id={item.id}
      className={classes}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      onClick={() => onOpen(item.id)}
      onKeyDown={onKeyDown}
    >
      <CardTile item={item} context={context} />
    </div>
  );
});
