import { describe, expect, it } from 'vitest';
import type { AnalyzedMention } from '../../shared/mention';
import { OwnCommits } from '../../server/cluster/own-commits';

const m = (id: string) => ({ id }) as unknown as AnalyzedMention;

describe('OwnCommits', () => {
  it('gives back the object written as exactly that text, once', () => {
    const own = new OwnCommits();
    const x = m('x');
    own.put(JSON.stringify(x), x);
    expect(own.take(JSON.stringify({ id: 'x', more: 1 }))).toBeUndefined();
    // a text built elsewhere (as a Redis reply is) still finds it
    expect(own.take(['{"id":', '"x"}'].join(''))).toBe(x);
    expect(own.take('{"id":"x"}')).toBeUndefined();
    expect(own.size).toBe(0);
  });

  it('forgets the oldest past its bound, and everything on clear', () => {
    const own = new OwnCommits(3);
    for (const id of ['a', 'b', 'c', 'd']) own.put(`{"id":"${id}"}`, m(id));
    expect(own.size).toBe(3);
    expect(own.take('{"id":"a"}')).toBeUndefined();
    expect(own.take('{"id":"d"}')?.id).toBe('d');
    own.clear();
    expect(own.take('{"id":"b"}')).toBeUndefined();
  });
});
