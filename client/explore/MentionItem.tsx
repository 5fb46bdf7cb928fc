import { memo } from 'react';
import type { ExploreItem } from '../../shared/explore';
import { POLARITY_LABELS } from '../format/color';
import { compactNumber, formatCount } from '../format/number';
import { channelLabel } from '../panels/river/channels';
import { safeHref } from '../panels/river/adapter';
import { useExplore } from './context';
import { HighlightedText } from './HighlightedText';
import { formatDateTime } from './time';

const DRIVERS_SHOWN = 8;
const signed = (w: number) => `${w > 0 ? '+' : w < 0 ? '−' : ''}${Math.abs(w).toFixed(2)}`;

/**
 * One mention with its analysis explained: the text with highlights, then each finding (brand span,
 * sentiment drivers and weights, topic keywords, intent, department, place, language). Every value
 * from the post is React text.
 */
export const MentionItem = memo(function MentionItem({ m }: { m: ExploreItem }) {
  const { label, color, zone } = useExplore();
  const ch = channelLabel(m.channel);
  const href = safeHref(m.url);
  const explain = m.explain ?? { spans: [], topics: [] };
  const spanLabel = (kind: string, id: string) => (kind === 'brand' ? label('brand', id) : kind === 'topic' ? label('topic', id) : id);
  const drivers = (m.sentiment?.drivers ?? []).slice(0, DRIVERS_SHOWN);
  const place = [m.place?.country ? label('country', m.place.country) : '', m.place?.region ?? ''].filter(Boolean).join(' · ');
  return (
    <li className={`mention polarity--${m.sentiment?.polarity ?? 'neutral'}`} data-testid="mention-item" data-id={m.id}>
      <div className="mention__head">
        <span className="mention__channel" title={ch.label}><span aria-hidden="true">{ch.icon}</span> {ch.label}</span>
        <bdi className="mention__name">{m.author?.name || m.author?.handle || 'Unknown author'}</bdi>
        {m.author?.handle ? <bdi className="mention__handle">@{m.author.handle.replace(/^@+/, '')}</bdi> : null}
        {typeof m.author?.followers === 'number' ? <span className="mention__followers">{compactNumber(m.author.followers)} followers</span> : null}
        <time className="mention__time" dateTime={new Date(m.createdAt).toISOString()}>{formatDateTime(m.createdAt, zone)}</time>
        <span className="mention__reach">reach {compactNumber(m.reach)}</span>
        {href ? <a className="mention__link" href={href} target="_blank" rel="noopener noreferrer nofollow">open ↗</a> : null}
      </div>
      <HighlightedText text={m.text} spans={explain.spans} label={spanLabel} />
      <dl className="mention__why">
        <div><dt>Sentiment</dt><dd>
          <span className={`tone--${m.sentiment?.polarity}`}>{POLARITY_LABELS[m.sentiment?.polarity ?? 'neutral']} {signed(m.sentiment?.score ?? 0)}</span>
          {drivers.map((d, i) => <span key={i} className={`driver ${d.weight > 0 ? 'tone--positive' : d.weight < 0 ? 'tone--negative' : ''}`}><bdi>{d.token}</bdi> {signed(d.weight)}</span>)}
        </dd></div>
        {m.brands?.length ? <div><dt>Brands</dt><dd>
          {m.brands.map((b, i) => (
            <span key={i} className="chip chip--brand" style={{ borderColor: color('brand', b.brand) }}>
              {label('brand', b.brand)}{b.matched ? <> “<bdi>{b.matched}</bdi>”</> : null}{b.via === 'query' ? ' (query)' : ''}
            </span>
          ))}
        </dd></div> : null}
        {m.topics?.length ? <div><dt>Topics</dt><dd>
          {m.topics.map((t) => {
            const kw = explain.topics.find((x) => x.topic === t)?.keywords ?? [];
            return <span key={t} className="chip chip--topic">{label('topic', t)}{kw.length ? <> · <bdi>{kw.join(', ')}</bdi></> : null}</span>;
          })}
        </dd></div> : null}
        <div><dt>Intent</dt><dd data-testid="mention-intent">{m.intent}</dd></div>
        <div><dt>Department</dt><dd>{m.department}</dd></div>
        <div><dt>Place</dt><dd>{place || 'unknown'}{m.place?.via ? <span className="mention__via"> (from {m.place.via})</span> : null}</dd></div>
        <div><dt>Language</dt><dd>{label('language', m.language)}</dd></div>
        {m.query ? <div><dt>Query</dt><dd><bdi>{m.query}</bdi></dd></div> : null}
        {m.engagement ? <div><dt>Engagement</dt><dd>{formatCount(m.engagement.likes)} likes · {formatCount(m.engagement.shares)} shares · {formatCount(m.engagement.replies)} replies</dd></div> : null}
      </dl>
    </li>
  );
});
