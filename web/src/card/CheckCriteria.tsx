import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { answer, api, ProblemError } from '../api/http';
import { keys } from '../api/queries';
import type { Item } from '../api/types';
import { FormError, SubmitButton } from '../setup/FieldErrors';

/** The exit criteria a refusal (`exit_criteria_unmet`) names as not checked; none for any other answer. */
export function uncheckedCriteriaOf(error: unknown): string[] {
  return error instanceof ProblemError && error.problem.code === 'exit_criteria_unmet' && Array.isArray(error.problem.unmet) ? (error.problem.unmet as string[]) : [];
}

/** What checking criteria needs of the card: the version it was read at, and the criteria already checked. */
export type CheckedItem = Pick<Item, 'id' | 'version' | 'checkedCriteria'>;

/**
 * The exit criteria a refused move (or go) left open, ticked here by someone who may edit the card: all ticked, the
 * card is saved with them and `onChecked` carries on with what was refused. `ready`: what it carries on with is complete
 * (a decision's rationale written).
 */
export function CheckCriteria({ item, unmet, submitLabel, onChecked, ready = true }: { item: CheckedItem; unmet: readonly string[]; submitLabel: string; onChecked: (item: Item) => void; ready?: boolean }) {
  const [ticked, setTicked] = useState<readonly string[]>([]);
  const queryClient = useQueryClient();
  const check = useMutation({
    mutationFn: () => answer(api.PATCH('/api/v1/items/{id}', { params: { path: { id: item.id } }, body: { checkedCriteria: [...new Set([...item.checkedCriteria, ...ticked])], version: item.version } })),
    onSuccess: (checked) => {
      queryClient.setQueryData(keys.item(checked.id), checked);
      onChecked(checked);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    check.mutate();
  };
  const toggle = (criterion: string, on: boolean) => setTicked((list) => (on ? [...list, criterion] : list.filter((c) => c !== criterion)));
  return (
    <form onSubmit={submit} className="stack">
      <fieldset className="exit-criteria" disabled={check.isPending}>
        <legend>Tick the criteria that are met</legend>
        {unmet.map((criterion) => (
          <label key={criterion} className="checkbox">
            <input type="checkbox" checked={ticked.includes(criterion)} onChange={(e) => toggle(criterion, e.target.checked)} />
            {criterion}
          </label>
        ))}
      </fieldset>
      <FormError error={check.error} />
      <div className="actions">
        <SubmitButton busy={check.isPending} disabled={!ready || !unmet.every((criterion) => ticked.includes(criterion))}>
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
