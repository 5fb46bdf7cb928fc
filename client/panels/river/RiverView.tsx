import { memo } from 'react';
import { relativeTime } from '../../format/time';
import type { RiverRow } from './adapter';
import { RiverItemView } from './RiverItemView';

export interface RiverViewProps {
  rows: RiverRow[];
  /** Server clock (epoch ms) the ages are measured against. */
  now: number;
  skipped: number;
}

/** The live river: newest post on top; the list is clipped by the panel (no scrollbar on a wall). */
export const RiverView = memo(function RiverView({ rows, now, skipped }: RiverViewProps) {
  return (
    <section className="panel river" aria-label="Latest posts" data-testid="panel-river">
      <header className="panel__title" data-drill="window:1h" tabIndex={0}>
        Latest posts
        {skipped > 0 ? <span className="panel__meta">sampled · {skipped} not shown</span> : null}
      </header>
      {rows.length === 0 ? <p className="river__empty">Waiting for posts…</p> : null}
      <ol className="river__list">
        {rows.map((r) => (
          <RiverItemView key={r.id} row={r} age={relativeTime(r.createdAt, now)} />
        ))}
      </ol>
    </section>
  );
});
