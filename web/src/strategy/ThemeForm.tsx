import { useId, useState, type FormEvent } from 'react';
import { answer, api } from '../api/http';
import type { Member, Theme } from '../api/types';
import { FormActions } from '../setup/FieldErrors';
import { KeyResultsEditor } from './KeyResultsEditor';
import { OwnerSelect } from './OwnerSelect';
import { keyResultRows, themeInputFrom, type KeyResultRow } from './theme-draft';
import { useStrategyWrite } from './useStrategyWrite';

type Props = { portfolioId: string; theme?: Theme; members: readonly Member[]; onDone: () => void };

/** Creates a strategic theme, or changes one (with the version read, so a concurrent change is not overwritten). */
export function ThemeForm({ portfolioId, theme, members, onDone }: Props) {
  const [keyResults, setKeyResults] = useState<KeyResultRow[]>(() => keyResultRows(theme?.keyResults ?? []));
  const headingId = useId();
  const save = useStrategyWrite(
    portfolioId,
    (input: ReturnType<typeof themeInputFrom>) =>
      theme ? answer(api.PATCH('/api/v1/portfolios/{id}/themes/{themeId}', { params: { path: { id: portfolioId, themeId: theme.id } }, body: { ...input, version: theme.version } })) : answer(api.POST('/api/v1/portfolios/{id}/themes', { params: { path: { id: portfolioId } }, body: input })),
    (input) => `Theme "${input.name}" saved.`,
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(themeInputFrom(new FormData(event.currentTarget), keyResults), { onSuccess: onDone });
  };
  return (
    <form className="strategy-form settings-form" onSubmit={submit} aria-labelledby={headingId}>
      <h3 id={headingId}>{theme ? `Edit theme ${theme.name}` : 'New strategic theme'}</h3>
      <fieldset>
        <label>
          Name
          <input name="name" required maxLength={200} defaultValue={theme?.name ?? ''} />
        </label>
        <label>
          Target share (% of work in progress)
          <input name="targetShare" type="number" min={0} max={100} step={1} defaultValue={theme?.targetShare ?? ''} aria-describedby={`${headingId}-target`} />
          <span className="hint" id={`${headingId}-target`}>
            Empty: no guardrail. Targets active at the same time add up to 100 at most.
          </span>
        </label>
        <label>
          Active from
          <input name="startsOn" type="date" defaultValue={theme?.startsOn ?? ''} />
        </label>
        <label>
          Active until (inclusive)
          <input name="endsOn" type="date" defaultValue={theme?.endsOn ?? ''} />
        </label>
        <label className="wide">
          Objective
          <textarea name="objective" rows={2} maxLength={2000} defaultValue={theme?.objective ?? ''} />
        </label>
        <KeyResultsEditor rows={keyResults} onChange={setKeyResults} />
        <label className="wide">
          Description <span className="hint">(Markdown)</span>
          <textarea name="description" rows={3} maxLength={20000} defaultValue={theme?.description ?? ''} />
        </label>
        <OwnerSelect members={members} ownerId={theme?.ownerId ?? null} />
      </fieldset>
      <FormActions error={save.error} pending={save.isPending} submitLabel={theme ? 'Save theme' : 'Create theme'} onCancel={onDone} />
    </form>
  );
}
