import { createContext, useContext } from 'react';
import type { ExploreDimension } from '../../shared/explore';
import type { TrackingInfo } from './api';
import type { ExploreView } from './urlState';

/** What every part of the explore page needs: the view (from the URL), a way to change it, names and the zone. */
export interface ExploreCtx {
  view: ExploreView;
  /** Push the next view to the URL (a history entry; `replace` for adjustments that should not add one). */
  setView: (next: ExploreView, opts?: { replace?: boolean }) => void;
  info: TrackingInfo;
  /** IANA zone times are shown and bucketed in. */
  zone: string;
  label: (dim: ExploreDimension, key: string) => string;
  color: (dim: ExploreDimension, key: string) => string | undefined;
}

export const ExploreContext = createContext<ExploreCtx | null>(null);

export function useExplore(): ExploreCtx {
  const c = useContext(ExploreContext);
  if (!c) throw new Error('useExplore outside the explore page');
  return c;
}
