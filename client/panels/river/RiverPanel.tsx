import { useMemo } from 'react';
import { useWall, useWallPick } from '../../state/hooks';
import { useNow } from '../../state/clock';
import { riverAdapter } from './adapter';
import { RiverView } from './RiverView';

const KEYS = ['river', 'brands', 'topics'] as const;

export function RiverPanel() {
  const input = useWallPick(KEYS);
  const rows = useMemo(() => riverAdapter(input), [input]);
  const serverNow = useWall((s) => s.serverNow);
  const skipped = useWall((s) => s.riverSkipped);
  const clientNow = useNow();
  return <RiverView rows={rows} now={serverNow ?? clientNow} skipped={skipped} />;
}
