import { Link } from '@tanstack/react-router';
import { explain } from '../api/http';
import { useMembers, usePortfolio } from '../api/queries';
import { Loading } from '../shell/Loading';
import { AllocationChart } from './AllocationChart';
import { dependencyMapLink, roadmapLink } from './paths';
import { ThemesSection } from './ThemesSection';
import { ValueStreamsSection } from './ValueStreamsSection';
import './strategy.css';

/**
 * The portfolio's strategy section: its strategic themes and value streams, how the work in progress
 * is spread across them against target, and the way to the roadmap and the dependency map.
 */
export default function StrategyPage({ portfolioId }: { portfolioId: string }) {
  const portfolio = usePortfolio(portfolioId);
  const members = useMembers(portfolioId);
  if (portfolio.isPending) return <Loading />;
  if (!portfolio.data) return <p className="form-error" role="alert">{explain(portfolio.error)}</p>;
  const editable = portfolio.data.myCapabilities.includes('strategy.manage');
  return (
    <div className="strategy-page">
      <ul className="inline-list">
        <li>
          <Link {...roadmapLink(portfolioId)}>Roadmap</Link>
        </li>
        <li>
          <Link {...dependencyMapLink(portfolioId)}>Dependency map</Link>
        </li>
      </ul>
      <section aria-labelledby="allocation-heading">
        <h2 id="allocation-heading">Capacity allocation</h2>
        <AllocationChart portfolioId={portfolioId} />
      </section>
      {!editable && <p className="hint">Only people who may manage strategy change themes and value streams.</p>}
      <section aria-labelledby="themes-heading">
        <h2 id="themes-heading">Strategic themes</h2>
        <ThemesSection portfolioId={portfolioId} members={members.data ?? []} editable={editable} />
      </section>
      <section aria-labelledby="streams-heading">
        <h2 id="streams-heading">Value streams</h2>
        <ValueStreamsSection portfolioId={portfolioId} members={members.data ?? []} editable={editable} />
      </section>
    </div>
  );
}
