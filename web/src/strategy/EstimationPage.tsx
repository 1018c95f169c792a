import { Link, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { explain } from '../api/http';
import { useBoard, useCan } from '../api/queries';
import type { WsjfInput } from '../api/types';
import { Loading } from '../shell/Loading';
import { boardLink } from '../shell/paths';
import { EstimationRow } from './EstimationRow';
import { estimationLink } from './paths';
import { useEstimation } from './queries';
import { useRankByWsjf } from './useRankByWsjf';
import { WSJF_INPUT_GUIDE, WSJF_INPUT_ORDER } from './wsjf-inputs';
import './strategy.css';
import { counted } from '../../../src/domain/words';

/**
 * SAFe's relative estimation: the team scores ONE WSJF input at a time across every item of a column,
 * comparing the items with each other, then the next input; WSJF follows from the four.
 */
export default function EstimationPage({ boardId, columnId, input = WSJF_INPUT_ORDER[0]! }: { boardId: string; columnId: string; input?: WsjfInput }) {
  const board = useBoard(boardId);
  const can = useCan(board.data?.portfolioId);
  const navigate = useNavigate();
  const estimation = useEstimation(boardId, columnId, input);
  const column = board.data?.columns.find((c) => c.id === columnId);
  const rank = useRankByWsjf(boardId, { id: columnId, name: column?.name ?? 'The column' });
  const itemsById = useMemo(() => new Map((board.data?.items ?? []).map((item) => [item.id, item])), [board.data]);

  const pick = (next: WsjfInput) => {
    void navigate({ ...estimationLink(boardId, columnId, next), replace: true });
  };

  if (board.isPending) return <Loading />;
  if (board.isError) return <p className="page form-error" role="alert">{explain(board.error)}</p>;
  const editable = can('backlog.rank');
  const guide = WSJF_INPUT_GUIDE[input];
  const entries = estimation.data?.items ?? [];
  const estimated = entries.filter((entry) => entry.value !== null).length;

  return (
    <div className="page estimation-page">
      <div className="page-header">
        <h1>Estimate WSJF in {column?.name ?? 'a column'}</h1>
        <Link {...boardLink(boardId)}>Back to {board.data.name}</Link>
      </div>
      <p className="hint">
        WSJF = (user-business value + time criticality + risk reduction) ÷ job size. Compare the items with each other on one input at a time: give the smallest 1
        and size the others relative to it.
      </p>
      {!editable && <p className="hint">Setting WSJF inputs needs backlog.rank; you see the values as they stand.</p>}
      <fieldset className="estimate-inputs">
        <legend>Input to estimate</legend>
        {WSJF_INPUT_ORDER.map((option) => (
          <label key={option} className="checkbox">
            <input type="radio" name="wsjf-input" value={option} checked={input === option} onChange={() => pick(option)} />
            {WSJF_INPUT_GUIDE[option].name}
          </label>
        ))}
      </fieldset>
      <section aria-labelledby="estimate-heading" className="estimate-section">
        <h2 id="estimate-heading">{guide.name}</h2>
        <p>{guide.question}</p>
        {estimation.isPending && <Loading />}
        {estimation.isError && (
          <p className="form-error" role="alert">
            {explain(estimation.error)}
          </p>
        )}
        {estimation.data && (
          <>
            <p className="hint" role="status">
              {estimated} of {counted(entries.length, 'item')} have a {guide.name.toLowerCase()}.
            </p>
            {entries.length === 0 ? (
              <p className="hint">The column has no items.</p>
            ) : (
              <ol className="estimate-list">
                {entries.map((entry) => (
                  <EstimationRow
                    key={entry.id}
                    boardId={boardId}
                    columnId={columnId}
                    input={input}
                    inputName={guide.name}
                    scale={estimation.data.scale}
                    entry={entry}
                    item={itemsById.get(entry.id)}
                    editable={editable}
                  />
                ))}
              </ol>
            )}
          </>
        )}
      </section>
      {editable && entries.length > 0 && (
        <div className="actions estimate-actions">
          <button type="button" className="primary" onClick={() => rank.mutate()} disabled={rank.isPending}>
            Rank {column?.name ?? 'the column'} by WSJF
          </button>
        </div>
      )}
    </div>
  );
}
