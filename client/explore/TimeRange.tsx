import { useState, type FormEvent } from 'react';
import { EXPLORE_RANGES, type ExploreFilter } from '../../shared/explore';
import { useExplore } from './context';
import { fromInputValue, toInputValue, viewerTimeZone, zoneLabel } from './time';
import { DEFAULT_RANGE, withFilter } from './urlState';

const RANGE_LABELS: Record<(typeof EXPLORE_RANGES)[number], string> = { '15m': '15 min', '1h': '1 h', '24h': '24 h', '7d': '7 d' };

/** Time range presets, a custom from/to read in the shown zone, and the local/UTC switch. */
export function TimeRange() {
  const { view, setView, zone } = useExplore();
  const f = view.filter;
  const custom = f.range === undefined && (f.from !== undefined || f.to !== undefined);
  const active = custom ? undefined : f.range ?? DEFAULT_RANGE;
  const [from, setFrom] = useState(toInputValue(f.from, zone));
  const [to, setTo] = useState(toInputValue(f.to, zone));
  const [seen, setSeen] = useState(`${f.from}|${f.to}|${zone}`);
  const [error, setError] = useState('');
  const now = `${f.from}|${f.to}|${zone}`;
  if (seen !== now) { setSeen(now); setFrom(toInputValue(f.from, zone)); setTo(toInputValue(f.to, zone)); setError(''); }

  const preset = (range: ExploreFilter['range']) => {
    const { from: _f, to: _t, ...rest } = f;
    setView(withFilter(view, { ...rest, range }));
  };
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const a = from ? fromInputValue(from, zone) : undefined;
    const b = to ? fromInputValue(to, zone) : undefined;
    if (a === undefined && b === undefined) { setError('give a start or an end'); return; }
    if (a !== undefined && b !== undefined && !(a < b)) { setError('the start must be before the end'); return; }
    setError('');
    const { range: _r, from: _f, to: _t, ...rest } = f;
    setView(withFilter(view, { ...rest, ...(a !== undefined ? { from: a } : {}), ...(b !== undefined ? { to: b } : {}) }));
  };
  return (
    <div className="trange" role="group" aria-label="Time range">
      <div className="trange__presets">
        {EXPLORE_RANGES.map((r) => (
          <button key={r} type="button" aria-pressed={active === r} data-testid={`range-${r}`} onClick={() => preset(r)}>Last {RANGE_LABELS[r]}</button>
        ))}
      </div>
      <form className="trange__custom" onSubmit={apply}>
        <label>From <input type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="range-from" /></label>
        <label>To <input type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} data-testid="range-to" /></label>
        <button type="submit" aria-pressed={custom} data-testid="range-apply">Apply</button>
        {error ? <span className="fbar__error" role="alert">{error}</span> : null}
      </form>
      <div className="trange__tz" role="group" aria-label="Time zone">
        <span className="fbar__name">Times in</span>
        <button type="button" aria-pressed={view.tz === 'local'} data-testid="tz-local" onClick={() => setView({ ...view, tz: 'local' })}>
          Local: {zoneLabel(viewerTimeZone(), Date.now())}
        </button>
        <button type="button" aria-pressed={view.tz === 'utc'} data-testid="tz-utc" onClick={() => setView({ ...view, tz: 'utc' })}>UTC</button>
      </div>
    </div>
  );
}
