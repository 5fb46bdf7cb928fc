import type { RuleOf } from '../../shared/alert-rules';
import type { AnalyzedMention } from '../../shared/mention';
import { MINUTE_MS } from '../../shared/constants';
import { SAMPLES_MAX } from './constants';

const WORD = '[\\p{L}\\p{N}_]';

/** One regular expression for a keyword list: case-insensitive, on word boundaries, any spacing inside phrases. */
export function compileKeywords(words: readonly string[]): RegExp {
  const alts = [...new Set(words.map((w) => w.trim().toLowerCase()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.split(/\s+/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  return new RegExp(`(?<!${WORD})(?:${alts.join('|')})(?!${WORD})`, 'iu');
}

/** A keyword rule compiled for the mention stream. */
export class KeywordWatch {
  private re: RegExp;
  private channels?: Set<string>;
  private topics?: Set<string>;
  private brands?: Set<string>;

  constructor(readonly rule: RuleOf<'keyword'>) {
    this.re = compileKeywords(rule.params.keywords);
    const s = rule.scope;
    if (s.channels?.length) this.channels = new Set(s.channels);
    if (s.topics?.length) this.topics = new Set(s.topics);
    if (s.brands?.length) this.brands = new Set(s.brands);
  }

  /** The matched keyword and the brands (incident keys) it counts for, or null. */
  match(m: AnalyzedMention): { word: string; brands: (string | undefined)[] } | null {
    if (this.channels && !this.channels.has(m.channel)) return null;
    if (this.topics && !m.topics.some((t) => this.topics!.has(t))) return null;
    let brands: (string | undefined)[] = [...new Set(m.brands.map((b) => b.brand))];
    if (this.brands) brands = brands.filter((b) => this.brands!.has(b as string));
    if (this.brands && brands.length === 0) return null;
    const hit = this.re.exec(m.text);
    if (!hit) return null;
    return { word: hit[0].toLowerCase().replace(/\s+/g, ' '), brands: brands.length ? brands : [undefined] };
  }
}

interface KwState {
  hits: number[];
  open: boolean;
  count: number;
  lastAt: number;
  coolUntil: number;
  words: Set<string>;
  samples: AnalyzedMention[];
}

export interface KeywordEvent {
  kind: 'firing' | 'update' | 'resolved';
  key: string;
  rule: RuleOf<'keyword'>;
  brand?: string;
  t: number;
  count: number;
  words: string[];
  samples: AnalyzedMention[];
}

/**
 * Keyword incidents, pure and clock-free: hits (at t) fire once minCount fall within the window;
 * later hits update the same incident; it resolves after windowMinutes without one. Live and in
 * the rule test alike. Keys are rule × brand: bounded.
 */
export class KeywordIncidents {
  private st = new Map<string, KwState>();

  hit(w: KeywordWatch, m: AnalyzedMention, t: number): KeywordEvent[] {
    const got = w.match(m);
    if (!got) return [];
    const p = w.rule.params;
    const out: KeywordEvent[] = [];
    for (const brand of got.brands) {
      const key = `${w.rule.id}|${brand ?? '*'}`;
      let s = this.st.get(key);
      if (!s) { s = { hits: [], open: false, count: 0, lastAt: 0, coolUntil: 0, words: new Set(), samples: [] }; this.st.set(key, s); }
      s.lastAt = t;
      if (!s.open) {
        if (t < s.coolUntil) continue;
        s.hits.push(t);
        const since = t - p.windowMinutes * MINUTE_MS;
        while (s.hits.length && s.hits[0] <= since) s.hits.shift();
        if (s.hits.length > p.minCount) s.hits.shift();
        addSample(s, m);
        s.words.add(got.word);
        if (s.hits.length < p.minCount) continue;
        s.open = true;
        s.count = s.hits.length;
        s.hits = [];
        out.push(this.event('firing', key, w.rule, brand, t, s));
      } else {
        s.count++;
        s.words.add(got.word);
        addSample(s, m);
        out.push(this.event('update', key, w.rule, brand, t, s));
      }
    }
    return out;
  }

  /** Resolves incidents quiet for their window as of now. */
  expire(rules: (id: string) => RuleOf<'keyword'> | undefined, now: number): KeywordEvent[] {
    const out: KeywordEvent[] = [];
    for (const [key, s] of this.st) {
      const rule = rules(key.slice(0, key.lastIndexOf('|')));
      if (!rule) { this.st.delete(key); continue; }
      const quiet = now - s.lastAt >= rule.params.windowMinutes * MINUTE_MS;
      if (s.open && quiet) {
        s.open = false;
        s.coolUntil = now + rule.params.cooldownBuckets * MINUTE_MS;
        const brand = key.slice(key.lastIndexOf('|') + 1);
        out.push(this.event('resolved', key, rule, brand === '*' ? undefined : brand, now, s));
        s.samples = []; s.words.clear(); s.count = 0;
      } else if (!s.open && quiet && now >= s.coolUntil) this.st.delete(key);
    }
    return out;
  }

  private event(kind: KeywordEvent['kind'], key: string, rule: RuleOf<'keyword'>, brand: string | undefined, t: number, s: KwState): KeywordEvent {
    return { kind, key, rule, brand, t, count: s.count, words: [...s.words], samples: s.samples.slice() };
  }
}

function addSample(s: KwState, m: AnalyzedMention): void {
  if (s.samples.some((x) => x.id === m.id)) return;
  s.samples.push(m);
  s.samples.sort((a, b) => b.reach - a.reach);
  if (s.samples.length > SAMPLES_MAX) s.samples.length = SAMPLES_MAX;
}
