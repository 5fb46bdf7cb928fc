import { useSyncExternalStore } from 'react';

/** A tiny router: location.pathname plus history.pushState, no dependency. */
const NAVIGATE = 'earshot:navigate';

function subscribe(cb: () => void): () => void {
  window.addEventListener('popstate', cb);
  window.addEventListener(NAVIGATE, cb);
  return () => {
    window.removeEventListener('popstate', cb);
    window.removeEventListener(NAVIGATE, cb);
  };
}

const getPath = () => window.location.pathname;
const getSearch = () => window.location.search;

/** The current path; re-renders on navigation and back/forward. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, getPath, () => '/');
}

/** The current query string ("?screen=1" or ""); re-renders on navigation. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, getSearch, () => '');
}

export function navigate(path: string): void {
  if (path === window.location.pathname + window.location.search) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE));
}

/** Normalise a path for matching: no trailing slash except the root. */
export function normalizePath(path: string): string {
  const p = path.replace(/\/+$/, '');
  return p === '' ? '/' : p;
}
