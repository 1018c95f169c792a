import { useState } from 'react';
import { answer, api, explain } from '../api/http';
import type { Member, Theme } from '../api/types';
import { notify } from '../shell/notices';
import { ConfirmDelete } from './ConfirmDelete';
import { useThemes } from './queries';
import { targetText } from './theme-draft';
import { ThemeForm } from './ThemeForm';
import { useStrategyWrite } from './useStrategyWrite';

type Props = { portfolioId: string; members: readonly Member[]; editable: boolean };

/** Strategic themes: objective and key results, target share of capacity and active period; managed by holders of strategy.manage. */
export function ThemesSection({ portfolioId, members, editable }: Props) {
  const themes = useThemes(portfolioId);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const ownerName = (id: string | null) => (id ? (members.find((m) => m.userId === id)?.name ?? 'a former member') : null);
  if (themes.isError) return <p className="form-error" role="alert">{explain(themes.error)}</p>;
  return (
    <div className="stack">
      {themes.data?.length === 0 && <p className="hint">No strategic theme yet.</p>}
      <ul className="strategy-list">
        {themes.data?.map((theme) =>
          editing === theme.id ? (
            <li key={theme.id}>
              <ThemeForm portfolioId={portfolioId} theme={theme} members={members} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <ThemeEntry key={theme.id} portfolioId={portfolioId} theme={theme} owner={ownerName(theme.ownerId)} editable={editable} onEdit={() => setEditing(theme.id)} />
          ),
        )}
      </ul>
      {editable &&
        (editing === 'new' ? (
          <ThemeForm portfolioId={portfolioId} members={members} onDone={() => setEditing(null)} />
        ) : (
          <div>
            <button type="button" className="primary" onClick={() => setEditing('new')}>
              New theme
            </button>
          </div>
        ))}
    </div>
  );
}

function period(theme: Theme): string {
  if (theme.startsOn === null && theme.endsOn === null) return 'Always active';
  return `${theme.startsOn ?? '…'} – ${theme.endsOn ?? '…'}`;
}

type EntryProps = { portfolioId: string; theme: Theme; owner: string | null; editable: boolean; onEdit: () => void };

function ThemeEntry({ portfolioId, theme, owner, editable, onEdit }: EntryProps) {
  const remove = useStrategyWrite(portfolioId, () => answer(api.DELETE('/api/v1/portfolios/{id}/themes/{themeId}', { params: { path: { id: portfolioId, themeId: theme.id } } })), () => `Theme "${theme.name}" deleted.`);
  return (
    <li className="strategy-entry">
      <div className="strategy-entry-head">
        <h3>{theme.name}</h3>
        <span className="badge">{theme.active ? 'Active' : 'Not active'}</span>
      </div>
      <p className="hint">
        {targetText(theme)} · {period(theme)}
        {owner && ` · owner ${owner}`}
      </p>
      {theme.objective && (
        <p>
          <strong>Objective:</strong> {theme.objective}
        </p>
      )}
      {theme.keyResults.length > 0 && (
        <ul className="key-results" aria-label={`Key results of ${theme.name}`}>
          {theme.keyResults.map((kr, index) => (
            <li key={index}>
              {kr.description}
              {(kr.current !== null || kr.target !== null) && (
                <span className="hint">
                  {' '}
                  — {kr.current ?? '?'} of {kr.target ?? '?'}
                  {kr.unit ? ` ${kr.unit}` : ''}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {theme.description && <p className="strategy-description">{theme.description}</p>}
      {editable && (
        <div className="actions">
          <button type="button" onClick={onEdit}>
            Edit<span className="sr-only"> {theme.name}</span>
          </button>
          <ConfirmDelete what={theme.name} pending={remove.isPending} onDelete={() => remove.mutate(undefined, { onError: (error) => notify(explain(error), 'error') })} />
        </div>
      )}
    </li>
  );
}
