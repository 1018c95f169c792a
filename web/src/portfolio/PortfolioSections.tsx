import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { usePortfolio } from '../api/queries';
import type { Portfolio } from '../api/types';
import { NewBoardButton } from '../board/NewBoardDialog';
import { boardLink } from '../shell/paths';
import { ColumnSettings } from './ColumnSettings';
import { DecisionLog } from './DecisionLog';
import { Delegations } from './Delegations';
import { GapsList } from './GapsList';
import { MembersAdmin } from './MembersAdmin';
import { PendingApprovals } from './PendingApprovals';
import { RolesMatrix } from './RolesMatrix';
import { ImportWizard } from '../integrations/ImportWizard';
import { ReviewList } from '../reviews/ReviewList';
import { TemplateSwitch } from '../reviews/TemplateSwitch';
import { IntakeLinks } from '../integrations/IntakeLinks';
import { ItemsExport } from '../integrations/ItemsExport';
import { Webhooks } from '../integrations/Webhooks';

/**
 * The sections of the portfolio page, each at its own address (routes.tsx) and asking only for its
 * own data. The page around them has loaded the portfolio, which they read from the cache.
 */
function Section({ portfolioId, id, title, children }: { portfolioId: string; id: string; title: string; children: (portfolio: Portfolio) => ReactNode }) {
  const portfolio = usePortfolio(portfolioId).data;
  if (!portfolio) return null;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children(portfolio)}
    </section>
  );
}

const BOARD_TEMPLATE_WORDS: Record<string, string> = { safe: 'SAFe Portfolio Kanban', simple: 'Simple', imported: 'Imported' };

const can = (portfolio: Portfolio, capability: string) => portfolio.myCapabilities.includes(capability);

export function BoardsSection({ portfolioId }: { portfolioId: string }) {
  return (
    <Section portfolioId={portfolioId} id="boards" title="Boards">
      {(p) => (
        <>
          <ul className="tile-list">
            {p.boards.map((board) => (
              <li key={board.id} className="tile">
                <Link {...boardLink(board.id)}>{board.name}</Link>
                <span className="hint"> {BOARD_TEMPLATE_WORDS[board.template] ?? board.template}</span>
              </li>
            ))}
          </ul>
          {can(p, 'workflow.configure') && <NewBoardButton portfolio={p} />}
        </>
      )}
    </Section>
  );
}

export function AttentionSection({ portfolioId }: { portfolioId: string }) {
  return (
    <Section portfolioId={portfolioId} id="attention" title="Needs attention">
      {(p) => (
        <>
          {/* Decisions first: each waits for someone, where a gap may wait for a reorganisation, and gaps grow with every new idea. */}
          <h3>Approval requests waiting for a decision</h3>
          <PendingApprovals portfolioId={p.id} canDecide={can(p, 'gate.approve')} mayOverride={can(p, 'wip.override')} />
          <h3>Responsibility gaps</h3>
          <GapsList portfolioId={p.id} />
          <h3>Decision log</h3>
          <DecisionLog portfolioId={p.id} />
        </>
      )}
    </Section>
  );
}

export function ReviewsSection({ portfolioId }: { portfolioId: string }) {
  return (
    <Section portfolioId={portfolioId} id="reviews" title="Reviews">
      {(p) => <ReviewList portfolioId={p.id} canFacilitate={can(p, 'review.facilitate')} />}
    </Section>
  );
}

export function MembersSection({ portfolioId }: { portfolioId: string }) {
  return (
    <Section portfolioId={portfolioId} id="members" title="Members">
      {(p) => <MembersAdmin portfolioId={p.id} editable={can(p, 'portfolio.admin')} />}
    </Section>
  );
}

export function DelegationsSection({ portfolioId }: { portfolioId: string }) {
  return (
    <Section portfolioId={portfolioId} id="delegations" title="Delegations">
      {(p) => <Delegations portfolioId={p.id} myRoles={p.myRoles} />}
    </Section>
  );
}

export function RolesSection({ portfolioId }: { portfolioId: string }) {
  return (
    <Section portfolioId={portfolioId} id="roles" title="Roles and capabilities">
      {(p) => (
        <>
          {!can(p, 'portfolio.admin') && <p className="hint">Only portfolio administrators change roles.</p>}
          <RolesMatrix portfolioId={p.id} editable={can(p, 'portfolio.admin')} />
          {can(p, 'portfolio.admin') && <TemplateSwitch portfolio={p} />}
        </>
      )}
    </Section>
  );
}

export function ColumnsSection({ portfolioId, linked }: { portfolioId: string; linked?: { board?: string; column?: string } }) {
  return (
    <Section portfolioId={portfolioId} id="columns" title="Column settings">
      {(p) => <ColumnSettings portfolioId={p.id} boards={p.boards} editable={can(p, 'workflow.configure')} linked={linked} />}
    </Section>
  );
}

export function IntegrationsSection({ portfolioId }: { portfolioId: string }) {
  return (
    <Section portfolioId={portfolioId} id="integrations" title="Integrations">
      {(p) =>
        can(p, 'integration.manage') ? (
          <>
            <h3>Import a board from Trello, Jira or a spreadsheet</h3>
            <ImportWizard portfolioId={p.id} />
            <h3>Export a board&apos;s items</h3>
            <ItemsExport portfolio={p} />
            <h3>Webhooks</h3>
            <Webhooks portfolioId={p.id} />
            <h3>Intake links for ideas</h3>
            <IntakeLinks portfolio={p} />
          </>
        ) : (
          <p className="hint">Imports, webhooks and intake links are managed by people who may manage integrations; ask a portfolio manager.</p>
        )
      }
    </Section>
  );
}
