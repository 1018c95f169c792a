import { useMutation, useQueryClient } from '@tanstack/react-query';
import { COLUMN_KIND_WORDS } from '../board/columns';
import { useRef, useState, type FormEvent } from 'react';
import { answer, api, explain, isProblem } from '../api/http';
import { keys, useBoard, useMembers, useRoles, useUsers } from '../api/queries';
import type { BoardSettings, Column, Member, Responsibility, Role } from '../api/types';
import { Loading } from '../shell/Loading';
import { notify } from '../shell/notices';
import { columnChanges, columnUpdate, exitCriteriaFromText, settingsOf, type ColumnSettingsValues, type ColumnUpdate } from './column-changes';
import { ColumnPolicies } from './ColumnPolicies';
import { PolicyChangeReason, reasonFrom } from './PolicyChangeReason';
import { PolicyHistory } from './PolicyHistory';
import { PrincipalPicker } from './PrincipalPicker';
import { RACI_PARTS } from './raci-parts';
import { principalOptions, type PrincipalOption } from './principals';

/** Column policies for kanban coaches: WIP limit, explicit policy, exit criteria, gate and RACI. */
type Props = {
  portfolioId: string;
  boards: readonly Pick<BoardSettings, 'id' | 'name'>[];
  editable: boolean;
  /** The board and column a link asked for ("Edit who is responsible for Reviewing"): that board chosen, that column open. */
  linked?: { board?: string; column?: string };
};

export function ColumnSettings({ portfolioId, boards, editable, linked = {} }: Props) {
  const [boardId, setBoardId] = useState(boards.find((b) => b.id === linked.board)?.id ?? boards[0]?.id ?? '');
  const board = useBoard(boardId);
  const roles = useRoles(portfolioId);
  const members = useMembers(portfolioId);
  const users = useUsers();
  const nameOf = (userId: string | null) => users.data?.find((u) => u.id === userId)?.name ?? 'someone';
  // Kept here, not in the form: a saved column's form is built anew from the server's answer, and stays open.
  const [openColumns, setOpenColumns] = useState<ReadonlySet<string>>(() => new Set(linked.column ? [linked.column] : []));
  const toggle = (columnId: string, open: boolean) =>
    setOpenColumns((current) => {
      const next = new Set(current);
      if (open) next.add(columnId);
      else next.delete(columnId);
      return next;
    });
  if (!boardId) return <p className="hint">This portfolio has no board yet.</p>;
  const failed = [board, roles, members].find((query) => query.isError);
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
      {!editable && <p className="hint">Changing columns needs the right to configure the workflow; you can read the policies here.</p>}
      {failed ? (
        <p className="form-error" role="alert">
          Could not load the column settings: {explain(failed.error)}
        </p>
      ) : !board.data || !roles.data || !members.data ? (
        // A form shows a column's matrix only once it can name every role and person in it: built earlier, it would show, and save, the wrong one.
        <Loading label="Loading the columns, roles and members…" />
      ) : (
        board.data.columns.map((column) => (
          <ColumnEntry
            key={`${column.id}:${column.version}`}
            boardId={boardId}
            column={column}
            roles={roles.data}
            members={members.data}
            editable={editable}
            nameOf={nameOf}
            open={openColumns.has(column.id)}
            onToggle={(open) => toggle(column.id, open)}
            linked={column.id === linked.column}
          />
        ))
      )}
    </div>
  );
}

type EntryProps = {
  boardId: string;
  column: Column;
  roles: readonly Role[];
  members: readonly Member[];
  editable: boolean;
  nameOf: (userId: string | null) => string;
  open: boolean;
  onToggle: (open: boolean) => void;
  /** The column a link opened: brought into view when it first shows. */
  linked: boolean;
};

function ColumnEntry({ boardId, column, roles, members, editable, nameOf, open, onToggle, linked }: EntryProps) {
  const scrolled = useRef(false);
  const bringIntoView = (element: HTMLDetailsElement | null) => {
    if (!element || !linked || scrolled.current) return;
    scrolled.current = true;
    element.scrollIntoView({ block: 'start' });
  };
  const options = principalOptions(roles, members);
  return (
    <details ref={bringIntoView} className="column-settings" open={open} onToggle={(e) => onToggle(e.currentTarget.open)}>
      <summary>
        <strong>{column.name}</strong> <span className="hint">{columnSummary(column)}</span>
      </summary>
      {/* Who may not change the column reads its policies as text, not as a greyed-out form. */}
      {editable ? <ColumnForm boardId={boardId} column={column} options={options} /> : <ColumnPolicies column={column} options={options} />}
      <h3>Policy history</h3>
      {open && <PolicyHistory boardId={boardId} columnId={column.id} nameOf={nameOf} />}
    </details>
  );
}

function ColumnForm({ boardId, column, options }: { boardId: string; column: Column; options: readonly PrincipalOption[] }) {
  const queryClient = useQueryClient();
  const [wipLimit, setWipLimit] = useState(column.wipLimit === null ? '' : String(column.wipLimit));
  const [policy, setPolicy] = useState(column.policy);
  const [exitCriteria, setExitCriteria] = useState(column.exitCriteria.join('\n'));
  const [gate, setGate] = useState(column.gate);
  const [raci, setRaci] = useState<Responsibility>(column.responsibility);
  const [conflict, setConflict] = useState(false);
  // The board and the column's policy history both changed; the form is built anew from the server's answer.
  const reload = () => queryClient.invalidateQueries({ queryKey: keys.board(boardId) });
  const save = useMutation({
    // The version read: a column someone else changed meanwhile is refused, not overwritten.
    mutationFn: (changes: ColumnUpdate & { reason?: string }) => answer(api.PATCH('/api/v1/boards/{id}/columns/{columnId}', { params: { path: { id: boardId, columnId: column.id } }, body: { ...changes, version: column.version } })),
    onSuccess: (saved) => {
      notify(`Column "${saved.name}" saved.`);
      return reload();
    },
    onError: (error) => {
      if (isProblem(error, 'version_conflict')) setConflict(true);
      else notify(explain(error), 'error');
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const edited: ColumnSettingsValues = {
      wipLimit: column.kind === 'done' || wipLimit === '' ? null : Number(wipLimit),
      policy,
      exitCriteria: exitCriteriaFromText(exitCriteria),
      gate,
      responsibility: raci,
    };
    const changes = columnChanges(settingsOf(column), edited);
    const update = columnUpdate(changes);
    if (Object.keys(changes).length === 0) notify('Nothing to save: no setting changed.');
    else if (!update) notify(`Choose who is accountable for ${column.name}: a column needs exactly one role or person.`, 'error');
    // A reason goes only with a change: alone it would change nothing.
    else save.mutate({ ...update, ...reasonFrom(new FormData(event.currentTarget)) });
  };
  return (
    <form onSubmit={submit} className="settings-form">
      <fieldset disabled={save.isPending}>
        <legend className="sr-only">Settings of {column.name}</legend>
        <label>
          WIP limit <span className="hint">(empty: no limit)</span>
          <input name="wipLimit" type="number" min={1} max={10000} value={wipLimit} onChange={(e) => setWipLimit(e.target.value)} disabled={column.kind === 'done'} />
        </label>
        <label className="checkbox">
          <input name="gate" type="checkbox" checked={gate} onChange={(e) => setGate(e.target.checked)} />
          Gate: entering needs a go from someone who may approve gated decisions
        </label>
        <label className="wide">
          Policy
          <textarea name="policy" value={policy} onChange={(e) => setPolicy(e.target.value)} rows={3} />
        </label>
        <label className="wide">
          Exit criteria <span className="hint">(one per line)</span>
          <textarea name="exitCriteria" value={exitCriteria} onChange={(e) => setExitCriteria(e.target.value)} rows={3} />
        </label>
        {RACI_PARTS.map((part) => (
          <PrincipalPicker
            key={part.key}
            label={part.label}
            hint={part.key === 'accountable' ? `${part.meaning}: exactly one role or person` : part.meaning}
            single={part.key === 'accountable'}
            options={options}
            chosen={part.key === 'accountable' ? (raci.accountable ? [raci.accountable] : []) : raci[part.key]}
            onChange={(chosen) => setRaci(part.key === 'accountable' ? { ...raci, accountable: chosen[0] ?? null } : { ...raci, [part.key]: chosen })}
          />
        ))}
        <PolicyChangeReason />
        {conflict && (
          <p className="form-error wide" role="alert">
            Someone changed this column meanwhile, so nothing was saved. Reload it to see their change, then make yours again.{' '}
            <button type="button" onClick={() => void reload()}>
              Reload {column.name}
            </button>
          </p>
        )}
        <div className="actions wide">
          <button type="submit" className="primary">
            Save {column.name}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

/** A column's policies in a line: its kind, WIP limit (a done column has none), gate and exit criteria. */
function columnSummary(column: Column): string {
  const criteria = column.exitCriteria.length;
  return [
    COLUMN_KIND_WORDS[column.kind],
    ...(column.kind === 'done' ? [] : [column.wipLimit === null ? 'no WIP limit' : `WIP limit ${column.wipLimit}`]),
    ...(column.gate ? ['approval needed to enter'] : []),
    ...(criteria ? [criteria === 1 ? 'one exit criterion' : `${criteria} exit criteria`] : []),
  ].join(' · ');
}
