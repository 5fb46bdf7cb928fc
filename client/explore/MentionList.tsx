import { useEffect, useMemo, useState } from 'react';
import { PAGE_DEFAULT, type ExploreFilter, type MentionsPage } from '../../shared/explore';
import { formatCount } from '../format/number';
import { apiUrl, exploreApi } from './api';
import { useExplore } from './context';
import { ExportBar } from './ExportBar';
import { MentionItem } from './MentionItem';
import { useQuery } from './useQuery';

/**
 * The filter of exactly the set a page answer counted: its snapshot (asOf) and its resolved window
 * instead of a relative range, which would slide ("last hour" an hour later is another hour).
 */
export function pinFilter(filter: ExploreFilter, page: { asOf: number; from: number; to: number } | undefined): ExploreFilter {
  if (!page) return filter;
  const { range: _r, ...rest } = filter;
  return { ...rest, from: filter.from ?? page.from, to: filter.to ?? page.to, asOf: filter.asOf ?? page.asOf };
}

/**
 * The mentions behind the current selection (or the whole filter): total, sort by time or reach,
 * pages by cursor. The first page's snapshot (asOf) pins the later pages and the export, so paging
 * and downloading see exactly the set the total counts while new mentions arrive.
 */
export function MentionList({ filter }: { filter: ExploreFilter }) {
  const { view, setView } = useExplore();
  const [cursors, setCursors] = useState<string[]>([]);
  const listKey = apiUrl('mentions', filter, { sort: view.sort, order: view.order });
  useEffect(() => setCursors([]), [listKey]);
  const first = useQuery(listKey, (s) => exploreApi.mentions(filter, { sort: view.sort, order: view.order, limit: PAGE_DEFAULT }, s));
  const pinned = useMemo(() => pinFilter(filter, first.data), [filter, first.data]);
  const cursor = cursors[cursors.length - 1];
  const pageKey = cursor !== undefined ? apiUrl('mentions', pinned, { sort: view.sort, order: view.order, cursor }) : null;
  const later = useQuery(pageKey, (s) => exploreApi.mentions(pinned, { sort: view.sort, order: view.order, limit: PAGE_DEFAULT, cursor }, s));
  const page: MentionsPage | undefined = cursor !== undefined ? later.data : first.data;
  const error = cursor !== undefined ? later.error : first.error;
  const loading = cursor !== undefined ? later.loading : first.loading;
  const total = first.data?.total;
  const shownFrom = cursors.length * PAGE_DEFAULT + 1;
  const shownTo = cursors.length * PAGE_DEFAULT + (page?.items.length ?? 0);

  return (
    <section className="mlist" aria-label="Mentions" data-testid="mention-list" aria-busy={loading || undefined}>
      <header className="mlist__head">
        <h2 className="mlist__title">
          Mentions <span className="mlist__total" data-testid="list-total" data-total={total ?? ''}>{total === undefined ? '…' : formatCount(total)}</span>
        </h2>
        <div className="mlist__sort" role="group" aria-label="Sort">
          {(['time', 'reach'] as const).map((s) => (
            <button key={s} type="button" aria-pressed={view.sort === s} data-testid={`sort-${s}`} onClick={() => setView({ ...view, sort: s })}>
              {s === 'time' ? 'Newest' : 'Reach'}
            </button>
          ))}
          <button type="button" data-testid="sort-order" onClick={() => setView({ ...view, order: view.order === 'desc' ? 'asc' : 'desc' })}
            aria-label={view.order === 'desc' ? 'descending; switch to ascending' : 'ascending; switch to descending'}>
            {view.order === 'desc' ? '↓' : '↑'}
          </button>
        </div>
        {total !== undefined ? <ExportBar filter={pinned} sort={view.sort} order={view.order} /> : null}
      </header>
      {error ? <p className="xcard__error" role="alert" data-testid="list-error">{error}</p> : null}
      {page && page.items.length === 0 ? <p className="xcard__empty">No mention matches.</p> : null}
      <ol className="mlist__items">
        {page?.items.map((m) => <MentionItem key={m.id} m={m} />)}
      </ol>
      <nav className="mlist__pager" aria-label="Pages">
        <button type="button" disabled={cursors.length === 0} onClick={() => setCursors((c) => c.slice(0, -1))} data-testid="list-prev">← Previous</button>
        <span className="mlist__range" data-testid="list-range">{page && page.items.length ? `${formatCount(shownFrom)}–${formatCount(shownTo)}` : ''}{total !== undefined ? ` of ${formatCount(total)}` : ''}</span>
        <button type="button" disabled={!page?.nextCursor} onClick={() => page?.nextCursor && setCursors((c) => [...c, page.nextCursor!])} data-testid="list-next">Next →</button>
      </nav>
    </section>
  );
}
