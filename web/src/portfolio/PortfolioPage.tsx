import { useEffect } from 'react';
import { explain } from '../api/http';
import { usePortfolio } from '../api/queries';
import { NewBoardButton } from '../board/NewBoardDialog';
import { rememberPlace } from '../shell/last-visited';
import { Loading } from '../shell/Loading';
import { Link } from '../shell/router';
import { PortfolioStrategy } from '../strategy/PortfolioStrategy';
import { ColumnSettings } from './ColumnSettings';
import { DecisionLog } from './DecisionLog';
import { Delegations } from './Delegations';
import { GapsList } from './GapsList';
import { MembersAdmin } from './MembersAdmin';
import { PendingApprovals } from './PendingApprovals';
import { RolesMatrix } from './RolesMatrix';

const SECTIONS = [
  { id: 'boards', title: 'Boards' },
  { id: 'strategy', title: 'Strategy' },
  { id: 'attention', title: 'Needs attention' },
  { id: 'members', title: 'Members' },
  { id: 'delegations', title: 'Delegations' },
  { id: 'roles', title: 'Roles and capabilities' },
  { id: 'columns', title: 'Column settings' },
] as const;

export default function PortfolioPage({ portfolioId }: { portfolioId: string }) {
  const portfolio = usePortfolio(portfolioId);
  useEffect(() => rememberPlace({ portfolioId }), [portfolioId]);
  if (portfolio.isPending) return <Loading />;
  if (!portfolio.data) return <p className="page form-error" role="alert">{explain(portfolio.error)}</p>;
  const p = portfolio.data;
  const can = (capability: string) => p.myCapabilities.includes(capability);

  return (
    <div className="page portfolio-page">
      <div className="page-header">
        <h1>{p.name}</h1>
        <p className="hint">
          {p.template === 'small' ? 'Small organisation' : 'Enterprise'} · your roles: {p.myRoles.join(', ')}
        </p>
        {can('metrics.view') && <Link to={`/portfolios/${p.id}/metrics`}>Flow metrics of the portfolio</Link>}
      </div>
      <nav aria-label="Portfolio sections" className="section-nav">
        {SECTIONS.map((s) => (
          <a key={s.id} href={`#${s.id}`}>
            {s.title}
          </a>
        ))}
      </nav>

      <section id="boards" aria-labelledby="boards-heading">
        <h2 id="boards-heading">Boards</h2>
        <ul className="tile-list">
          {p.boards.map((board) => (
            <li key={board.id} className="tile">
              <Link to={`/boards/${board.id}`}>{board.name}</Link>
              <span className="hint"> {board.template === 'safe' ? 'SAFe Portfolio Kanban' : 'Simple'}</span>
            </li>
          ))}
        </ul>
        {can('workflow.configure') && <NewBoardButton portfolio={p} />}
      </section>

      <section id="strategy" aria-labelledby="strategy-heading">
        <h2 id="strategy-heading">Strategy</h2>
        <PortfolioStrategy portfolioId={p.id} />
      </section>

      <section id="attention" aria-labelledby="attention-heading">
        <h2 id="attention-heading">Needs attention</h2>
        <h3>Responsibility gaps</h3>
        <GapsList portfolioId={p.id} />
        <h3>Approval requests waiting for a decision</h3>
        <PendingApprovals portfolioId={p.id} canDecide={can('gate.approve')} mayOverride={can('wip.override')} />
        <h3>Decision log</h3>
        <DecisionLog portfolioId={p.id} />
      </section>

      <section id="members" aria-labelledby="members-heading">
        <h2 id="members-heading">Members</h2>
        <MembersAdmin portfolioId={p.id} editable={can('portfolio.admin')} />
      </section>

      <section id="delegations" aria-labelledby="delegations-heading">
        <h2 id="delegations-heading">Delegations</h2>
        <Delegations portfolioId={p.id} myRoles={p.myRoles} />
      </section>

      <section id="roles" aria-labelledby="roles-heading">
        <h2 id="roles-heading">Roles and capabilities</h2>
        {!can('portfolio.admin') && <p className="hint">Only holders of portfolio.admin change roles.</p>}
        <RolesMatrix portfolioId={p.id} editable={can('portfolio.admin')} />
      </section>

      <section id="columns" aria-labelledby="columns-heading">
        <h2 id="columns-heading">Column settings</h2>
        <ColumnSettings portfolioId={p.id} boards={p.boards} editable={can('workflow.configure')} />
      </section>
    </div>
  );
}
