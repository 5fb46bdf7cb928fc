import { COMPARE_BRANDS_MAX, COMPARE_SHIFTS, type Compare, type CompareSide, type ExploreFilter } from '../../shared/explore';
import { UNKNOWN_COLOR } from '../format/color';
import { compactNumber, formatCount, signedPercent } from '../format/number';
import { apiUrl, exploreApi, type Params } from './api';
import { useExplore } from './context';
import { formatDateTime } from './time';
import { useQuery } from './useQuery';
import type { Selection } from './urlState';

const SHIFT_LABELS: Record<(typeof COMPARE_SHIFTS)[number], string> = { previous: 'the period before', '1d': 'the day before', '1w': 'the week before' };
const SPARK_W = 320;
const SPARK_H = 70;
const PERIOD_COLORS = ['#56B4E9', '#9aa3ad'];

/** The request of the compare tab: brands side by side over the filter's period, or this period against an earlier one. */
export function compareRequest(filter: ExploreFilter, mode: 'brands' | 'periods', shift: string, allBrands: readonly string[], zone: string): { filter: ExploreFilter; params: Params } {
  if (mode === 'periods') return { filter, params: { mode, shift, tz: zone } };
  const chosen = filter.brands && filter.brands.length >= 2 ? filter.brands : allBrands;
  const { brands: _b, ...rest } = filter;
  return { filter: rest, params: { mode, tz: zone, compare: chosen.slice(0, COMPARE_BRANDS_MAX).join(',') } };
}

/**
 * What a click on a side lists: that brand or that period, in the side's window and snapshot (from
 * the side's own drill-down filter when the server gives them, else the side's and the answer's).
 */
export function sideSelection(c: Compare, side: CompareSide): Selection {
  const dims = c.mode === 'brands' ? [{ dim: 'brand' as const, key: side.label }] : [];
  const f = side.filter ?? {};
  return { dims, from: f.from ?? side.from, to: f.to ?? side.to, asOf: f.asOf ?? c.asOf };
}

/** Compare: brand against brand, or this period against the previous one, side by side (KPIs and a small series). */
export function CompareView({ filter }: { filter: ExploreFilter }) {
  const { view, setView, info, label, color, zone } = useExplore();
  const req = compareRequest(filter, view.cmode, view.shift, info.brands.map((b) => b.id), zone);
  // brand mode waits for the tracked brands: asking first with the server's default, then again once
  // they arrive, would show one snapshot and drill into the next
  const url = view.cmode === 'brands' && info.brands.length === 0 ? null : apiUrl('compare', req.filter, req.params);
  const q = useQuery(url, (s) => exploreApi.compare(req.filter, req.params, s));
  const c = q.data;
  const ymax = Math.max(1, ...(c?.sides ?? []).flatMap((s) => s.points.map((p) => p.total)));
  const sideColor = (s: CompareSide, i: number) => (c?.mode === 'brands' ? color('brand', s.label) ?? UNKNOWN_COLOR : PERIOD_COLORS[i] ?? UNKNOWN_COLOR);
  const sideName = (s: CompareSide) => (c?.mode === 'brands' ? label('brand', s.label) : s.label === 'current' ? 'This period' : 'Compared period');
  return (
    <section className="compare" data-testid="compare-view" aria-busy={q.loading || undefined}>
      <header className="compare__head">
        <div role="group" aria-label="Compare">
          <button type="button" aria-pressed={view.cmode === 'brands'} data-testid="compare-brands" onClick={() => setView({ ...view, cmode: 'brands' })}>Brand vs brand</button>
          <button type="button" aria-pressed={view.cmode === 'periods'} data-testid="compare-periods" onClick={() => setView({ ...view, cmode: 'periods' })}>This period vs</button>
        </div>
        {view.cmode === 'periods' ? (
          <div role="group" aria-label="Compared with">
            {COMPARE_SHIFTS.map((s) => (
              <button key={s} type="button" aria-pressed={view.shift === s} data-testid={`compare-shift-${s}`} onClick={() => setView({ ...view, shift: s })}>{SHIFT_LABELS[s]}</button>
            ))}
          </div>
        ) : <p className="compare__hint">Pick two or more brands in the filter to compare only those.</p>}
      </header>
      {q.error ? <p className="xcard__error" role="alert">{q.error}</p> : null}
      {c?.notice ? <p className="xnotice xnotice--inline">{c.notice}</p> : null}
      <div className="compare__sides">
        {(c?.sides ?? []).map((s, i) => (
          <article key={s.label} className="xcard compare__side" data-testid="compare-side" data-label={s.label} data-total={s.kpis.total}>
            <header className="xcard__head">
              <h3 className="xcard__title"><i className="compare__swatch" style={{ background: sideColor(s, i) }} aria-hidden="true" /><bdi>{sideName(s)}</bdi></h3>
              <span className="xcard__meta">{formatDateTime(s.from, zone, false)} – {formatDateTime(s.to, zone, false)}</span>
            </header>
            <dl className="compare__kpis">
              <div><dt>Mentions</dt><dd>{formatCount(s.kpis.total)}</dd></div>
              {s.share !== undefined ? <div><dt>Share</dt><dd>{(s.share * 100).toFixed(1)}%</dd></div> : null}
              <div><dt>Net</dt><dd className={s.kpis.net > 0 ? 'tone--positive' : s.kpis.net < 0 ? 'tone--negative' : ''}>{signedPercent(s.kpis.net)}</dd></div>
              <div><dt>Negative</dt><dd>{formatCount(s.kpis.negative)}</dd></div>
              <div><dt>Positive</dt><dd>{formatCount(s.kpis.positive)}</dd></div>
              <div><dt>Reach</dt><dd>{compactNumber(s.kpis.reach)}</dd></div>
              <div><dt>Authors</dt><dd>{formatCount(s.kpis.authors)}</dd></div>
            </dl>
            <Spark values={s.points.map((p) => p.total)} max={ymax} color={sideColor(s, i)} label={`${sideName(s)}, mentions per ${c?.interval}`} />
            <button type="button" className="compare__drill" data-testid="compare-drill" onClick={() => c && setView({ ...view, sel: sideSelection(c, s) })}>
              See these {formatCount(s.kpis.total)} mentions
            </button>
          </article>
        ))}
      </div>
    </section>
  );
}

function Spark({ values, max, color, label }: { values: number[]; max: number; color: string; label: string }) {
  if (values.length < 2) return null;
  const step = SPARK_W / (values.length - 1);
  const d = values.map((v, i) => `${i ? 'L' : 'M'}${(i * step).toFixed(1)},${(SPARK_H - (v / max) * (SPARK_H - 2) - 1).toFixed(1)}`).join('');
  return (
    <svg className="compare__spark" viewBox={`0 0 ${SPARK_W} ${SPARK_H}`} preserveAspectRatio="none" role="img" aria-label={label}>
      <path d={d} fill="none" stroke={color} strokeWidth={2} vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
