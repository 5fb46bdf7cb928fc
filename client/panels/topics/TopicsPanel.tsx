import { useMemo } from 'react';
import { useWallPick } from '../../state/hooks';
import { useRemPx } from '../../hooks/useRemPx';
import { TOPICS_MAX } from '../../../shared/constants';
import { topicsAdapter } from './adapter';
import { TopicsView, type TopicsOptions } from './TopicsView';
import '../../styles/panels.css';

export type { TopicsOptions } from './TopicsView';

const KEYS = ['panels', 'topics'] as const;

/** Topic volumes with their sentiment, connected to the wall store. */
export function TopicsPanel({ options }: { options?: TopicsOptions }) {
  const input = useWallPick(KEYS);
  const max = options?.max ?? TOPICS_MAX;
  const rows = useMemo(() => topicsAdapter(input, max), [input, max]);
  const remPx = useRemPx();
  return <TopicsView rows={rows} remPx={remPx} options={options} />;
}
