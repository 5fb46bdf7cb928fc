import { memo, useMemo } from 'react';
import type { ExplainSpan } from '../../shared/explore';
import { highlightRuns, runTitle } from './highlight';

/** Weights beyond this are drawn at full strength. */
const WEIGHT_FULL = 3;

/**
 * A mention's text with the analysis highlighted: brand spans, the tokens that drove the sentiment
 * (blue positive, vermillion negative, stronger for larger weights), topic keywords and search words.
 * Built from React text nodes and <mark> elements only: the text is never parsed as HTML.
 */
export const HighlightedText = memo(function HighlightedText({ text, spans, label }: {
  text: string;
  spans: readonly ExplainSpan[] | undefined;
  label?: (kind: ExplainSpan['kind'], id: string) => string;
}) {
  const runs = useMemo(() => highlightRuns(text, spans), [text, spans]);
  return (
    <p className="mention__text" data-testid="mention-text">
      <bdi>
        {runs.map((r) => {
          if (r.spans.length === 0) return r.text;
          const kinds = [...new Set(r.spans.map((s) => s.kind))];
          const sentiment = r.spans.find((s) => s.kind === 'sentiment');
          const w = sentiment?.weight ?? 0;
          const tone = sentiment ? (w > 0 ? ' hl--pos' : w < 0 ? ' hl--neg' : '') : '';
          const strength = sentiment ? Math.min(1, Math.abs(w) / WEIGHT_FULL) : undefined;
          return (
            <mark key={r.start} className={`hl ${kinds.map((k) => `hl--${k}`).join(' ')}${tone}`}
              style={strength === undefined ? undefined : { ['--hl-strength' as string]: String(0.35 + 0.65 * strength) }}
              title={runTitle(r.spans, label)} data-kinds={kinds.join(' ')} data-testid="mention-highlight">
              {r.text}
            </mark>
          );
        })}
      </bdi>
    </p>
  );
});
