import { useMemo } from 'react';
import type { PanelOptions } from '../../../shared/layouts';
import { useWall, useWallPick } from '../../state/hooks';
import { useRemPx } from '../../hooks/useRemPx';
import { dayVolumeAdapter, volumeAdapter, volumeRange } from './adapter';
import { VolumeView } from './VolumeView';

const KEYS = ['volume', 'bucketMs'] as const;

/** Volume by sentiment. Option `range`: '1h' (10 s buckets, default) or '24h' (5-min buckets). */
export function VolumePanel({ options }: { options?: PanelOptions }) {
  return volumeRange(options?.range) === '24h' ? <DayVolume /> : <HourVolume />;
}

function HourVolume() {
  const input = useWallPick(KEYS);
  const data = useMemo(() => volumeAdapter(input), [input]);
  const remPx = useRemPx();
  return <VolumeView data={data} remPx={remPx} range="1h" />;
}

function DayVolume() {
  // only panels.volumeDay: replaced every PANELS_REFRESH_MS, so this re-renders that often at most
  const volumeDay = useWall((s) => s.panels?.volumeDay);
  const data = useMemo(() => dayVolumeAdapter(volumeDay), [volumeDay]);
  const remPx = useRemPx();
  return <VolumeView data={data} remPx={remPx} range="24h" />;
}
