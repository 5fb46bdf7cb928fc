import { useCallback, useEffect, useMemo, useState } from 'react';
import { navigate, useSearch } from '../router/router';
import { Link } from '../router/Link';
import { trackingInfo, type TrackingInfo } from '../explore/api';
import { CompareView } from '../explore/CompareView';
import { ExploreContext, type ExploreCtx } from '../explore/context';
import { selectionFilter } from '../explore/drill';
import { FilterBar } from '../explore/FilterBar';
import { makeColor, makeLabel } from '../explore/labels';
import { MentionList } from '../explore/MentionList';
import { Overview } from '../explore/Overview';
import { SelectionBar } from '../explore/SelectionBar';
import { zoneOf } from '../explore/time';
import { TABS, effectiveFilter, parseView, serializeView, type ExploreView, type Tab } from '../explore/urlState';
import { WhyView } from '../explore/WhyView';
import '../styles/explore.css';

const TAB_LABELS: Record<Tab, string> = { overview: 'Charts', why: 'Why this spike', compare: 'Compare' };
const EMPTY_INFO: TrackingInfo = { brands: [], topics: [] };

/**
 * /explore: the filter bar, charts that drill down, why-this-spike, compare, and the mentions list
 * with export. Everything on screen is in the URL: reload, share, back and forward restore it.
 */
export default function ExplorePage() {
  const search = useSearch();
  const { view, errors } = useMemo(() => parseView(search), [search]);
  const [info, setInfo] = useState<TrackingInfo>(EMPTY_INFO);
  const [dismissed, setDismissed] = useState<string | null>(null);
  useEffect(() => { void trackingInfo().then(setInfo); }, []);
  useEffect(() => {
    document.body.classList.add('is-explore');
    return () => document.body.classList.remove('is-explore');
  }, []);

  const setView = useCallback((next: ExploreView, opts?: { replace?: boolean }) => {
    const qs = serializeView(next);
    const path = qs ? `/explore?${qs}` : '/explore';
    if (opts?.replace) {
      window.history.replaceState(null, '', path);
      window.dispatchEvent(new PopStateEvent('popstate'));
    } else navigate(path);
  }, []);
  const ctx: ExploreCtx = useMemo(() => ({
    view, setView, info, zone: zoneOf(view.tz), label: makeLabel(info), color: makeColor(info),
  }), [view, setView, info]);
  const base = useMemo(() => effectiveFilter(view.filter), [view.filter]);
  const listFilter = useMemo(() => selectionFilter(base, view.sel), [base, view.sel]);

  return (
    <ExploreContext.Provider value={ctx}>
      <main className="explore" data-testid="explore-page">
        <header className="explore__header">
          <h1 className="explore__title">Earshot · Explore</h1>
          <nav className="explore__nav">
            <Link href="/wall">Wall</Link>
            <Link href="/alerts">Alerts</Link>
          </nav>
        </header>
        {errors.length > 0 && dismissed !== search ? (
          <div className="xnotice" role="alert" data-testid="url-notice">
            <p>Some parts of this link were not understood and are ignored:</p>
            <ul>{errors.map((e, i) => <li key={i}><code>{e.param}</code>: {e.message}</li>)}</ul>
            <button type="button" onClick={() => setDismissed(search)} data-testid="url-notice-dismiss">Dismiss</button>
          </div>
        ) : null}
        <FilterBar />
        <nav className="xtabs" role="tablist" aria-label="Views">
          {TABS.map((t) => (
            <button key={t} type="button" role="tab" aria-selected={view.tab === t} data-testid={`tab-${t}`} onClick={() => setView({ ...view, tab: t })}>
              {TAB_LABELS[t]}
            </button>
          ))}
        </nav>
        <div className="explore__body">
          <div className="explore__main" role="tabpanel" aria-label={TAB_LABELS[view.tab]}>
            {view.tab === 'overview' ? <Overview filter={base} /> : view.tab === 'why' ? <WhyView filter={base} /> : <CompareView filter={base} />}
          </div>
          <aside className="explore__list">
            <SelectionBar />
            <MentionList filter={listFilter} />
          </aside>
        </div>
      </main>
    </ExploreContext.Provider>
  );
}
