import { explain } from '../api/http';
import { useCan, useItem, useMembers, useUsers } from '../api/queries';
import type { Board } from '../api/types';
import { ageText } from '../board/age';
import { useNow } from '../board/useNow';
import { Dialog } from '../shell/Dialog';
import { BlockControl } from './BlockControl';
import { CardForm } from './CardForm';
import { Comments } from './Comments';
import { ExitCriteria } from './ExitCriteria';
import { HistoryTimeline } from './HistoryTimeline';
import { LinksPanel } from './LinksPanel';
import { MarkdownHtml } from './MarkdownHtml';
import { ResponsibilityPanel } from './ResponsibilityPanel';
import { WsjfHistory } from './WsjfHistory';

/** The card view: every field, its checklist, who answers for it, what happened to it, and the conversation. */
export default function CardDialog({ itemId, board, onClose }: { itemId: string; board: Board; onClose: () => void }) {
  const item = useItem(itemId);
  const can = useCan(board.portfolioId);
  const members = useMembers(board.portfolioId);
  const users = useUsers();
  const now = useNow();
  const nameOf = (userId: string | null) => (userId ? (users.data?.find((u) => u.id === userId)?.name ?? 'a former user') : 'the system');

  const data = item.data;
  const column = data ? board.columns.find((c) => c.id === data.columnId) : undefined;
  return (
    <Dialog title={data ? `${data.key} ${data.title}` : 'Card'} onClose={onClose} wide>
      {item.isPending && <p className="card-dialog-loading">Loading the card…</p>}
      {item.isError && <p role="alert">{explain(item.error)}</p>}
      {data && (
        <div className="card-view">
          <div className="card-main">
            <p className="hint">
              In <strong>{column?.name ?? 'another board'}</strong> · {ageText(data.enteredColumnAt, now)} · version {data.version}
            </p>
            {data.descriptionHtml && <MarkdownHtml className="markdown description" html={data.descriptionHtml} />}
            <BlockControl item={data} members={members.data ?? []} canBlock={can('item.block')} />
            <CardForm item={data} board={board} members={members.data ?? []} canEdit={can('item.edit')} canRank={can('backlog.rank')} />
            <WsjfHistory item={data} nameOf={nameOf} />
            {column && <ExitCriteria item={data} column={column} canEdit={can('item.edit')} />}
          </div>
          <div className="card-side">
            <ResponsibilityPanel itemId={data.id} />
            <LinksPanel item={data} board={board} />
            <HistoryTimeline itemId={data.id} board={board} nameOf={nameOf} />
            <Comments itemId={data.id} canComment={can('comment')} nameOf={nameOf} />
          </div>
        </div>
      )}
    </Dialog>
  );
}
