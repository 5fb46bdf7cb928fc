import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../server/analysis/chars';
import { T_HANDLE, T_HASHTAG, T_PUNCT, T_SYMBOL, T_WORD, Tokens, tokenize, F_ALLCAPS, F_ELONGATED } from '../../../server/analysis/tokenize';

function toks(text: string) {
  const t = new Tokens();
  tokenize(text, t);
  return Array.from({ length: t.n }, (_, i) => ({
    kind: t.kind[i], key: t.key[i], fold: t.fold[i], fold2: t.fold2[i], flags: t.flags[i],
    raw: text.slice(t.orig(t.start[i]), t.orig(t.end[i])),
  }));
}

describe('decodeEntities', () => {
  it('decodes the common entities and maps offsets back to the original text', () => {
    const raw = 'a &amp; b &lt;3 &quot;x&quot; it&#39;s &gt;';
    const d = decodeEntities(raw);
    expect(d.text).toBe('a & b <3 "x" it\'s >');
    expect(d.offsets).not.toBeNull();
    const at = d.text.indexOf('<3');
    expect(raw.slice(d.offsets![at], d.offsets![at + 2])).toBe('&lt;3');
    expect(d.offsets![d.text.length]).toBe(raw.length);
  });

  it('leaves text without entities (or with a bare "&") untouched', () => {
    expect(decodeEntities('AT&T rocks').offsets).toBeNull();
    expect(decodeEntities('plain').text).toBe('plain');
  });
});

describe('tokenize', () => {
  it('splits words, handles, hashtags, emoji, emoticons and clause punctuation', () => {
    const out = toks("@united thanks!!! #JetBlue rocks 😍 :) it's fine.");
    expect(out.map((x) => [x.kind, x.key])).toEqual([
      [T_HANDLE, '@united'], [T_WORD, 'thanks'], [T_PUNCT, '!'], [T_HASHTAG, '#jetblue'], [T_WORD, 'rocks'],
      [T_SYMBOL, '😍'], [T_SYMBOL, ':)'], [T_WORD, 'it'], [T_WORD, 'fine'], [T_PUNCT, '.'],
    ]);
  });

  it('does not read emoticons inside URLs or times', () => {
    const out = toks('see http://t.co/x at 8:30 or re:D');
    expect(out.some((x) => x.kind === T_SYMBOL)).toBe(false);
  });

  it('folds leetspeak in words only, and "1" both as i and l', () => {
    const [w] = toks('N1mbus');
    expect(w).toMatchObject({ key: 'n1mbus', fold: 'nimbus', fold2: 'nlmbus' });
    expect(toks('Nimbu$')[0]).toMatchObject({ key: 'nimbu$', fold: 'nimbus' });
    expect(toks('$ucks')[0]).toMatchObject({ fold: 'sucks' });
    expect(toks('2015')[0].fold).toBeNull(); // digits only: a number, not leet
    expect(toks('@nimbus')[0]).toMatchObject({ kind: T_HANDLE, key: '@nimbus', fold: null });
  });

  it('keeps apostrophes inside words, normalises curly ones, drops a possessive', () => {
    expect(toks('don’t')[0].key).toBe("don't");
    expect(toks("JetBlue's crew")[0].key).toBe('jetblue');
  });

  it('flags ALL CAPS and elongated words; skips skin tones and variation selectors', () => {
    const out = toks('SO goooood 👍🏽 ❤️');
    expect(out[0].flags & F_ALLCAPS).toBeTruthy();
    expect(out[1].flags & F_ELONGATED).toBeTruthy();
    expect(out.filter((x) => x.kind === T_SYMBOL).map((x) => x.key)).toEqual(['👍', '❤']);
  });

  it('reports spans in the original text even after entity decoding', () => {
    const text = 'Tom &amp; Jerry &lt;3 JetBlue';
    const out = toks(text);
    expect(out.map((x) => x.raw)).toEqual(['Tom', 'Jerry', '&lt;3', 'JetBlue']);
  });

  it('grows past its initial capacity', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `w${i}`).join(' ');
    const t = new Tokens();
    tokenize(text, t);
    expect(t.n).toBe(1000);
    expect(t.key[999]).toBe('w999');
  });
});
