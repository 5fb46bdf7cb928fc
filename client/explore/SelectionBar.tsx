import { useExplore } from './context';
import { formatDateTime } from './time';

/** What the list below shows: the selected point (or everything the filter matches), with "why" and "clear". */
export function SelectionBar() {
  const { view, setView, label, zone } = useExplore();
  const sel = view.sel;
  if (!sel) return <p className="selbar" data-testid="selection">All mentions matching the filter. Click a chart to see the mentions behind one point.</p>;
  const parts = sel.dims.map((d) => label(d.dim, d.key));
  const window = sel.from !== undefined || sel.to !== undefined
    ? `${sel.from !== undefined ? formatDateTime(sel.from, zone) : '…'} – ${sel.to !== undefined ? formatDateTime(sel.to, zone) : '…'}`
    : '';
  const canWhy = sel.from !== undefined && sel.to !== undefined;
  return (
    <div className="selbar selbar--on" data-testid="selection" role="status">
      <span className="selbar__what">Selected: <bdi data-testid="selection-text">{[...parts, window].filter(Boolean).join(' · ') || 'the whole range'}</bdi></span>
      {canWhy ? (
        <button type="button" data-testid="why-this" onClick={() => setView({ ...view, tab: 'why', why: { dims: sel.dims, from: sel.from, to: sel.to, asOf: sel.asOf } })}>
          Why this spike?
        </button>
      ) : null}
      <button type="button" data-testid="selection-clear" onClick={() => { const { sel: _s, ...rest } = view; setView(rest); }}>Clear selection</button>
    </div>
  );
}
