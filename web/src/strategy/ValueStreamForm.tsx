import { useId, type FormEvent } from 'react';
import { answer, api } from '../api/http';
import type { Member, ValueStream } from '../api/types';
import { FormActions } from '../setup/FieldErrors';
import { OwnerSelect } from './OwnerSelect';
import { valueStreamInputFrom } from './value-stream-draft';
import { useStrategyWrite } from './useStrategyWrite';

type Props = { portfolioId: string; stream?: ValueStream; members: readonly Member[]; onDone: () => void };

/** Creates a value stream, or changes one (with the version read). */
export function ValueStreamForm({ portfolioId, stream, members, onDone }: Props) {
  const headingId = useId();
  const save = useStrategyWrite(
    portfolioId,
    (input: ReturnType<typeof valueStreamInputFrom>) =>
      stream
        ? answer(api.PATCH('/api/v1/portfolios/{id}/value-streams/{valueStreamId}', { params: { path: { id: portfolioId, valueStreamId: stream.id } }, body: { ...input, version: stream.version } }))
        : answer(api.POST('/api/v1/portfolios/{id}/value-streams', { params: { path: { id: portfolioId } }, body: input })),
    (input) => `Value stream "${input.name}" saved.`,
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(valueStreamInputFrom(new FormData(event.currentTarget)), { onSuccess: onDone });
  };
  const budget = stream?.budget;
  return (
    <form className="strategy-form settings-form" onSubmit={submit} aria-labelledby={headingId}>
      <h3 id={headingId}>{stream ? `Edit value stream ${stream.name}` : 'New value stream'}</h3>
      <fieldset>
        <label>
          Name
          <input name="name" required maxLength={200} defaultValue={stream?.name ?? ''} />
        </label>
        <label>
          Target share (% of work in progress)
          <input name="targetShare" type="number" min={0} max={100} step={1} defaultValue={stream?.targetShare ?? ''} />
        </label>
        <label>
          Budget amount <span className="hint">(empty: no budget)</span>
          <input name="budget.amount" type="number" min={0} step="any" inputMode="decimal" defaultValue={budget?.amount ?? ''} />
        </label>
        <label>
          Currency <span className="hint">(ISO code, e.g. EUR)</span>
          <input name="budget.currency" maxLength={3} pattern="[A-Za-z]{3}" defaultValue={budget?.currency ?? 'EUR'} />
        </label>
        <label>
          Budget period from
          <input name="budget.periodStart" type="date" defaultValue={budget?.periodStart ?? ''} />
        </label>
        <label>
          Budget period until (inclusive)
          <input name="budget.periodEnd" type="date" defaultValue={budget?.periodEnd ?? ''} />
        </label>
        <label className="wide">
          Description <span className="hint">(Markdown)</span>
          <textarea name="description" rows={3} maxLength={20000} defaultValue={stream?.description ?? ''} />
        </label>
        <OwnerSelect members={members} ownerId={stream?.ownerId ?? null} />
      </fieldset>
      <FormActions error={save.error} pending={save.isPending} submitLabel={stream ? 'Save value stream' : 'Create value stream'} onCancel={onDone} />
    </form>
  );
}
