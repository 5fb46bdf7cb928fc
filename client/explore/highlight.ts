/**
 * Cutting a mention's text into runs for the explain highlighting. The text is hostile input: the
 * runs are plain strings that the view renders as React text nodes (never HTML). Spans come from
 * the server in UTF-16 units; they are clipped to the text, snapped outward to whole characters
 * (a span never splits a surrogate pair or an emoji sequence), and may overlap: a run lists every
 * span that covers it.
 */
import type { ExplainSpan } from '../../shared/explore';

export interface Run {
  start: number;
  end: number;
  text: string;
  /** Spans covering this run, in the order given (empty: plain text). */
  spans: ExplainSpan[];
}

/** Spans considered at most per text (a hostile or broken answer cannot make the view quadratic). */
export const SPANS_MAX = 200;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

type Segmenter = { segment(s: string): Iterable<{ index: number }> };
let graphemes: Segmenter | null | undefined;
function graphemeSegmenter(): Segmenter | null {
  if (graphemes === undefined) {
    const Seg = (Intl as unknown as { Segmenter?: new (l: string, o: object) => Segmenter }).Segmenter;
    graphemes = Seg ? new Seg('und', { granularity: 'grapheme' }) : null;
  }
  return graphemes;
}

/** Start offsets of the text's user-perceived characters, or null when every unit is one (ASCII-like). */
function graphemeStarts(text: string): number[] | null {
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u02ff]*$/.test(text)) return null;
  const seg = graphemeSegmenter();
  if (!seg) return null;
  const out: number[] = [];
  for (const g of seg.segment(text)) out.push(g.index);
  out.push(text.length);
  return out;
}

/** The largest boundary <= i (snap a start down) or, with `up`, the smallest boundary >= i (snap an end up). */
function snap(bounds: number[], i: number, up: boolean): number {
  let lo = 0, hi = bounds.length - 1;
  if (up) {
    while (lo < hi) { const mid = (lo + hi) >> 1; if (bounds[mid] >= i) hi = mid; else lo = mid + 1; }
  } else {
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (bounds[mid] <= i) lo = mid; else hi = mid - 1; }
  }
  return bounds[lo];
}

/** [start, end) of a span made valid for the text, or null when nothing of it is left. */
export function clampSpan(text: string, span: Pick<ExplainSpan, 'start' | 'end'>, bounds: number[] | null): [number, number] | null {
  if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) return null;
  let s = Math.max(0, Math.min(text.length, Math.floor(span.start)));
  let e = Math.max(0, Math.min(text.length, Math.ceil(span.end)));
  if (bounds) {
    s = snap(bounds, s, false);
    e = snap(bounds, e, true);
  } else {
    if (s > 0 && s < text.length && isLow(text.charCodeAt(s)) && isHigh(text.charCodeAt(s - 1))) s--;
    if (e > 0 && e < text.length && isLow(text.charCodeAt(e)) && isHigh(text.charCodeAt(e - 1))) e++;
  }
  return s < e ? [s, e] : null;
}

/** The text as consecutive runs covering all of it; highlighted runs carry their spans. */
export function highlightRuns(text: string, spans: readonly ExplainSpan[] | undefined): Run[] {
  const t = typeof text === 'string' ? text : '';
  if (t === '') return [];
  const bounds = graphemeStarts(t);
  const valid: { s: number; e: number; span: ExplainSpan }[] = [];
  for (const span of (Array.isArray(spans) ? spans : []).slice(0, SPANS_MAX)) {
    const r = clampSpan(t, span, bounds);
    if (r) valid.push({ s: r[0], e: r[1], span });
  }
  const cuts = new Set<number>([0, t.length]);
  for (const v of valid) { cuts.add(v.s); cuts.add(v.e); }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = valid.filter((v) => v.s <= start && v.e >= end).map((v) => v.span);
    const prev = runs[runs.length - 1];
    if (prev && covering.length === 0 && prev.spans.length === 0) {
      prev.end = end;
      prev.text = t.slice(prev.start, end);
    } else {
      runs.push({ start, end, text: t.slice(start, end), spans: covering });
    }
  }
  return runs;
}

/** A short description of what a run's spans mean ("sentiment: refund (−1.8) · brand: nimbus"). */
export function runTitle(spans: readonly ExplainSpan[], label: (kind: ExplainSpan['kind'], id: string) => string = (_k, id) => id): string {
  return spans.map((s) => {
    const w = s.kind === 'sentiment' && typeof s.weight === 'number' && Number.isFinite(s.weight)
      ? ` (${s.weight > 0 ? '+' : s.weight < 0 ? '−' : ''}${Math.abs(s.weight).toFixed(2)})` : '';
    return `${s.kind}: ${label(s.kind, s.label)}${w}`;
  }).join(' · ');
}
