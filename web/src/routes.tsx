/**
 * Every address of the app, in one tree (TanStack Router, code-based).
 *
 * To add a page:
 *   1. Declare its route below with `createRoute`: the parent (`rootRoute` for a page of its own,
 *      `portfolioRoute` for a portfolio section), its `path` (`$name` for a parameter), a
 *      `validateSearch` when it reads the query string (validators in shell/search-params.ts), and a
 *      `component` that reads the typed params and search and hands them to the page as props.
 *      Load the page with `lazyRouteComponent` unless it is part of the first view.
 *   2. Add the route to `routeTree` at the end of this file.
 *   3. Link to it with `<Link to="/the/$path" params={…}>` or a helper in shell/paths.ts; both are
 *      checked against this tree by the compiler.
 * Who may see what (setup done, signed in) is decided once, in App.tsx, around every page; a page opened
 * signed out from a link in an e-mail says so with `staticData: { public: true }`.
 */
import { createRootRoute, createRoute, createRouter, lazyRouteComponent, Outlet, useParams } from '@tanstack/react-router';
import { App } from './App';
import { BoardPage, preloadBoardPage } from './board/BoardPageLoader';
import { rangeFromSearch } from './metrics/metrics-range';
import { Home } from './setup/Home';
import { NewPortfolioPage } from './setup/NewPortfolioPage';
import { NotFound } from './setup/NotFound';
import { PortfoliosPage } from './setup/PortfoliosPage';
import { Loading } from './shell/Loading';
import { columnSettingsSearch, estimationSearch, loginSearch, newPortfolioSearch, peopleSearch, roadmapSearch } from './shell/search-params';

const PortfolioPage = lazyRouteComponent(() => import('./portfolio/PortfolioPage'));
const sections = () => import('./portfolio/PortfolioSections');
const BoardsSection = lazyRouteComponent(sections, 'BoardsSection');
const AttentionSection = lazyRouteComponent(sections, 'AttentionSection');
const MembersSection = lazyRouteComponent(sections, 'MembersSection');
const DelegationsSection = lazyRouteComponent(sections, 'DelegationsSection');
const RolesSection = lazyRouteComponent(sections, 'RolesSection');
const ColumnsSection = lazyRouteComponent(sections, 'ColumnsSection');
const IntegrationsSection = lazyRouteComponent(sections, 'IntegrationsSection');
const ReviewsSection = lazyRouteComponent(sections, 'ReviewsSection');
const ReviewPage = lazyRouteComponent(() => import('./reviews/ReviewPage'));
const StrategyPage = lazyRouteComponent(() => import('./strategy/StrategyPage'));
const MyResponsibilitiesPage = lazyRouteComponent(() => import('./me/MyResponsibilitiesPage'));
const NotificationsPage = lazyRouteComponent(() => import('./me/NotificationsPage'));
const MetricsPage = lazyRouteComponent(() => import('./metrics/MetricsPage'));
const PortfolioMetricsPage = lazyRouteComponent(() => import('./metrics/PortfolioMetricsPage'));
const DependencyMapPage = lazyRouteComponent(() => import('./strategy/DependencyMapPage'));
const RoadmapPage = lazyRouteComponent(() => import('./strategy/RoadmapPage'));
const EstimationPage = lazyRouteComponent(() => import('./strategy/EstimationPage'));
const ResponsibilityPage = lazyRouteComponent(() => import('./board/ResponsibilityPage'));
const PeoplePage = lazyRouteComponent(() => import('./people/PeoplePage'));
const AccountPage = lazyRouteComponent(() => import('./people/AccountPage'));
const AcceptInvitationPage = lazyRouteComponent(() => import('./people/AcceptInvitationPage'));
const ResetPasswordPage = lazyRouteComponent(() => import('./people/ResetPasswordPage'));
const DeclinedPage = lazyRouteComponent(() => import('./ideas/DeclinedPage'));
const MyIdeasPage = lazyRouteComponent(() => import('./ideas/MyIdeasPage'));
const IntakePage = lazyRouteComponent(() => import('./ideas/IntakePage'));
const FollowPage = lazyRouteComponent(() => import('./ideas/FollowPage'));

const rootRoute = createRootRoute({ component: App, notFoundComponent: NotFound });

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: Home });
// The sign-in and setup forms are shown by App.tsx to whoever needs them; signed in, both addresses lead home.
const loginRoute = createRoute({ getParentRoute: () => rootRoute, path: '/login', validateSearch: loginSearch, component: Home });
const setupRoute = createRoute({ getParentRoute: () => rootRoute, path: '/setup', component: Home });

/** A board's address, the commonest first view, loads the board's code at once, without waiting for the page to render. */
const preloadBoard = () => {
  // A failure shows where the page is rendered, which loads it again.
  preloadBoardPage().catch(() => {});
};

/**
 * The board, with a card open at the card's address. One component for both addresses: opening or
 * closing a card keeps the board as it is, so the card a closed dialog gives focus back to is still there.
 */
function BoardWithCard() {
  const { boardId, itemId } = useParams({ strict: false });
  return <BoardPage boardId={boardId!} openItemId={itemId} />;
}

const boardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/boards/$boardId',
  loader: preloadBoard,
  component: BoardWithCard,
});

const itemRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/boards/$boardId/items/$itemId',
  loader: preloadBoard,
  component: BoardWithCard,
});

const boardMetricsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/boards/$boardId/metrics',
  validateSearch: rangeFromSearch,
  component: function BoardMetrics() {
    return <MetricsPage boardId={boardMetricsRoute.useParams().boardId} />;
  },
});

const responsibilityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/boards/$boardId/responsibility',
  component: function Responsibility() {
    return <ResponsibilityPage boardId={responsibilityRoute.useParams().boardId} />;
  },
});

const declinedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/boards/$boardId/declined',
  component: function Declined() {
    return <DeclinedPage boardId={declinedRoute.useParams().boardId} />;
  },
});

const estimationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/boards/$boardId/columns/$columnId/estimate',
  validateSearch: estimationSearch,
  component: function Estimation() {
    const { boardId, columnId } = estimationRoute.useParams();
    return <EstimationPage boardId={boardId} columnId={columnId} input={estimationRoute.useSearch().input} />;
  },
});

const portfoliosRoute = createRoute({ getParentRoute: () => rootRoute, path: '/portfolios', component: PortfoliosPage });

const newPortfolioRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/portfolios/new',
  validateSearch: newPortfolioSearch,
  component: function NewPortfolio() {
    return <NewPortfolioPage first={newPortfolioRoute.useSearch().first === true} />;
  },
});

/** The portfolio's header and section navigation around its sections, each at its own address. */
const portfolioRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/portfolios/$portfolioId',
  component: function Portfolio() {
    return (
      <PortfolioPage portfolioId={portfolioRoute.useParams().portfolioId}>
        <Outlet />
      </PortfolioPage>
    );
  },
});

/** A section of the portfolio page: it gets the portfolio's id from the address. */
function portfolioSection<const Path extends string>(path: Path, Section: typeof BoardsSection) {
  return createRoute({
    getParentRoute: () => portfolioRoute,
    path,
    component: function PortfolioSection() {
      return <Section portfolioId={portfolioRoute.useParams().portfolioId} />;
    },
  });
}

/** The column settings: a link may choose the board and open one of its columns. */
const columnsRoute = createRoute({
  getParentRoute: () => portfolioRoute,
  path: 'columns',
  validateSearch: columnSettingsSearch,
  component: function Columns() {
    return <ColumnsSection portfolioId={portfolioRoute.useParams().portfolioId} linked={columnsRoute.useSearch()} />;
  },
});

/** One review: walked entry by entry while open, its minutes once closed. */
const reviewRoute = createRoute({
  getParentRoute: () => portfolioRoute,
  path: 'reviews/$reviewId',
  component: function Review() {
    const { portfolioId, reviewId } = reviewRoute.useParams();
    return <ReviewPage portfolioId={portfolioId} reviewId={reviewId} />;
  },
});

const portfolioRoutes = portfolioRoute.addChildren([
  portfolioSection('/', BoardsSection),
  portfolioSection('attention', AttentionSection),
  portfolioSection('reviews', ReviewsSection),
  reviewRoute,
  portfolioSection('strategy', StrategyPage),
  portfolioSection('members', MembersSection),
  portfolioSection('delegations', DelegationsSection),
  portfolioSection('roles', RolesSection),
  columnsRoute,
  portfolioSection('integrations', IntegrationsSection),
]);

const portfolioMetricsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/portfolios/$portfolioId/metrics',
  validateSearch: rangeFromSearch,
  component: function PortfolioMetrics() {
    return <PortfolioMetricsPage portfolioId={portfolioMetricsRoute.useParams().portfolioId} />;
  },
});

const dependencyMapRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/portfolios/$portfolioId/dependencies',
  component: function DependencyMap() {
    return <DependencyMapPage portfolioId={dependencyMapRoute.useParams().portfolioId} />;
  },
});

const roadmapRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/portfolios/$portfolioId/roadmap',
  validateSearch: roadmapSearch,
  component: function Roadmap() {
    return <RoadmapPage portfolioId={roadmapRoute.useParams().portfolioId} groupBy={roadmapRoute.useSearch().groupBy ?? 'theme'} />;
  },
});

const meRoute = createRoute({ getParentRoute: () => rootRoute, path: '/me', component: MyResponsibilitiesPage });
const myIdeasRoute = createRoute({ getParentRoute: () => rootRoute, path: '/me/ideas', component: MyIdeasPage });
const notificationsRoute = createRoute({ getParentRoute: () => rootRoute, path: '/notifications', component: NotificationsPage });

const peopleRoute = createRoute({ getParentRoute: () => rootRoute, path: '/people', validateSearch: peopleSearch, component: () => <PeoplePage portfolioId={peopleRoute.useSearch().portfolio} /> });
const accountRoute = createRoute({ getParentRoute: () => rootRoute, path: '/account', component: AccountPage });

// Opened from a link in an e-mail, by someone who may have no account yet: public (see App.tsx).
const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invite/$token',
  staticData: { public: true },
  component: function Invitation() {
    return <AcceptInvitationPage token={invitationRoute.useParams().token} />;
  },
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password/$token',
  staticData: { public: true },
  component: function ResetPassword() {
    return <ResetPasswordPage token={resetPasswordRoute.useParams().token} />;
  },
});

// Opened by people outside the organisation, from a link the portfolio shared or the intake form answered: public.
const intakeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/intake/$token',
  staticData: { public: true },
  component: function Intake() {
    return <IntakePage token={intakeRoute.useParams().token} />;
  },
});

const followRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/follow/$token',
  staticData: { public: true },
  component: function Follow() {
    return <FollowPage token={followRoute.useParams().token} />;
  },
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  loginRoute,
  setupRoute,
  boardRoute,
  itemRoute,
  boardMetricsRoute,
  responsibilityRoute,
  declinedRoute,
  estimationRoute,
  portfoliosRoute,
  newPortfolioRoute,
  portfolioRoutes,
  portfolioMetricsRoute,
  dependencyMapRoute,
  roadmapRoute,
  meRoute,
  myIdeasRoute,
  notificationsRoute,
  peopleRoute,
  accountRoute,
  invitationRoute,
  resetPasswordRoute,
  intakeRoute,
  followRoute,
]);

export const router = createRouter({ routeTree, defaultPendingComponent: Loading, defaultPreload: 'intent' });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
  interface StaticDataRouteOption {
    /** Shown whether or not anyone is signed in, without the app's frame. */
    public?: boolean;
  }
}
