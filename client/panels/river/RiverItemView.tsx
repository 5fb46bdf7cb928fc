import { memo } from 'react';
import type { RiverRow } from './adapter';

/**
 * One post. Everything from the post is hostile input: it is rendered as React text nodes
 * only (no HTML), inside <bdi> so bidi control characters cannot reorder the layout.
 */
export const RiverItemView = memo(function RiverItemView({ row, age }: { row: RiverRow; age: string }) {
  return (
    <li className={`river-item polarity--${row.polarity}${row.influencer ? ' river-item--influencer' : ''}`} data-testid="river-item" data-drill={`river:${row.id}`} tabIndex={0}>
      <div className="river-item__head">
        <span className="river-item__channel" title={row.channelLabel}>
          <span aria-hidden="true">{row.channelIcon}</span> {row.channelLabel}
        </span>
        <bdi className="river-item__name">{row.name}</bdi>
        {row.handle ? <bdi className="river-item__handle">{row.handle}</bdi> : null}
        {row.followers ? <span className="river-item__followers" title="followers">{row.followers}</span> : null}
        {row.influencer ? (
          <span className="badge badge--influencer" data-testid="influencer-badge">★ Influencer</span>
        ) : null}
        <span className="river-item__age" data-testid="river-age">{age}</span>
      </div>
      <p className="river-item__text">
        <bdi>{row.text}</bdi>
      </p>
      <div className="river-item__meta">
        {row.brands.map((b) => (
          <span key={b.id} className="chip chip--brand" style={{ background: b.color, color: b.textColor }}>
            {b.name}
          </span>
        ))}
        {row.topics.map((t) => (
          <span key={t} className="chip chip--topic">{t}</span>
        ))}
        <span className="river-item__reach" title="reach">reach {row.reach}</span>
        {row.href ? (
          <a className="river-item__link" href={row.href} target="_blank" rel="noopener noreferrer nofollow">
            open ↗
          </a>
        ) : null}
      </div>
    </li>
  );
});
