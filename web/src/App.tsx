import { lazy, Suspense } from 'react';
import { explain } from './api/http';
import { useMe, useSetupStatus } from './api/queries';
import { BoardPage, preloadBoardPage } from './board/BoardPageLoader';
import { Home } from './setup/Home';
import { LoginPage } from './setup/LoginPage';
import { NewPortfolioPage } from './setup/NewPortfolioPage';
import { PortfoliosPage } from './setup/PortfoliosPage';
import { SetupPage } from './setup/SetupPage';
import { AppShell } from './shell/AppShell';
import { Loading } from './shell/Loading';
import { Redirect } from './shell/Redirect';
import { matchPath, usePath } from './shell/router';

// The heavy views load on demand, keeping the first download small (the board too: see BoardPageLoader).
const PortfolioPage = lazy(() => import('./portfolio/PortfolioPage'));
const MyResponsibilitiesPage = lazy(() => import('./me/MyResponsibilitiesPage'));
const MetricsPage = lazy(() => import('./metrics/MetricsPage'));
const PortfolioMetricsPage = lazy(() => import('./metrics/PortfolioMetricsPage'));
const NotificationsPage = lazy(() => import('./me/NotificationsPage'));
const StrategyPage = lazy(() => import('./strategy/StrategyPage'));
const DependencyMapPage = lazy(() => import('./strategy/DependencyMapPage'));
const RoadmapPage = lazy(() => import('./strategy/RoadmapPage'));
const EstimationPage = lazy(() => import('./strategy/EstimationPage'));
const PeoplePage = lazy(() => import('./people/PeoplePage'));
const AccountPage = lazy(() => import('./people/AccountPage'));
const AcceptInvitationPage = lazy(() => import('./people/AcceptInvitationPage'));
const ResetPasswordPage = lazy(() => import('./people/ResetPasswordPage'));
// A board's address opened directly, the commonest first view, loads the board's code while the session is checked.
if (matchPath('/boards/:boardId', location.pathname) || matchPath('/boards/:boardId/items/:itemId', location.pathname)) {
  // A failure shows where the page is rendered, which loads it again.
  preloadBoardPage().catch(() => {});
}

export function App() {
  const path = usePath();
  const setup = useSetupStatus();
  const me = useMe();
  if (setup.isPending || me.isPending) return <Loading />;
  if (setup.isError || me.isError) {
    return (
      <main id="main" className="setup">
        <p className="form-error" role="alert">
          {explain(setup.error ?? me.error)} <a href={path}>Try again</a>
        </p>
      </main>
    );
  }
  if (setup.data && !setup.data.setUp) return path === '/setup' ? <SetupPage /> : <Redirect to="/setup" />;
  const linkPage = publicPage(path);
  if (linkPage) return <Suspense fallback={<Loading />}>{linkPage}</Suspense>;
  if (!me.data) {
    const next = path === '/login' || path === '/setup' ? '/' : path + location.search;
    return path === '/login' ? <LoginPage next={new URLSearchParams(location.search).get('next') ?? '/'} /> : <Redirect to={`/login?next=${encodeURIComponent(next)}`} />;
  }
  return (
    <AppShell user={me.data}>
      <Suspense fallback={<Loading />}>
        <Page path={path} />
      </Suspense>
    </AppShell>
  );
}

/** Pages a link opens whether or not anyone is signed in: an invitation, a password reset. */
function publicPage(path: string) {
  let params: Record<string, string> | null;
  if ((params = matchPath('/invite/:token', path))) return <AcceptInvitationPage token={params.token!} />;
  if ((params = matchPath('/reset-password/:token', path))) return <ResetPasswordPage token={params.token!} />;
  return null;
}

function Page({ path }: { path: string }) {
  let params: Record<string, string> | null;
  if ((params = matchPath('/boards/:boardId', path))) return <BoardPage boardId={params.boardId!} />;
  if ((params = matchPath('/boards/:boardId/metrics', path))) return <MetricsPage boardId={params.boardId!} />;
  if ((params = matchPath('/boards/:boardId/items/:itemId', path))) return <BoardPage boardId={params.boardId!} openItemId={params.itemId!} />;
  if ((params = matchPath('/boards/:boardId/columns/:columnId/estimate', path))) return <EstimationPage boardId={params.boardId!} columnId={params.columnId!} />;
  if (path === '/portfolios/new') return <NewPortfolioPage first={new URLSearchParams(location.search).has('first')} />;
  if (path === '/portfolios') return <PortfoliosPage />;
  if ((params = matchPath('/portfolios/:portfolioId', path))) return <PortfolioPage portfolioId={params.portfolioId!} />;
  if ((params = matchPath('/portfolios/:portfolioId/metrics', path))) return <PortfolioMetricsPage portfolioId={params.portfolioId!} />;
  if ((params = matchPath('/portfolios/:portfolioId/strategy', path))) return <StrategyPage portfolioId={params.portfolioId!} />;
  if ((params = matchPath('/portfolios/:portfolioId/dependencies', path))) return <DependencyMapPage portfolioId={params.portfolioId!} />;
  if ((params = matchPath('/portfolios/:portfolioId/roadmap', path))) return <RoadmapPage portfolioId={params.portfolioId!} />;
  if (path === '/me') return <MyResponsibilitiesPage />;
  if (path === '/notifications') return <NotificationsPage />;
  if (path === '/people') return <PeoplePage />;
  if (path === '/account') return <AccountPage />;
  if (path === '/' || path === '/login' || path === '/setup') return <Home />;
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>
        Nothing lives at <code>{path}</code>. <a href="/">Go to your board</a>.
      </p>
    </div>
  );
}
