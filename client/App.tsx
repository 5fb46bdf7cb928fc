import { lazy, Suspense } from 'react';
import { normalizePath, usePathname } from './router/router';
import { StartPage } from './pages/StartPage';
import { NotFoundPage } from './pages/NotFoundPage';

/** The wall (and recharts) load only when /wall is opened. */
const WallPage = lazy(() => import('./wall/WallPage'));

export function App() {
  const path = normalizePath(usePathname());
  switch (path) {
    case '/':
      return <StartPage />;
    case '/wall':
      return (
        <Suspense fallback={<div className="loading">Loading wall…</div>}>
          <WallPage />
        </Suspense>
      );
    default:
      return <NotFoundPage path={path} />;
  }
}
