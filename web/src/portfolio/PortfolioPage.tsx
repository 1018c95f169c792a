import { Link } from '@tanstack/react-router';
import { useEffect, type ReactNode } from 'react';
import { explain } from '../api/http';
import { usePortfolio, useRoles } from '../api/queries';
import type { Role } from '../api/types';
import { portfolioMetricsLink } from '../metrics/metrics-paths';
import { rememberPlace } from '../shell/last-visited';
import { Loading } from '../shell/Loading';
import { portfolioLink, type PortfolioSection } from '../shell/paths';

/** The sections in the order the navigation lists them; the first, without a section, is the overview. */
const SECTIONS: { section?: PortfolioSection; title: string }[] = [
  { title: 'Boards' },
  { section: 'attention', title: 'Needs attention' },
  { section: 'reviews', title: 'Reviews' },
  { section: 'strategy', title: 'Strategy' },
  { section: 'members', title: 'Members' },
  { section: 'delegations', title: 'Delegations' },
  { section: 'roles', title: 'Roles and capabilities' },
  { section: 'columns', title: 'Column settings' },
  { section: 'integrations', title: 'Integrations' },
];

/** The roles a person holds, by their names in this portfolio (a role handed over by delegation is not held meanwhile). */
function rolesInWords(keys: readonly string[], catalogue: readonly Role[] | undefined): string {
  if (keys.length === 0) return 'you hold no role here at the moment';
  const names = keys.map((key) => catalogue?.find((role) => role.key === key)?.name).filter((name): name is string => Boolean(name));
  return names.length === keys.length ? `your roles: ${names.join(', ')}` : '';
}

/** A portfolio: its name and the navigation between its sections, around the section at the address (`children`). */
export default function PortfolioPage({ portfolioId, children }: { portfolioId: string; children: ReactNode }) {
  const portfolio = usePortfolio(portfolioId);
  const roles = useRoles(portfolioId);
  useEffect(() => rememberPlace({ portfolioId }), [portfolioId]);
  if (portfolio.isPending) return <Loading />;
  if (!portfolio.data) return <p className="page form-error" role="alert">{explain(portfolio.error)}</p>;
  const p = portfolio.data;

  return (
    <div className="page portfolio-page">
      <div className="page-header">
        <h1>{p.name}</h1>
        <p className="hint">
          {p.template === 'small' ? 'Small organisation' : 'Enterprise'} · {rolesInWords(p.myRoles, roles.data)}
        </p>
        {p.myCapabilities.includes('metrics.view') && <Link {...portfolioMetricsLink(p.id)}>Flow metrics of the portfolio</Link>}
      </div>
      <div className="portfolio-layout">
        <nav aria-label="Portfolio sections" className="section-nav">
          {SECTIONS.map(({ section, title }) => (
            // The overview's address starts every section's: it is current only on its own.
            <Link key={title} {...portfolioLink(p.id, section)} activeOptions={{ exact: true }}>
              {title}
            </Link>
          ))}
        </nav>
        <div className="portfolio-section">{children}</div>
      </div>
    </div>
  );
}
