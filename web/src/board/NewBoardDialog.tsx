import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { answer, api } from '../api/http';
import { keys } from '../api/queries';
import type { Portfolio } from '../api/types';
import { FormActions } from '../setup/FieldErrors';
import { BOARDS } from '../setup/NewPortfolioPage';
import { Dialog } from '../shell/Dialog';
import { notify } from '../shell/notices';
import { boardLink } from '../shell/paths';

type Template = (typeof BOARDS)[number]['value'];

/** The way to add a board, for holders of workflow.configure (the caller decides who sees it). */
export function NewBoardButton({ portfolio }: { portfolio: Portfolio }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        New board
      </button>
      {open && <NewBoardDialog portfolio={portfolio} onClose={() => setOpen(false)} />}
    </>
  );
}

/** Adds a board to the portfolio from a template (workflow.configure), then opens it. */
export function NewBoardDialog({ portfolio, onClose }: { portfolio: Portfolio; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [template, setTemplate] = useState<Template>('simple');
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: (input: { name: string; template: Template; gates?: boolean }) => answer(api.POST('/api/v1/portfolios/{id}/boards', { params: { path: { id: portfolio.id } }, body: input })),
    onSuccess: (board) => {
      queryClient.setQueryData(keys.board(board.id), board);
      // The portfolio lists its boards: the switcher and the portfolio page show the new one.
      void queryClient.invalidateQueries({ queryKey: keys.portfolio(portfolio.id), exact: true });
      void queryClient.invalidateQueries({ queryKey: keys.portfolios, exact: true });
      notify(`Board "${board.name}" created.`);
      onClose();
      void navigate(boardLink(board.id));
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get('name'));
    create.mutate(template === 'safe' ? { name, template, gates: form.get('gates') === 'on' } : { name, template });
  };
  return (
    <Dialog title="New board" onClose={onClose}>
      <form onSubmit={submit} className="stack">
        <p className="hint">
          A new board of {portfolio.name}, with the template&apos;s columns. Its cards get keys like {portfolio.itemKeyPrefix}-1, shared with the portfolio&apos;s other boards.
        </p>
        <label>
          Board name
          <input name="name" required maxLength={200} autoFocus />
        </label>
        <fieldset className="choice">
          <legend>Template</legend>
          {BOARDS.map((option) => (
            <label key={option.value} className="choice-option">
              <input type="radio" name="template" value={option.value} checked={template === option.value} onChange={() => setTemplate(option.value)} />
              <span>
                <strong>{option.label}</strong>
                <span className="hint">{option.line}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {template === 'safe' && (
          <label className="checkbox">
            <input type="checkbox" name="gates" defaultChecked={portfolio.template === 'enterprise'} />
            Entering Ready needs a go/no-go approval (gate.approve)
          </label>
        )}
        <FormActions error={create.error} pending={create.isPending} submitLabel="Create board" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
