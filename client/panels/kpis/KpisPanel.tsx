import { useMemo } from 'react';
import type { PanelOptions } from '../../../shared/layouts';
import { useWallPick } from '../../state/hooks';
import { kpisAdapter } from './adapter';
import { KpisView } from './KpisView';

const KEYS = ['kpis', 'brands', 'alerts'] as const;

/** KPI strip. Options: `sov: false` hides the share-of-voice tile (when the screen has a SOV panel). */
export function KpisPanel({ options }: { options?: PanelOptions }) {
  const input = useWallPick(KEYS);
  const data = useMemo(() => kpisAdapter(input), [input]);
  return <KpisView data={data} showSov={options?.sov !== false} />;
}
