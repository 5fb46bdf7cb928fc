import { lazy, Suspense } from 'react';
import { normalizePath, usePathname, useSearch } from './router/router';
import { parseWallRoute } from './router/wallRoute';
import { StartPage } from './pages/StartPage';
import { NotFoundPage } from './pages/NotFoundPage';

/** The wall (and its charts) load only when /wall is opened. */
const WallPage = lazy(() => import('./wall/WallPage'));
const AlertsPage = lazy(() => import('./pages/AlertsPage'));
/** Explore (filters, drill-down, why, compare, export) is its own chunk too. */
const ExplorePage = lazy(() => import('./pages/ExplorePage'));

export function App() {
  const path = normalizePath(usePathname());
  const search = useSearch();
  if (path === '/') return <StartPage />;
  if (path === '/alerts') {
    return (
      <Suspense fallback={<div className="loading">Loading alerts…</div>}>
        <AlertsPage />
      </Suspense>
    );
  }
  if (path === '/explore') {
    return (
      <Suspense fallback={<div className="loading">Loading explore…</div>}>
        <ExplorePage />
      </Suspense>
    );
  }
  const wall = parseWallRoute(path, search);
  if (wall) {
    return (
      <Suspense fallback={<div className="loading">Loading wall…</div>}>
        <WallPage layoutId={wall.layout} screen={wall.screen} />
      </Suspense>
    );
  }
  return <NotFoundPage path={path} />;
}
