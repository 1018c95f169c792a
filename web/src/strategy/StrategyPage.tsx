import { explain } from '../api/http';
import { useMembers, usePortfolio } from '../api/queries';
import { Loading } from '../shell/Loading';
import { portfolioPath } from '../shell/paths';
import { Link } from '../shell/router';
import { AllocationChart } from './AllocationChart';
import { dependencyMapPath, roadmapPath } from './paths';
import { ThemesSection } from './ThemesSection';
import { ValueStreamsSection } from './ValueStreamsSection';
import './strategy.css';

/** Strategic themes and value streams of a portfolio, and how the work in progress is spread across them. */
export default function StrategyPage({ portfolioId }: { portfolioId: string }) {
  const portfolio = usePortfolio(portfolioId);
  const members = useMembers(portfolioId);
  if (portfolio.isPending) return <Loading />;
  if (!portfolio.data) return <p className="page form-error" role="alert">{explain(portfolio.error)}</p>;
  const p = portfolio.data;
  const editable = p.myCapabilities.includes('strategy.manage');
  return (
    <div className="page strategy-page">
      <div className="page-header">
        <h1>Strategy of {p.name}</h1>
        <Link to={portfolioPath(portfolioId)}>Back to the portfolio</Link>
        <Link to={roadmapPath(portfolioId)}>Roadmap</Link>
        <Link to={dependencyMapPath(portfolioId)}>Dependency map</Link>
      </div>
      {!editable && <p className="hint">Only holders of strategy.manage change themes and value streams.</p>}
      <section aria-labelledby="themes-heading">
        <h2 id="themes-heading">Strategic themes</h2>
        <ThemesSection portfolioId={portfolioId} members={members.data ?? []} editable={editable} />
      </section>
      <section aria-labelledby="streams-heading">
        <h2 id="streams-heading">Value streams</h2>
        <ValueStreamsSection portfolioId={portfolioId} members={members.data ?? []} editable={editable} />
      </section>
      <section aria-labelledby="allocation-heading">
        <h2 id="allocation-heading">Capacity allocation</h2>
        <AllocationChart portfolioId={portfolioId} />
      </section>
    </div>
  );
}
