import { Link } from '../shell/router';
import { AllocationChart } from './AllocationChart';
import { dependencyMapPath, roadmapPath, strategyPath } from './paths';

/** The portfolio view's strategy section: actual work in progress per theme and value stream against target, and the way to the strategy views. */
export function PortfolioStrategy({ portfolioId }: { portfolioId: string }) {
  return (
    <>
      <ul className="inline-list">
        <li>
          <Link to={strategyPath(portfolioId)}>Themes and value streams</Link>
        </li>
        <li>
          <Link to={roadmapPath(portfolioId)}>Roadmap</Link>
        </li>
        <li>
          <Link to={dependencyMapPath(portfolioId)}>Dependency map</Link>
        </li>
      </ul>
      <h3>Capacity allocation</h3>
      <AllocationChart portfolioId={portfolioId} />
    </>
  );
}
