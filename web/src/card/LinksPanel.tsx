import { Link } from '@tanstack/react-router';
import type { Board, Item, LinkedItem } from '../api/types';
import { itemLink } from '../shell/paths';
import { ChildrenList } from './ChildrenList';

/** The card's place among others: what it waits for, what waits for it, and how far its children are. */
export function LinksPanel({ item, board }: { item: Item; board: Board }) {
  const { progress, blockedBy, blocks } = item;
  if (progress.total === 0 && blockedBy.length === 0 && blocks.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="links-heading">
      <h3 id="links-heading">Dependencies and children</h3>
      {progress.total > 0 && <ChildrenList item={item} board={board} />}
      <LinkList title="Waits for" items={blockedBy} />
      <LinkList title="Blocks" items={blocks} />
    </section>
  );
}

function LinkList({ title, items }: { title: string; items: LinkedItem[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {items.map((linked) => (
          <li key={linked.id}>
            <Link {...itemLink(linked.boardId, linked.id)}>
              {linked.key} {linked.title}
            </Link>
            {linked.finished && <span className="hint"> (done)</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
