import { explain } from '../api/http';
import { useCan, useItem, useMe, useMembers, useUsers } from '../api/queries';
import type { Board } from '../api/types';
import { ageText } from '../board/age';
import type { MoveRequest } from '../board/useMoveItem';
import { useNow } from '../board/useNow';
import { IdeaSection } from '../ideas/IdeaSection';
import { Loading } from '../shell/Loading';
import { ApprovalSection } from './ApprovalSection';
import { BlockControl } from './BlockControl';
import { CardDetails } from './CardDetails';
import { ClosedNotice } from './ClosedNotice';
import { CardLoading } from './CardLoading';
import { CardForm } from './CardForm';
import { Comments } from './Comments';
import { ExitCriteria } from './ExitCriteria';
import { HistoryTimeline } from './HistoryTimeline';
import { LinksPanel } from './LinksPanel';
import { MarkdownHtml } from './MarkdownHtml';
import { MoveToColumn } from './MoveToColumn';
import { ResponsibilityPanel } from './ResponsibilityPanel';
import { WsjfHistory } from './WsjfHistory';
import { ItemActions } from '../reviews/ReviewActions';

/**
 * The card view, inside the dialog frame that opened it: the decision it awaits, every field, its
 * checklist, who answers for it, what happened to it, and the conversation.
 */
export default function CardDialog({ itemId, board, onMove }: { itemId: string; board: Board; onMove?: (request: MoveRequest) => void }) {
  const item = useItem(itemId);
  const capable = useCan(board.portfolioId);
  const members = useMembers(board.portfolioId);
  const users = useUsers();
  const me = useMe();
  const now = useNow();
  const nameOf = (userId: string | null) => (userId ? (users.data?.find((u) => u.id === userId)?.name ?? 'a former user') : 'the system');

  const data = item.data;
  const column = data ? board.columns.find((c) => c.id === data.columnId) : undefined;
  // A declined or merged card is a record: it offers nothing that would act on it but the conversation.
  const can = (capability: string) => capable(capability) && (!data?.closed || capability === 'comment');
  return (
    <>
      {item.isPending && <CardLoading />}
      {item.isError && <p role="alert">{explain(item.error)}</p>}
      {data && (
        <div className="card-view">
          <div className="card-main">
            {data.closed && <ClosedNotice closed={data.closed} nameOf={nameOf} />}
            <ApprovalSection item={data} board={board} canDecide={can('gate.approve')} mayOverride={can('wip.override')} canEdit={can('item.edit')} nameOf={nameOf} />
            {!data.closed && (
              <div className="card-column">
                <p className="hint">
                  {column ? (
                    <>
                      Column: <strong>{column.name}</strong>
                    </>
                  ) : (
                    'On another board'
                  )}{' '}
                  · {ageText(data.enteredColumnAt, now)}
                </p>
                {column && onMove && can('item.move') && <MoveToColumn item={data} board={board} onMove={onMove} />}
              </div>
            )}
            {data.descriptionHtml && <MarkdownHtml className="markdown description" html={data.descriptionHtml} />}
            <IdeaSection item={data} board={board} mayVote={can('vote')} mayTriage={can('item.edit')} mayReopen={capable('item.edit')} myId={me.data?.id} nameOf={(userId) => users.data?.find((u) => u.id === userId)?.name} />
            <BlockControl item={data} members={members.data ?? []} canBlock={can('item.block')} myId={me.data?.id} />
            {/* A card closed while its fields are edited keeps the form's place: it shows what could not be saved. */}
            {!(capable('item.edit') || capable('backlog.rank')) ? (
              <CardDetails item={data} members={members.data} />
            ) : members.data ? (
              <CardForm item={data} board={board} members={members.data} canEdit={can('item.edit')} canRank={can('backlog.rank')} />
            ) : members.isError ? (
              <p className="form-error" role="alert">
                Could not load the portfolio&apos;s members: {explain(members.error)}
              </p>
            ) : (
              // Its owner and assignees are chosen among the members: built before they arrive, the form would show, and save, nobody.
              <Loading label="Loading the card's fields…" />
            )}
            <WsjfHistory item={data} nameOf={nameOf} />
            {/* A closed card has left its column: its checklist and the column's people no longer concern it. */}
            {column && !data.closed && <ExitCriteria item={data} column={column} canEdit={can('item.edit')} />}
          </div>
          <div className="card-side">
            {!data.closed && <ResponsibilityPanel itemId={data.id} />}
            <ItemActions itemId={data.id} myId={me.data?.id} />
            <LinksPanel item={data} board={board} />
            <HistoryTimeline itemId={data.id} board={board} nameOf={nameOf} />
            <Comments itemId={data.id} canComment={can('comment')} myId={me.data?.id} nameOf={nameOf} members={members.data ?? []} />
          </div>
        </div>
      )}
    </>
  );
}
