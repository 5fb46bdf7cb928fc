import './auth/csp';
import { lazy, Suspense } from 'react';
import { normalizePath, usePathname, useSearch } from './router/router';
import { parseWallRoute } from './router/wallRoute';
import { StartPage } from './pages/StartPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { AuthGate } from './auth/AuthGate';

/** The wall (and its charts) load only when /wall is opened. */
const WallPage = lazy(() => import('./wall/WallPage'));
const AlertsPage = lazy(() => import('./pages/AlertsPage'));
const LoginPage = lazy(() => import('./pages/LoginPage'));
/** Explore (filters, drill-down, why, compare, export) is its own chunk too. */
const ExplorePage = lazy(() => import('./pages/ExplorePage'));

export function App() {
  const path = normalizePath(usePathname());
  const search = useSearch();
  if (path === '/') return <StartPage />;
  if (path === '/login') {
    return (
      <Suspense fallback={<div className="loading">Loading…</div>}>
        <LoginPage />
      </Suspense>
    );
  }
  if (path === '/alerts') {
    return (
      <AuthGate page="alerts">
        <Suspense fallback={<div className="loading">Loading alerts…</div>}>
          <AlertsPage />
        </Suspense>
      </AuthGate>
    );
  }
  if (path === '/explore') {
    return (
      <AuthGate page="explore">
        <Suspense fallback={<div className="loading">Loading explore…</div>}>
          <ExplorePage />
        </Suspense>
      </AuthGate>
    );
  }
  const wall = parseWallRoute(path, search);
  if (wall) {
    return (
      <AuthGate page="wall" layout={wall.layout}>
        <Suspense fallback={<div className="loading">Loading wall…</div>}>
          <WallPage layoutId={wall.layout} screen={wall.screen} />
        </Suspense>
      </AuthGate>
    );
  }
  return <NotFoundPage path={path} />;
}
