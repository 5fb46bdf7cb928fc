import { useMemo } from 'react';
import { useWallPick } from '../../state/hooks';
import { useRemPx } from '../../hooks/useRemPx';
import { volumeAdapter } from './adapter';
import { VolumeView } from './VolumeView';

const KEYS = ['volume', 'bucketMs'] as const;

export function VolumePanel() {
  const input = useWallPick(KEYS);
  const data = useMemo(() => volumeAdapter(input), [input]);
  const remPx = useRemPx();
  return <VolumeView data={data} remPx={remPx} />;
}
