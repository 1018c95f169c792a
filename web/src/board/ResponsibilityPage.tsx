import { Link } from '@tanstack/react-router';
import { onBehalfOf as onBehalfOfText } from '../../../src/domain/delegation';
import { explain } from '../api/http';
import { useBoard, useBoardResponsibility, useCan, useRoles } from '../api/queries';
import type { BoardResponsibility, Column, Principal, Role } from '../api/types';
import { RACI_PARTS } from '../portfolio/raci-parts';
import { formatUntil } from '../shell/format';
import { Loading } from '../shell/Loading';
import { boardLink, columnSettingsLink } from '../shell/paths';
import './responsibility-page.css';

type ColumnAnswer = BoardResponsibility['columns'][number];
type Person = ColumnAnswer['people'][number];

/** "Who is responsible?" for a whole board: each column's RACI with its roles resolved to the people who hold them now. */
export default function ResponsibilityPage({ boardId }: { boardId: string }) {
  const board = useBoard(boardId);
  const answer = useBoardResponsibility(boardId);
  const portfolioId = board.data?.portfolioId;
  const roles = useRoles(portfolioId);
  const can = useCan(portfolioId);
  const failed = [board, answer, roles].find((query) => query.isError);
  if (failed) return <p className="page form-error" role="alert">{explain(failed.error)}</p>;
  if (!board.data || !answer.data || !roles.data) return <Loading />;
  const columns = new Map(board.data.columns.map((c) => [c.id, c]));
  return (
    <div className="page responsibility-page">
      <div className="page-header">
        <h1>Who is responsible?</h1>
        <p className="hint">
          Every column of <Link {...boardLink(boardId)}>{board.data.name}</Link>: who answers for it, who does the work, who is consulted and who is kept informed, roles shown as the people who hold them now.
        </p>
      </div>
      {answer.data.columns.map((column) => (
        <ColumnResponsibility
          key={column.id}
          answer={column}
          column={columns.get(column.id)}
          roles={roles.data}
          edit={can('workflow.configure') ? columnSettingsLink(board.data!.portfolioId, boardId, column.id) : null}
        />
      ))}
    </div>
  );
}

function ColumnResponsibility({ answer, column, roles, edit }: { answer: ColumnAnswer; column: Column | undefined; roles: readonly Role[]; edit: ReturnType<typeof columnSettingsLink> | null }) {
  const headingId = `raci-${answer.id}`;
  return (
    <section className="raci-column" aria-labelledby={headingId}>
      <h2 id={headingId}>{answer.name}</h2>
      {answer.raci.accountable.length === 0 && (
        <p className="raci-gap">
          <strong>Nobody is accountable for {answer.name}.</strong> {gapFix(column?.responsibility.accountable ?? null, roles)}
        </p>
      )}
      <dl className="raci-parts">
        {RACI_PARTS.map((part) => (
          <div key={part.key} className="raci-part">
            <dt>
              {part.label} <span className="hint">{part.meaning}</span>
            </dt>
            <dd>
              {answer.raci[part.key].length === 0 ? (
                <span className="hint">Nobody</span>
              ) : (
                <ul className="raci-people">
                  {answer.raci[part.key].map((person) => (
                    <li key={person.userId}>
                      {person.name}
                      {onBehalfOf(person) && <span className="hint"> {onBehalfOf(person)}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {edit && (
        <Link {...edit} className="raci-edit">
          Edit who is responsible for {answer.name}
        </Link>
      )}
    </section>
  );
}

/** The delegations a person answers through, worded as in their reasons (see localReason): "on behalf of Ada Admin until 20 Dec 2026". */
function onBehalfOf(person: Person): string {
  return (person.delegations ?? []).map((d) => onBehalfOfText(d, formatUntil)).join(', ');
}

/** What to do about a column nobody answers for, by what its matrix names. */
function gapFix(accountable: Principal | null, roles: readonly Role[]): string {
  if (!accountable) return 'Name an accountable role or person in its responsibility matrix.';
  if ('user' in accountable) return 'The person named is no longer an active member: name another accountable role or person.';
  const role = roles.find((r) => r.key === accountable.role);
  return role
    ? `Nobody holds the role ${role.name}: give it to a member, delegate it to one, or name another accountable.`
    : 'The role named no longer exists: name another accountable role or person.';
}
