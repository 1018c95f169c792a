import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { explain, http } from '../api/http';
import { keys, useBoard, useMembers, useRoles, useUsers } from '../api/queries';
import type { BoardSettings, Column, Member, Principal, Responsibility, Role } from '../api/types';
import { notify } from '../shell/notices';
import { PolicyHistory } from './PolicyHistory';
import { decodePrincipal, encodePrincipal, principalOptions } from './principals';

/** Column policies for kanban coaches: WIP limit, explicit policy, exit criteria, gate and RACI. */
export function ColumnSettings({ portfolioId, boards, editable }: { portfolioId: string; boards: readonly Pick<BoardSettings, 'id' | 'name'>[]; editable: boolean }) {
  const [boardId, setBoardId] = useState(boards[0]?.id ?? '');
  const board = useBoard(boardId);
  const roles = useRoles(portfolioId);
  const members = useMembers(portfolioId);
  const users = useUsers();
  const nameOf = (userId: string | null) => users.data?.find((u) => u.id === userId)?.name ?? 'someone';
  // Kept here, not in the form: a saved column's form is built anew from the server's answer, and stays open.
  const [openColumns, setOpenColumns] = useState<ReadonlySet<string>>(new Set());
  const toggle = (columnId: string, open: boolean) =>
    setOpenColumns((current) => {
      const next = new Set(current);
      if (open) next.add(columnId);
      else next.delete(columnId);
      return next;
    });
  if (!boardId) return <p className="hint">This portfolio has no board yet.</p>;
  return (
    <div className="stack">
      {boards.length > 1 && (
        <label className="filter">
          Board
          <select value={boardId} onChange={(e) => setBoardId(e.target.value)}>
            {boards.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {!editable && <p className="hint">Changing columns needs workflow.configure; you can read the policies here.</p>}
      {board.data?.columns.map((column) => (
        <ColumnForm
          key={`${column.id}:${column.version}`}
          boardId={boardId}
          column={column}
          roles={roles.data ?? []}
          members={members.data ?? []}
          editable={editable}
          nameOf={nameOf}
          open={openColumns.has(column.id)}
          onToggle={(open) => toggle(column.id, open)}
        />
      ))}
    </div>
  );
}

const RACI_PARTS = [
  { key: 'responsible', label: 'Responsible (do the work)' },
  { key: 'consulted', label: 'Consulted' },
  { key: 'informed', label: 'Informed' },
] as const;

function principals(form: FormData, name: string): Principal[] {
  return form.getAll(name).map((v) => decodePrincipal(String(v))).filter((p): p is Principal => p !== null);
}

type FormProps = {
  boardId: string;
  column: Column;
  roles: readonly Role[];
  members: readonly Member[];
  editable: boolean;
  nameOf: (userId: string | null) => string;
  open: boolean;
  onToggle: (open: boolean) => void;
};

function ColumnForm({ boardId, column, roles, members, editable, nameOf, open, onToggle }: FormProps) {
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (patch: Record<string, unknown>) => http.patch<Column>(`/boards/${boardId}/columns/${column.id}`, { ...patch, version: column.version }),
    onSuccess: (saved) => notify(`Column "${saved.name}" saved.`),
    onError: (error) => notify(explain(error), 'error'),
    // The board and the column's policy history both changed.
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.board(boardId) }),
  });
  const options = principalOptions(roles, members);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const wip = String(form.get('wipLimit') ?? '');
    const responsibility: Responsibility = {
      accountable: decodePrincipal(String(form.get('accountable') ?? '')),
      responsible: principals(form, 'responsible'),
      consulted: principals(form, 'consulted'),
      informed: principals(form, 'informed'),
    };
    save.mutate({
      ...(column.kind === 'done' ? {} : { wipLimit: wip === '' ? null : Number(wip) }),
      policy: String(form.get('policy') ?? ''),
      exitCriteria: String(form.get('exitCriteria') ?? '').split('\n').map((c) => c.trim()).filter(Boolean),
      gate: form.get('gate') === 'on',
      responsibility,
    });
  };
  const r = column.responsibility;
  return (
    <details className="column-settings" open={open} onToggle={(e) => onToggle(e.currentTarget.open)}>
      <summary>
        <strong>{column.name}</strong> <span className="hint">{column.kind} · WIP {column.wipLimit ?? 'no limit'}{column.gate ? ' · gated' : ''}</span>
      </summary>
      <form onSubmit={submit} className="settings-form">
        <fieldset disabled={!editable || save.isPending}>
          <legend className="sr-only">Settings of {column.name}</legend>
          <label>
            WIP limit <span className="hint">(empty: no limit)</span>
            <input name="wipLimit" type="number" min={1} max={10000} defaultValue={column.wipLimit ?? ''} disabled={column.kind === 'done'} />
          </label>
          <label className="checkbox">
            <input name="gate" type="checkbox" defaultChecked={column.gate} />
            Gate: entering needs approval (gate.approve)
          </label>
          <label className="wide">
            Policy
            <textarea name="policy" defaultValue={column.policy} rows={3} />
          </label>
          <label className="wide">
            Exit criteria <span className="hint">(one per line)</span>
            <textarea name="exitCriteria" defaultValue={column.exitCriteria.join('\n')} rows={3} />
          </label>
          <label>
            Accountable (exactly one)
            <select name="accountable" required defaultValue={r.accountable ? encodePrincipal(r.accountable) : ''}>
              <option value="" disabled>
                Nobody yet: choose who is accountable
              </option>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          {RACI_PARTS.map((part) => (
            <label key={part.key}>
              {part.label}
              <select name={part.key} multiple defaultValue={r[part.key].map(encodePrincipal)} size={4}>
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
          {editable && (
            <div className="actions wide">
              <button type="submit" className="primary">
                Save {column.name}
              </button>
            </div>
          )}
        </fieldset>
      </form>
      <h3>Policy history</h3>
      {open && <PolicyHistory boardId={boardId} columnId={column.id} nameOf={nameOf} />}
    </details>
  );
}
