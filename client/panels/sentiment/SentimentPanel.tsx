import { useDeferredValue, useMemo } from 'react';
import { useWall, useWallPick } from '../../state/hooks';
import { useRemPx } from '../../hooks/useRemPx';
import { brandNets, splitAdapter, trendAdapter } from './adapter';
import { SentimentView, type SentimentOptions } from './SentimentView';
import '../../styles/panels.css';

export type { SentimentOptions } from './SentimentView';

const KEYS = ['panels', 'brands'] as const;

/** Net sentiment per brand and the polarity split, connected to the wall store. */
export function SentimentPanel({ options }: { options?: SentimentOptions }) {
  const input = useWallPick(KEYS);
  // the trend chart changes every PANELS_REFRESH_MS: low priority, sliced rendering (no long task)
  const deferredInput = useDeferredValue(input);
  const trend = useMemo(() => trendAdapter(deferredInput), [deferredInput]);
  const kpiBrands = useWall((s) => s.kpis?.brands);
  const nets = useMemo(() => brandNets(kpiBrands, trend.series), [kpiBrands, trend.series]);
  const chart = useMemo(() => ({ ...trend, nets }), [trend, nets]);
  const volume = useWall((s) => s.volume);
  const split = useMemo(() => splitAdapter(volume, input.panels?.trend), [volume, input.panels]);
  const remPx = useRemPx();
  return <SentimentView chart={chart} split={split} remPx={remPx} options={options} />;
}
