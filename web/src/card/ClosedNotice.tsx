import { Link } from '@tanstack/react-router';
import { useItem } from '../api/queries';
import type { Item } from '../api/types';
import { formatDateTime } from '../shell/format';
import { itemLink } from '../shell/paths';

/** What closed a declined or merged card, by whom and when; a merged one links to the item its votes went to. */
export function ClosedNotice({ closed, nameOf }: { closed: NonNullable<Item['closed']>; nameOf: (userId: string | null) => string }) {
  const target = useItem(closed.mergedIntoId ?? undefined);
  const by = `${closed.by ? nameOf(closed.by) : 'someone'} on ${formatDateTime(closed.at)}`;
  return (
    <div className="panel closed-notice" role="note">
      {closed.as === 'merged' ? (
        <p>
          <strong>Merged</strong> into{' '}
          {target.data ? (
            <Link {...itemLink(target.data.boardId, target.data.id)}>
              {target.data.key} {target.data.title}
            </Link>
          ) : (
            'another item'
          )}{' '}
          as a duplicate by {by}: its votes and followers went there.
        </p>
      ) : (
        <p>
          <strong>Declined</strong> by {by}
          {closed.reason ? `: ${closed.reason}` : '.'}
        </p>
      )}
      <p className="hint">It is off its board: this card keeps its history, and its comments stay open.</p>
    </div>
  );
}
