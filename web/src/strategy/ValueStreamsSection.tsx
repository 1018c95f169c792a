import { useState } from 'react';
import { answer, api, explain } from '../api/http';
import type { Member, ValueStream } from '../api/types';
import { notify } from '../shell/notices';
import { ConfirmDelete } from './ConfirmDelete';
import { useValueStreams } from './queries';
import { targetText } from './theme-draft';
import { budgetText } from './value-stream-draft';
import { ValueStreamForm } from './ValueStreamForm';
import { useStrategyWrite } from './useStrategyWrite';

type Props = { portfolioId: string; members: readonly Member[]; editable: boolean };

/** Value streams: budget, target share of capacity and owner; managed by holders of strategy.manage. */
export function ValueStreamsSection({ portfolioId, members, editable }: Props) {
  const streams = useValueStreams(portfolioId);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const ownerName = (id: string | null) => (id ? (members.find((m) => m.userId === id)?.name ?? 'a former member') : null);
  if (streams.isError) return <p className="form-error" role="alert">{explain(streams.error)}</p>;
  return (
    <div className="stack">
      {streams.data?.length === 0 && <p className="hint">No value stream yet.</p>}
      <ul className="strategy-list">
        {streams.data?.map((stream) =>
          editing === stream.id ? (
            <li key={stream.id}>
              <ValueStreamForm portfolioId={portfolioId} stream={stream} members={members} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <StreamEntry key={stream.id} portfolioId={portfolioId} stream={stream} owner={ownerName(stream.ownerId)} editable={editable} onEdit={() => setEditing(stream.id)} />
          ),
        )}
      </ul>
      {editable &&
        (editing === 'new' ? (
          <ValueStreamForm portfolioId={portfolioId} members={members} onDone={() => setEditing(null)} />
        ) : (
          <div>
            <button type="button" className="primary" onClick={() => setEditing('new')}>
              New value stream
            </button>
          </div>
        ))}
    </div>
  );
}

type EntryProps = { portfolioId: string; stream: ValueStream; owner: string | null; editable: boolean; onEdit: () => void };

function StreamEntry({ portfolioId, stream, owner, editable, onEdit }: EntryProps) {
  const remove = useStrategyWrite(portfolioId, () => answer(api.DELETE('/api/v1/portfolios/{id}/value-streams/{valueStreamId}', { params: { path: { id: portfolioId, valueStreamId: stream.id } } })), () => `Value stream "${stream.name}" deleted.`);
  return (
    <li className="strategy-entry">
      <div className="strategy-entry-head">
        <h3>{stream.name}</h3>
      </div>
      <p className="hint">
        {budgetText(stream.budget)} · {targetText(stream)}
        {owner && ` · owner ${owner}`}
      </p>
      {stream.description && <p className="strategy-description">{stream.description}</p>}
      {editable && (
        <div className="actions">
          <button type="button" onClick={onEdit}>
            Edit<span className="sr-only"> {stream.name}</span>
          </button>
          <ConfirmDelete what={stream.name} pending={remove.isPending} onDelete={() => remove.mutate(undefined, { onError: (error) => notify(explain(error), 'error') })} />
        </div>
      )}
    </li>
  );
}
