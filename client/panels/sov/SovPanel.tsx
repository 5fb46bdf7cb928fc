import { useDeferredValue, useMemo } from 'react';
import { useWall } from '../../state/hooks';
import { useRemPx } from '../../hooks/useRemPx';
import { brandSeries } from '../sentiment/adapter';
import { sovNow, sovTrend } from './adapter';
import { SovView, type SovOptions } from './SovView';
import '../../styles/panels.css';

export type { SovOptions } from './SovView';

/** Brand ids the KPIs and the trend carry, as one string: a stable selector value between frames. */
const idsKey = (ids: Iterable<string>) => [...ids].join('\n');

/** Share of voice now and per minute, connected to the wall store. */
export function SovPanel({ options }: { options?: SovOptions }) {
  const brands = useWall((s) => s.brands);
  const trend = useWall((s) => s.panels?.trend);
  const kpiBrands = useWall((s) => s.kpis?.brands);
  const kpiIds = useWall((s) => idsKey((s.kpis?.brands ?? []).map((k) => k.brand)));
  const series = useMemo(() => {
    const extra = new Set(kpiIds ? kpiIds.split('\n') : []);
    for (const p of trend ?? []) for (const id of Object.keys(p?.brands ?? {})) extra.add(id);
    return brandSeries(brands, extra);
  }, [brands, trend, kpiIds]);
  const now = useMemo(() => sovNow(kpiBrands, series), [kpiBrands, series]);
  // the trend chart changes every PANELS_REFRESH_MS: render it at low priority, in slices, so it
  // never blocks the main thread in one long task (the KPIs and the donut stay urgent)
  const deferredTrend = useDeferredValue(trend);
  const rows = useMemo(() => sovTrend(deferredTrend, series), [deferredTrend, series]);
  const total = useMemo(() => now.reduce((a, e) => a + e.count, 0), [now]);
  const remPx = useRemPx();
  return <SovView series={series} now={now} rows={rows} total={total} remPx={remPx} options={options} />;
}
