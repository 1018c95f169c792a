import { memo } from 'react';
import type { BoardCard } from '../api/types';
import { counted } from '../../../src/domain/words';
import { submitterName } from '../ideas/idea-words';
import { Avatar } from '../shell/Avatar';
import { ageLabel, ageText } from './age';
import { classOfServiceLabel } from './class-of-service';
/** `nameOf` names a member by user id (who proposed an idea). */
export type CardContext = { ownerName: string | null; now: Date; nameOf: (userId: string) => string | undefined };

/**
 * What a card shows on the board: enough to steer by, without opening it. Memoised: the drag and drop
 * around it re-renders every card as it sets up and whenever a card is picked up, which this part
 * (most of a card) then skips.
 */
export const CardTile = memo(function CardTile({ item, context }: { item: BoardCard; context: CardContext }) {
  const { ownerName, now, nameOf } = context;
  const { progress } = item;
  return (
    <div className={`card cos-${item.classOfService}${item.blocked ? ' card-blocked' : ''}`}>
      <div className="card-top">
        <span className="card-key">{item.key}</span>
        {item.classOfService !== 'standard' && <span className="badge badge-cos">{classOfServiceLabel(item.classOfService)}</span>}
        <span className="card-age" title={ageText(item.enteredColumnAt, now)}>
          <span className="sr-only">{ageText(item.enteredColumnAt, now)}</span>
          <span aria-hidden="true">{ageLabel(item.enteredColumnAt, now)}</span>
        </span>
      </div>
      <p className="card-title">{item.title}</p>
      {item.source === 'idea' && (
        <p className="card-idea">
          <span className="badge badge-idea">Idea</span> from {submitterName(item, nameOf)}
        </p>
      )}
      {item.block && (
        <p className="card-block">
          <strong>Blocked:</strong> {item.block.reason}
        </p>
      )}
      <div className="card-bottom">
        {item.pendingApprovalId && (
          <span className="badge badge-approval" title="An approval request for this card awaits a go or no-go">
            Awaiting approval
          </span>
        )}
        {ownerName ? (
          <span className="card-owner">
            <Avatar name={ownerName} />
            <span className="sr-only">Owner {ownerName}</span>
          </span>
        ) : (
          <span className="card-owner hint">No owner</span>
        )}
        {item.wsjf.score !== null && <span className="badge">WSJF {item.wsjf.score}</span>}
        {item.votes > 0 && (
          <span className={item.votedByMe ? 'badge badge-votes badge-my-vote' : 'badge badge-votes'} title={item.votedByMe ? 'You vote for this card' : undefined}>
            {counted(item.votes, 'vote')}
            {item.votedByMe && <span className="sr-only">, yours among them</span>}
          </span>
        )}
        {item.openBlockers > 0 ? (
          <span className="badge badge-waiting">Waiting on {item.openBlockers}</span>
        ) : (
          item.blockedBy.length > 0 && <span className="badge">Dependencies done</span>
        )}
        {item.blocks.length > 0 && <span className="badge">Blocks {item.blocks.length}</span>}
        {progress.total > 0 && (
          <span className="badge">
            Children {progress.done}/{progress.total} done
          </span>
        )}
      </div>
    </div>
  );
});
