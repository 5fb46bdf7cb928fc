import { useCallback, useMemo } from 'react';
import type { ExploreDimension, ExploreFilter } from '../../shared/explore';
import { formatCount, compactNumber, signedPercent } from '../format/number';
import { apiUrl, exploreApi, type Params } from './api';
import { ChartCard } from './charts/ChartCard';
import { Donut } from './charts/Donut';
import { RankedChart } from './charts/RankedChart';
import { VolumeChart } from './charts/VolumeChart';
import { useExplore } from './context';
import { rankedBars, volumeBuckets } from './drill';
import { useQuery } from './useQuery';
import type { Selection } from './urlState';

/** Values per ranked chart, and brands asked for the share-of-voice donut. */
const RANKED_LIMIT = 15;
const BRANDS_LIMIT = 50;

interface BreakdownSpec { id: string; title: string; by: ExploreDimension; limit: number }
const RANKED: BreakdownSpec[] = [
  { id: 'countries', title: 'Top countries', by: 'country', limit: RANKED_LIMIT },
  { id: 'topics', title: 'Topics', by: 'topic', limit: RANKED_LIMIT },
  { id: 'terms', title: 'Terms', by: 'term', limit: RANKED_LIMIT },
  { id: 'hashtags', title: 'Hashtags', by: 'hashtag', limit: RANKED_LIMIT },
  { id: 'channels', title: 'Channels', by: 'channel', limit: RANKED_LIMIT },
];

/** KPIs and the clickable charts of the current filter; a click selects the mentions behind the point. */
export function Overview({ filter }: { filter: ExploreFilter }) {
  const { view, setView, zone } = useExplore();
  const select = useCallback((sel: Selection) => setView({ ...view, sel }), [view, setView]);
  return (
    <div className="overview">
      <Kpis filter={filter} />
      <VolumeCard filter={filter} zone={zone} sel={view.sel} onSelect={select} />
      <BrandCards filter={filter} zone={zone} onSelect={select} />
      {RANKED.map((s) => <RankedCard key={s.id} spec={s} filter={filter} zone={zone} onSelect={select} />)}
    </div>
  );
}

function Kpis({ filter }: { filter: ExploreFilter }) {
  const url = apiUrl('summary', filter);
  const q = useQuery(url, (s) => exploreApi.summary(filter, s));
  const k = q.data?.kpis;
  const tiles: [string, string, string][] = k ? [
    ['total', 'Mentions', formatCount(k.total)],
    ['net', 'Net sentiment', signedPercent(k.net)],
    ['positive', 'Positive', formatCount(k.positive)],
    ['neutral', 'Neutral', formatCount(k.neutral)],
    ['negative', 'Negative', formatCount(k.negative)],
    ['reach', 'Reach', compactNumber(k.reach)],
    ['authors', 'Authors', formatCount(k.authors)],
  ] : [];
  return (
    <section className="xkpis" aria-label="Key figures" data-testid="explore-kpis">
      {q.error ? <p className="xcard__error" role="alert">{q.error}</p> : null}
      {tiles.map(([id, name, value]) => (
        <div key={id} className={`xkpi xkpi--${id}`}>
          <span className="xkpi__name">{name}</span>
          <span className="xkpi__value" data-testid={`kpi-${id}`}>{value}</span>
        </div>
      ))}
      {q.data?.notice ? <p className="xnotice xnotice--inline" data-testid="held-notice">{q.data.notice}</p> : null}
    </section>
  );
}

function VolumeCard({ filter, zone, sel, onSelect }: { filter: ExploreFilter; zone: string; sel?: Selection; onSelect: (s: Selection) => void }) {
  const params: Params = { split: 'polarity', tz: zone };
  const url = apiUrl('series', filter, params);
  const q = useQuery(url, (s) => exploreApi.series(filter, params, s));
  const buckets = useMemo(() => (q.data ? volumeBuckets(q.data) : []), [q.data]);
  return (
    <ChartCard id="volume" title="Volume by sentiment" className="xcard--wide" loading={q.loading} error={q.error}
      csvHref={apiUrl('series', filter, { ...params, format: 'csv' })}
      meta={q.data ? <span data-testid="volume-total">{formatCount(q.data.total)} · {q.data.interval} buckets · click a bar, drag for a window</span> : null}>
      <VolumeChart buckets={buckets} asOf={q.data?.asOf ?? 0} zone={zone} sel={sel} onSelect={onSelect} />
    </ChartCard>
  );
}

function BrandCards({ filter, zone, onSelect }: { filter: ExploreFilter; zone: string; onSelect: (s: Selection) => void }) {
  const { label, color } = useExplore();
  const params: Params = { by: 'brand', limit: BRANDS_LIMIT, tz: zone };
  const url = apiUrl('breakdown', filter, params);
  const q = useQuery(url, (s) => exploreApi.breakdown(filter, params, s));
  const bars = useMemo(() => (q.data ? rankedBars(q.data, true) : []), [q.data]);
  const csv = apiUrl('breakdown', filter, { ...params, format: 'csv' });
  const brandTotal = bars.reduce((a, b) => a + b.count, 0);
  return (
    <>
      <ChartCard id="sov" title="Share of voice" loading={q.loading} error={q.error} csvHref={csv} meta={`${formatCount(brandTotal)} brand mentions`}>
        <Donut id="sov" dim="brand" bars={bars} label={label} color={color} onSelect={onSelect} />
      </ChartCard>
      <ChartCard id="sentiment" title="Sentiment by brand" loading={q.loading} error={q.error} csvHref={csv} meta="negative · neutral · positive">
        <RankedChart id="sentiment" dim="brand" bars={bars} label={label} mode="sentiment" onSelect={onSelect} />
      </ChartCard>
    </>
  );
}

function RankedCard({ spec, filter, zone, onSelect }: { spec: BreakdownSpec; filter: ExploreFilter; zone: string; onSelect: (s: Selection) => void }) {
  const { label, color } = useExplore();
  const params: Params = { by: spec.by, limit: spec.limit, tz: zone };
  const url = apiUrl('breakdown', filter, params);
  const q = useQuery(url, (s) => exploreApi.breakdown(filter, params, s));
  const bars = useMemo(() => (q.data ? rankedBars(q.data) : []), [q.data]);
  return (
    <ChartCard id={spec.id} title={spec.title} loading={q.loading} error={q.error}
      csvHref={apiUrl('breakdown', filter, { ...params, format: 'csv' })}
      meta={q.data && q.data.more > 0 ? `top ${bars.length}, ${formatCount(q.data.more)} more` : undefined}>
      <RankedChart id={spec.id} dim={spec.by} bars={bars} label={label} color={color} onSelect={onSelect} />
    </ChartCard>
  );
}
