import { describe, expect, it } from 'vitest';
import { analyze, compileModel } from '../../server/analysis';
import { loadTracking } from '../../server/config/env';
import { explain } from '../../server/explore/explain';
import { safeCell, csvRows } from '../../server/http/explore-csv';

const tracking = loadTracking('server/config/default.tracking.json');
const model = compileModel(tracking);
const topics = new Map(tracking.topics.map((t) => [t.id, t]));

describe('explain', () => {
  it('marks the brand span, the sentiment words and the topic keywords, without overlaps', () => {
    const text = 'My N1mbus battery died again, terrible. Still waiting on a refund';
    const m = analyze({ id: 'x', channel: 'twitter', text, createdAt: 0 }, model, 0);
    const e = explain(m, topics, 'refund');
    const at = (kind: string) => e.spans.filter((s) => s.kind === kind).map((s) => text.slice(s.start, s.end).toLowerCase());
    expect(at('brand')).toEqual(['n1mbus']);
    expect(at('sentiment')).toContain('terrible');
    expect(e.topics.find((t) => t.topic === 'battery')?.keywords).toContain('battery');
    expect([...at('topic'), ...at('search'), ...at('sentiment')]).toContain('refund');
    for (let i = 1; i < e.spans.length; i++) expect(e.spans[i].start).toBeGreaterThanOrEqual(e.spans[i - 1].end);
  });
});

describe('CSV cells', () => {
  it('defuse formulas and quote what needs quoting', () => {
    expect(safeCell('=1+1')).toBe("'=1+1");
    expect(safeCell('-2')).toBe("'-2");
    expect(safeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeCell('\tcmd')).toBe("'\tcmd");
    expect(safeCell(-0.5)).toBe(-0.5);
    expect(safeCell('fine')).toBe('fine');
    expect(csvRows([['a,b', 'say "hi"', 'line\nbreak', 3]])).toBe('"a,b","say ""hi""","line\nbreak",3\n');
  });
});
