import type { TopicStat } from '../../../shared/frame';
import type { TopicInfo } from '../../../shared/tracking';
import { TOPICS_MAX } from '../../../shared/constants';
import type { WallState } from '../../state/types';

export type TopicsInput = Pick<WallState, 'panels' | 'topics'>;

export interface TopicRow {
  id: string;
  /** From the tracked topics (id -> label); the id itself when unknown. */
  label: string;
  count: number;
  positive: number;
  neutral: number;
  negative: number;
  /** Net sentiment as a whole number in -100..100. */
  net: number;
  /** Bar length: count relative to the largest topic, 0..100. */
  barPercent: number;
  /** Shares of the bar by polarity, in percent of this topic's count (sum 100, or 0 each). */
  shares: { positive: number; neutral: number; negative: number };
  spark: number[];
}

const num = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0);
/** Labels longer than this are cut (labels are configuration, but the wall has no room for essays). */
export const TOPIC_LABEL_MAX = 60;

/** Topics ranked by count (then label), top `max`, with labels, polarity shares and sparklines. */
export function topicsAdapter({ panels, topics }: TopicsInput, max: number = TOPICS_MAX): TopicRow[] {
  const labels = new Map((Array.isArray(topics) ? topics : []).map((t: TopicInfo) => [t.id, t.label]));
  const src: readonly TopicStat[] = Array.isArray(panels?.topics) ? panels.topics : [];
  const rows = src
    .filter((s) => s && typeof s.topic === 'string' && s.topic !== '' && num(s.count) > 0)
    .map((s) => {
      const count = num(s.count);
      const positive = num(s.positive);
      const neutral = num(s.neutral);
      const negative = num(s.negative);
      const polar = positive + neutral + negative;
      const share = (n: number) => (polar > 0 ? (n / polar) * 100 : 0);
      const label = clip(labels.get(s.topic)?.trim() || s.topic);
      return {
        id: s.topic,
        label,
        count,
        positive,
        neutral,
        negative,
        net: polar > 0 ? Math.round(((positive - negative) / polar) * 100) || 0 : 0,
        barPercent: 0,
        shares: { positive: share(positive), neutral: share(neutral), negative: share(negative) },
        spark: Array.isArray(s.spark) ? s.spark.map(num) : [],
      };
    })
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, Math.max(0, max));
  const top = rows[0]?.count ?? 0;
  for (const r of rows) r.barPercent = top > 0 ? (r.count / top) * 100 : 0;
  return rows;
}

function clip(s: string): string {
  return s.length > TOPIC_LABEL_MAX ? s.slice(0, TOPIC_LABEL_MAX - 1) + '…' : s;
}
