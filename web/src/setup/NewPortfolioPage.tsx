import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { answer, api } from '../api/http';
import { keys } from '../api/queries';
import type { RequestBody } from '../api/types';
import { boardLink } from '../shell/paths';
import { FormError, SubmitButton } from './FieldErrors';

/** Each choice explained in one line, so a newcomer can choose without reading the docs. */
const ORGANISATIONS = [
  { value: 'enterprise', label: 'Enterprise', line: 'Several teams and roles; entering "Ready" needs a go/no-go approval.' },
  { value: 'small', label: 'Small', line: 'One person may hold every role; approval gates are off.' },
] as const;

export const BOARDS = [
  { value: 'safe', label: 'SAFe Portfolio Kanban', line: 'Funnel → Reviewing → Analyzing → Ready → Implementing (MVP, Persevere) → Done, with epic hypothesis and business case.' },
  { value: 'simple', label: 'Simple', line: 'Backlog → Ready → In progress → Review → Done.' },
] as const;

export function NewPortfolioPage({ first }: { first: boolean }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: (input: RequestBody<'createPortfolio'>) => answer(api.POST('/api/v1/portfolios', { body: input })),
    onSuccess: (portfolio) => {
      void queryClient.invalidateQueries({ queryKey: keys.portfolios });
      void navigate({ ...boardLink(portfolio.boards[0]!.id), replace: first });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = <Value extends string>(options: readonly { value: Value }[], name: string) => options.find((option) => option.value === form.get(name))?.value;
    create.mutate({ name: String(form.get('name')), template: chosen(ORGANISATIONS, 'template'), boardTemplate: chosen(BOARDS, 'boardTemplate') });
  };
  return (
    <div className="setup">
      <form className="setup-card" onSubmit={submit}>
        {first && <p className="step">Step 2 of 2</p>}
        <h1>{first ? 'Create your first portfolio' : 'New portfolio'}</h1>
        <p>A portfolio is a body of work steered together. You become its portfolio manager; it starts with one board.</p>
        <label>
          Portfolio name
          <input name="name" required maxLength={200} autoFocus />
        </label>
        <Choice legend="Organisation" name="template" options={ORGANISATIONS} />
        <Choice legend="Board" name="boardTemplate" options={BOARDS} />
        <FormError error={create.error} />
        <SubmitButton busy={create.isPending}>
          Create portfolio and open its board
        </SubmitButton>
      </form>
    </div>
  );
}

function Choice({ legend, name, options }: { legend: string; name: string; options: readonly { value: string; label: string; line: string }[] }) {
  return (
    <fieldset className="choice">
      <legend>{legend}</legend>
      {options.map((option, index) => (
        <label key={option.value} className="choice-option">
          <input type="radio" name={name} value={option.value} defaultChecked={index === 0} />
          <span>
            <strong>{option.label}</strong>
            <span className="hint">{option.line}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
