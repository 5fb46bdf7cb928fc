import { useState, type FormEvent } from 'react';
import { filterShape, type ExploreFilter, type FilterListKey } from '../../shared/explore';
import { CHANNELS, INTENTS, POLARITIES } from '../../shared/mention';
import { POLARITY_LABELS } from '../format/color';
import { useExplore } from './context';
import { TimeRange } from './TimeRange';
import { withFilter } from './urlState';

/** Toggle one value in a filter list (an empty list is no restriction and leaves the URL). */
export function toggleValue(f: ExploreFilter, key: FilterListKey, value: string): ExploreFilter {
  const cur = (f[key] as string[] | undefined) ?? [];
  const next = cur.includes(value) ? cur.filter((v) => v !== value) : [...cur, value];
  const out = { ...f } as Record<string, unknown>;
  if (next.length) out[key] = next; else delete out[key];
  return out as ExploreFilter;
}

/** Parse a typed comma list with the filter's own schema: the normalised values, or the schema's message. */
export function parseList(key: FilterListKey, text: string): { ok: true; values: string[] } | { ok: false; error: string } {
  const r = filterShape[key].safeParse(text);
  if (!r.success) return { ok: false, error: r.error.issues[0]?.message ?? 'invalid' };
  return { ok: true, values: (r.data as string[] | undefined) ?? [] };
}

/** The filter bar: every dimension of the filter, free text and the time range; each change is a URL (history) entry. */
export function FilterBar() {
  const { view, setView, info, label } = useExplore();
  const f = view.filter;
  const set = (next: ExploreFilter) => setView(withFilter(view, next));
  const chips = (key: FilterListKey, values: readonly string[], name: (v: string) => string, test: string) => (
    <div className="fbar__chips" role="group" aria-label={test}>
      {values.map((v) => {
        const on = ((f[key] as string[] | undefined) ?? []).includes(v);
        return (
          <button key={v} type="button" className="fchip" aria-pressed={on} data-testid={`filter-${test}-${v}`} onClick={() => set(toggleValue(f, key, v))}>
            {name(v)}
          </button>
        );
      })}
    </div>
  );
  return (
    <section className="fbar" aria-label="Filters" data-testid="filter-bar">
      <SearchBox value={f.q ?? ''} onSubmit={(q) => set({ ...f, q: q || undefined })} />
      <TimeRange />
      <Row name="Brands">{chips('brands', info.brands.map((b) => b.id), (v) => label('brand', v), 'brand')}</Row>
      <Row name="Polarity">{chips('polarities', POLARITIES, (v) => POLARITY_LABELS[v as keyof typeof POLARITY_LABELS], 'polarity')}</Row>
      <Row name="Channels">{chips('channels', CHANNELS, (v) => v, 'channel')}</Row>
      <Row name="Intent">{chips('intents', INTENTS, (v) => v, 'intent')}</Row>
      {info.topics.length ? <Row name="Topics">{chips('topics', info.topics.map((t) => t.id), (v) => label('topic', v), 'topic')}</Row> : null}
      <div className="fbar__lists">
        <ListInput name="Countries" k="countries" placeholder="US, FR, - (unknown)" />
        <ListInput name="Languages" k="languages" placeholder="en, es, und" />
        <ListInput name="Departments" k="departments" placeholder="customer-service, pr" />
        <ListInput name="Authors" k="authors" placeholder="handles" />
        <ListInput name="Terms" k="terms" placeholder="refund, #fail" />
      </div>
      <button type="button" className="fbar__clear" data-testid="filter-clear" onClick={() => set({})}>Clear filters</button>
    </section>
  );
}

function Row({ name, children }: { name: string; children: React.ReactNode }) {
  return (
    <div className="fbar__row">
      <span className="fbar__name">{name}</span>
      {children}
    </div>
  );
}

function SearchBox({ value, onSubmit }: { value: string; onSubmit: (q: string) => void }) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) { setSeen(value); setText(value); } // the URL changed (back/forward)
  const submit = (e: FormEvent) => { e.preventDefault(); onSubmit(text.trim()); };
  return (
    <form className="fbar__search" role="search" onSubmit={submit}>
      <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder='Search: words, "a phrase", -exclude, prefix*'
        aria-label="Search mentions" data-testid="filter-q" maxLength={500} />
      <button type="submit" data-testid="filter-q-submit">Search</button>
    </form>
  );
}

/** A comma-separated list for open-ended dimensions, validated with the filter's schema before it reaches the URL. */
function ListInput({ name, k, placeholder }: { name: string; k: FilterListKey; placeholder: string }) {
  const { view, setView } = useExplore();
  const current = ((view.filter[k] as string[] | undefined) ?? []).join(', ');
  const [text, setText] = useState(current);
  const [seen, setSeen] = useState(current);
  const [error, setError] = useState('');
  if (seen !== current) { setSeen(current); setText(current); setError(''); }
  const commit = () => {
    if (text.trim() === current) return;
    const r = parseList(k, text);
    if (!r.ok) { setError(r.error); return; }
    setError('');
    const next = { ...view.filter } as Record<string, unknown>;
    if (r.values.length) next[k] = r.values; else delete next[k];
    setView(withFilter(view, next as ExploreFilter));
  };
  return (
    <label className="fbar__list">
      <span className="fbar__name">{name}</span>
      <input value={text} onChange={(e) => setText(e.target.value)} onBlur={commit} onKeyDown={(e) => { if (e.key === 'Enter') commit(); }}
        placeholder={placeholder} aria-invalid={error ? true : undefined} data-testid={`filter-${k}`} />
      {error ? <span className="fbar__error" role="alert">{error}</span> : null}
    </label>
  );
}
