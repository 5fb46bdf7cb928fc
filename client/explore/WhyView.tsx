import { WHY_FACETS_DEFAULT, type ExploreFilter, type WhyFacet, type WhyItem } from '../../shared/explore';
import { formatCount } from '../format/number';
import { apiUrl, exploreApi, type Params } from './api';
import { useExplore } from './context';
import { selectionFilter } from './drill';
import { formatDateTime } from './time';
import { useQuery } from './useQuery';
import type { Selection } from './urlState';

const FACET_TITLES: Record<WhyFacet, string> = {
  term: 'Terms', hashtag: 'Hashtags', topic: 'Topics', channel: 'Channels', country: 'Countries', region: 'US states',
  author: 'Authors', language: 'Languages', brand: 'Brands',
};
const WHY_LIMIT = 10;

const liftText = (x: number) => (Number.isFinite(x) ? `${x >= 10 ? Math.round(x) : x.toFixed(1)}×` : '—');
const baselineText = (x: number) => (Number.isInteger(x) ? formatCount(x) : x.toFixed(1));

/**
 * Why this spike: for the chosen window (why), what over-indexes against its baseline, per facet,
 * ranked by lift, with counts. Clicking an item lists the window's mentions with that value.
 */
export function WhyView({ filter }: { filter: ExploreFilter }) {
  const { view, setView } = useExplore();
  const win = view.why;
  if (!win || win.from === undefined) {
    return (
      <section className="why why--empty" data-testid="why-empty">
        <p>Choose a window: drag across the volume chart (or click a bar), then <strong>Why this spike</strong>.</p>
        <button type="button" onClick={() => setView({ ...view, tab: 'overview' })}>Back to the charts</button>
      </section>
    );
  }
  return <WhyResult filter={filter} win={win} />;
}

function WhyResult({ filter: base, win: w }: { filter: ExploreFilter; win: Selection }) {
  const { view, setView, label, zone } = useExplore();
  const f = selectionFilter(base, w);
  const params: Params = { baseline: view.baseline, limit: WHY_LIMIT, facets: WHY_FACETS_DEFAULT.join(',') };
  const url = apiUrl('why', f, params);
  const q = useQuery(url, (s) => exploreApi.why(f, params, s));
  const d = q.data;
  const drill = (facet: WhyFacet, item: WhyItem) => {
    if (!d) return;
    setView({ ...view, sel: { dims: [...w.dims, { dim: facet, key: item.key }], from: d.window.from, to: d.window.to, asOf: d.asOf } });
  };
  return (
    <section className="why" data-testid="why-view" aria-busy={q.loading || undefined}>
      <header className="why__head">
        <h2 className="why__title">Why this spike</h2>
        {d ? (
          <p className="why__window" data-testid="why-window" data-count={d.window.count}>
            {formatDateTime(d.window.from, zone, false)} – {formatDateTime(d.window.to, zone, false)}: <strong>{formatCount(d.window.count)}</strong> mentions
            {w.dims.length ? <> ({w.dims.map((x) => label(x.dim, x.key)).join(' · ')})</> : null}
            {' '}against {d.baseline.mode === 'daily' ? `the same hours of the previous days (${baselineText(d.baseline.count)} a day)` : `the ${formatCount(d.baseline.count)} just before`}
          </p>
        ) : null}
        <div className="why__baseline" role="group" aria-label="Baseline">
          {(['previous', 'daily'] as const).map((b) => (
            <button key={b} type="button" aria-pressed={view.baseline === b} data-testid={`why-baseline-${b}`} onClick={() => setView({ ...view, baseline: b })}>
              {b === 'previous' ? 'vs the period before' : 'vs the same hours, previous days'}
            </button>
          ))}
        </div>
      </header>
      {q.error ? <p className="xcard__error" role="alert">{q.error}</p> : null}
      {d?.notice ? <p className="xnotice xnotice--inline">{d.notice}</p> : null}
      <div className="why__facets">
        {WHY_FACETS_DEFAULT.map((facet) => {
          const items = d?.facets[facet] ?? [];
          return (
            <section key={facet} className="xcard why__facet" data-testid={`why-facet-${facet}`}>
              <h3 className="xcard__title">{FACET_TITLES[facet]}</h3>
              {items.length === 0 ? <p className="xcard__empty">{d ? 'Nothing over-indexes.' : '…'}</p> : (
                <table className="why__table">
                  <thead><tr><th scope="col">value</th><th scope="col">count</th><th scope="col">baseline</th><th scope="col">lift</th></tr></thead>
                  <tbody>
                    {items.map((it) => (
                      <tr key={it.key}>
                        <td>
                          <button type="button" className="why__item" onClick={() => drill(facet, it)} data-testid={`why-item-${facet}`} data-key={it.key} data-count={it.count}>
                            <bdi>{label(facet, it.key)}</bdi>
                          </button>
                        </td>
                        <td className="num">{formatCount(it.count)}</td>
                        <td className="num" title={`expected ${it.expected.toFixed(1)} at the baseline's share`}>{baselineText(it.baseline)}</td>
                        <td className="num why__lift">{liftText(it.lift)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
