/**
 * The data structures the analyzer's hot path relies on (see the speed notes in vocab.ts, trie.ts,
 * chars.ts and tokenize.ts): they must give exactly what the simple versions gave.
 */
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../server/analysis/chars';
import { Tokens, tokenize } from '../../../server/analysis/tokenize';
import { insert, lastEnds, newTrie, termKeys, walk } from '../../../server/analysis/trie';
import { NO_ID, Vocab } from '../../../server/analysis/vocab';

describe('Vocab table', () => {
  it('keeps ids and tags through growth, and knows absent keys', () => {
    const v = new Vocab();
    const ids = new Map<string, number>();
    for (let i = 0; i < 5000; i++) ids.set(`w${i}`, v.intern(`w${i}`));
    v.tag('w7', 0b101);
    v.tag('only-tagged', 0b10);
    expect(v.size).toBe(5000);
    for (const [k, id] of ids) expect(v.id(k)).toBe(id);
    expect(v.intern('w42')).toBe(ids.get('w42'));
    expect(v.tagsOf('w7')).toBe(0b101);
    expect(v.id('w7')).toBe(ids.get('w7'));
    expect(v.id('only-tagged')).toBe(NO_ID);
    expect(v.tagsOf('only-tagged')).toBe(0b10);
    expect(v.id('absent')).toBe(NO_ID);
    expect(v.tagsOf('absent')).toBe(0);
    v.tag('never', 0); // an entry of 0 is not stored: still absent
    expect(v.id('never')).toBe(NO_ID);
  });

  it('resolves token keys and folds to the same ids as id()', () => {
    const v = new Vocab();
    for (const w of ['great', 'flight', 'eat', '@united', '#fail', 'elite']) v.intern(w);
    const t = new Tokens();
    tokenize('GREAT Flight @United #fail 3lite gr8 unknown', t);
    v.resolve(t);
    for (let i = 0; i < t.n; i++) {
      expect(t.id[i]).toBe(v.id(t.key[i]));
      expect(t.foldId[i]).toBe(t.fold[i] === null ? NO_ID : v.id(t.fold[i] as string));
    }
    expect(t.foldId[4]).toBe(v.id('elite'));
  });
});

describe('decodeEntities', () => {
  it('maps every decoded unit back to its original offset', () => {
    const raw = 'x&amp;&&lt;y &#x1F600;z &bogus; &#39;';
    const d = decodeEntities(raw);
    expect(d.text).toBe("x&&<y 😀z &bogus; '");
    expect(Array.from(d.offsets ?? [])).toEqual([0, 1, 6, 7, 11, 12, 13, 13, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 37]);
  });
});

describe('trie root filters', () => {
  it('finds terms through prefix edges at the root, and sees terms inserted after a walk', () => {
    const v = new Vocab();
    const root = newTrie();
    insert(root, v, termKeys('delay*') ?? [], 0);
    const t = new Tokens();
    tokenize('so Delayed again', t);
    v.resolve(t);
    expect(walk(root, t, 0, null)).toBe(-1);
    expect(walk(root, t, 1, null)).toBe(2);
    expect(lastEnds()).toEqual([0]);
    expect(walk(root, t, 2, null)).toBe(-1);
    insert(root, v, termKeys('again') ?? [], 1);
    v.resolve(t);
    expect(walk(root, t, 2, null)).toBe(3);
    expect(lastEnds()).toEqual([1]);
  });
});
