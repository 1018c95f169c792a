import { Navigate, Outlet, useLocation, useMatches, useSearch } from '@tanstack/react-router';
import { explain } from './api/http';
import { useMe, useSetupStatus } from './api/queries';
import { LoginPage } from './setup/LoginPage';
import { SetupPage } from './setup/SetupPage';
import { AppShell } from './shell/AppShell';
import { Loading } from './shell/Loading';

/**
 * Around every page: the setup comes first, then signing in; then the page, in the app's frame.
 * A public page (a link from an e-mail: an invitation, a password reset) needs no sign-in and has no frame.
 */
export function App() {
  const { pathname, searchStr } = useLocation();
  const { next: afterSignIn } = useSearch({ strict: false });
  const setup = useSetupStatus();
  const me = useMe();
  const isPublic = useMatches({ select: (matches) => matches.some((match) => match.staticData.public === true) });
  if (setup.isPending || me.isPending) return <Loading />;
  if (setup.isError || me.isError) {
    return (
      <main id="main" className="setup">
        <p className="form-error" role="alert">
          {explain(setup.error ?? me.error)} <a href={pathname + searchStr}>Try again</a>
        </p>
      </main>
    );
  }
  if (setup.data && !setup.data.setUp) return pathname === '/setup' ? <SetupPage /> : <Navigate to="/setup" replace />;
  if (isPublic) return <Outlet />;
  if (!me.data) {
    if (pathname === '/login') return <LoginPage next={afterSignIn ?? '/'} />;
    const next = pathname === '/setup' ? '/' : pathname + searchStr;
    return <Navigate to="/login" search={{ next }} replace />;
  }
  return (
    <AppShell user={me.data}>
      <Outlet />
    </AppShell>
  );
}
