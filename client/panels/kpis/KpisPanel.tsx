import { useMemo } from 'react';
import { useWallPick } from '../../state/hooks';
import { kpisAdapter } from './adapter';
import { KpisView } from './KpisView';

const KEYS = ['kpis', 'brands'] as const;

export function KpisPanel() {
  const input = useWallPick(KEYS);
  const data = useMemo(() => kpisAdapter(input), [input]);
  return <KpisView data={data} />;
}
