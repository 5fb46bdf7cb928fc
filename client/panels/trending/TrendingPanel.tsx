import { useMemo } from 'react';
import { useWall } from '../../state/hooks';
import { useRemPx } from '../../hooks/useRemPx';
import { TRENDING_MAX } from '../../../shared/constants';
import { trendingAdapter } from './adapter';
import { TrendingView, type TrendingOptions } from './TrendingView';
import '../../styles/panels.css';

export type { TrendingOptions } from './TrendingView';

/** Trending terms and hashtags ranked by lift, connected to the wall store. */
export function TrendingPanel({ options }: { options?: TrendingOptions }) {
  const panels = useWall((s) => s.panels);
  const max = options?.max ?? TRENDING_MAX;
  const rows = useMemo(() => trendingAdapter({ panels }, max), [panels, max]);
  const remPx = useRemPx();
  return <TrendingView rows={rows} remPx={remPx} options={options} loaded={panels !== null} />;
}
