/**
 * Turns templates into text: compiled once into literal/slot parts, then filled per mention with
 * a seeded Rng (string concatenation only, no regex on the hot path).
 */
import type { Polarity } from '../../../shared/mention';
import type { BrandConfig, TopicConfig } from '../../../shared/tracking';
import type { Rng } from './prng';
import {
  DURATIONS, EMOJI, FACEBOOK_TAILS, FILLERS, GENERIC_TAGS, GENERIC_TOPICS, LEET, NEG_WORDS, POS_WORDS, PRODUCTS, SLANG, SO, STARS,
  type Bank,
} from './templates';

const SLOTS = ['b', 'b2', 't', 'pos', 'neg', 'ep', 'en', 'eu', 'sl', 'leet', 'tag', 'itag', 'so', 'prod', 'stars', 'time', 'n', 'num', 'who', 'name', 'fill'] as const;
type SlotName = (typeof SLOTS)[number];
const SLOT_INDEX = new Map<string, number>(SLOTS.map((s, i) => [s, i]));
const slot = (s: SlotName): number => SLOT_INDEX.get(s)!;
const B = slot('b'); const B2 = slot('b2'); const T = slot('t'); const POS = slot('pos'); const NEG = slot('neg');
const EP = slot('ep'); const EN = slot('en'); const EU = slot('eu'); const SL = slot('sl'); const LT = slot('leet');
const TAG = slot('tag'); const ITAG = slot('itag'); const SOS = slot('so'); const PROD = slot('prod'); const STAR = slot('stars');
const TIME = slot('time'); const N = slot('n'); const NUM = slot('num'); const WHO = slot('who'); const NAME = slot('name');
const FILL = slot('fill');

/** A compiled template: literal strings and slot numbers, in order. */
export type Template = readonly (string | number)[];

export function compile(src: string): Template {
  const parts: (string | number)[] = [];
  const re = /\{([a-z0-9]+)\}/g;
  let last = 0;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const i = SLOT_INDEX.get(m[1]);
    if (i === undefined) throw new Error(`unknown slot {${m[1]}} in template "${src}"`);
    if (m.index > last) parts.push(src.slice(last, m.index));
    parts.push(i);
    last = m.index + m[0].length;
  }
  if (last < src.length) parts.push(src.slice(last));
  return parts;
}

const wordRe = (words: readonly string[]) => new RegExp(`\\b(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i');
/** Matches any {neg} word: tests use it to recognise negative posts. */
export const NEG_RE = wordRe(NEG_WORDS);
export const POS_RE = wordRe(POS_WORDS);

export type CompiledBank = Record<Polarity, Template[]>;

/**
 * Compiles a bank and checks its rules: every template names {b} (and {b2} if `pair`); in
 * English banks, negative templates carry {neg}, positive ones {pos}, and no template carries a
 * sentiment word of the other polarity as literal text.
 */
export function compileBank(bank: Bank, opts: { pair?: boolean; english?: boolean } = {}): CompiledBank {
  const out = { positive: [], neutral: [], negative: [] } as CompiledBank;
  for (const pol of ['positive', 'neutral', 'negative'] as const) {
    for (const src of bank[pol]) {
      const t = compile(src);
      const has = (s: number) => t.includes(s);
      const literal = t.filter((p) => typeof p === 'string').join(' ');
      const bad = !has(B) ? 'has no {b}'
        : opts.pair && !has(B2) ? 'has no {b2}'
          : opts.english !== false && pol === 'negative' && (!has(NEG) || has(POS) || POS_RE.test(literal)) ? 'negative needs {neg} and no positive word'
            : opts.english !== false && pol === 'positive' && (!has(POS) || has(NEG) || NEG_RE.test(literal)) ? 'positive needs {pos} and no negative word'
              : opts.english !== false && pol === 'neutral' && (has(POS) || has(NEG) || NEG_RE.test(literal) || POS_RE.test(literal)) ? 'neutral has a sentiment word'
                : '';
      if (bad) throw new Error(`simulator template ${bad}: "${src}"`);
      out[pol].push(t);
    }
  }
  return out;
}

/** How a brand can be written. */
export interface BrandForms {
  name: string;
  aliases: string[];
  /** Aliases without digits or symbols ("Nimbus Tech"), for formal channels. */
  plainAliases: string[];
  handles: string[];
  hashtags: string[];
}

export function brandForms(b: BrandConfig): BrandForms {
  const aliases = b.aliases.filter((a) => a.toLowerCase() !== b.name.toLowerCase());
  return {
    name: b.name,
    aliases,
    plainAliases: aliases.filter((a) => /^[\p{L} .'&-]+$/u.test(a) && a !== a.toUpperCase()),
    handles: b.handles.map((h) => (h.startsWith('@') ? h : `@${h}`)),
    hashtags: b.hashtags.map((h) => (h.startsWith('#') ? h : `#${h}`)),
  };
}

/** Writes the brand as people do: mostly the name, sometimes an alias, a handle, a hashtag. */
export function brandText(f: BrandForms, rng: Rng, formal: boolean): string {
  const u = rng.next();
  if (formal) return u < 0.85 || f.plainAliases.length === 0 ? f.name : rng.pick(f.plainAliases);
  if (u < 0.45) return f.name;
  if (u < 0.65) return f.aliases.length ? rng.pick(f.aliases) : f.name;
  if (u < 0.8) return f.handles.length ? rng.pick(f.handles) : f.name;
  if (u < 0.92) return f.hashtags.length ? rng.pick(f.hashtags) : f.name;
  return f.name.toLowerCase();
}

/** Topic keywords made into phrases that read well in templates (and still match the keyword). */
const PHRASES: Record<string, string> = {
  overheat: 'overheating', drain: 'battery drain', crash: 'crashes', glitch: 'glitches', leak: 'data leak',
  launch: 'launch', announce: 'announcement', unveil: 'unveiling', 'on hold': 'hours on hold', 'no reply': 'no reply thing',
  'still waiting': 'still waiting situation', 'never arrived': 'order that never arrived', expensive: 'expensive pricing',
  cheap: 'cheap build', cracked: 'cracked screen', hacked: 'hacked account', rep: 'support rep', agent: 'support agent',
  data: 'data privacy', ios: 'iOS app', android: 'Android app', delivered: 'delivered package', charge: 'charge time',
  charging: 'charging', 'tracking number': 'tracking number', bug: 'bug', 'new model': 'new model', preorder: 'preorder',
};

/** Phrases that name a problem: an incident's term is one of these when its topic has one. */
export const PROBLEM_PHRASES = new Set([
  'overheating', 'battery drain', 'crashes', 'glitches', 'data leak', 'hacked account', 'cracked screen', 'breach',
  'order that never arrived', 'hours on hold', 'no reply thing', 'still waiting situation', 'expensive pricing', 'overpriced',
  'bug', 'password', 'refund', 'courier', 'tracking number', 'firmware', 'update', 'pixels', 'charging', 'preorder',
]);

/** Phrases negative on their own: only negative posts use them. */
export const NEGATIVE_PHRASES = new Set([
  'overheating', 'battery drain', 'crashes', 'glitches', 'data leak', 'hacked account', 'cracked screen', 'breach',
  'order that never arrived', 'hours on hold', 'no reply thing', 'still waiting situation', 'expensive pricing', 'overpriced',
  'bug', 'leak', 'crash', 'glitch', 'drain', 'hacked', 'cracked', 'expensive',
]);

export function topicPhrase(keyword: string): string {
  const k = keyword.endsWith('*') ? keyword.slice(0, -1) : keyword;
  return PHRASES[k.toLowerCase()] ?? k;
}

export interface TopicText {
  id: string;
  label: string;
  phrases: string[];
  /** The phrases that name a problem (all phrases when none does). */
  problems: string[];
  /** The phrases that are not negative on their own, for positive and neutral posts (all when none is). */
  plain: string[];
  tag: string;
}

export function topicText(t: TopicConfig): TopicText {
  const tag = '#' + t.label.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  const phrases = t.keywords.map(topicPhrase);
  const problems = phrases.filter((p) => PROBLEM_PHRASES.has(p.toLowerCase()));
  const plain = phrases.filter((p) => !NEGATIVE_PHRASES.has(p.toLowerCase()));
  return { id: t.id, label: t.label, phrases, problems: problems.length ? problems : phrases, plain: plain.length ? plain : phrases, tag };
}

/** What a template is filled with. */
export interface FillContext {
  pol: Polarity;
  formal: boolean;
  brand: BrandForms;
  brand2?: BrandForms;
  /** The topic phrase; a generic word when the mention has no topic. */
  topic?: string;
  topicTag?: string;
  incidentTag?: string;
  firstName: string;
  who: string;
}

function tagFor(ctx: FillContext, rng: Rng): string {
  const u = rng.next();
  if (ctx.incidentTag && u < 0.3) return ctx.incidentTag;
  if (u < 0.5 && ctx.brand.hashtags.length) return rng.pick(ctx.brand.hashtags);
  if (u < 0.65 && ctx.topicTag) return ctx.topicTag;
  return rng.pick(GENERIC_TAGS[ctx.pol]);
}

export function fill(t: Template, ctx: FillContext, rng: Rng): string {
  let s = '';
  for (let i = 0; i < t.length; i++) {
    const p = t[i];
    if (typeof p === 'string') { s += p; continue; }
    switch (p) {
      case B: s += brandText(ctx.brand, rng, ctx.formal); break;
      case B2: s += brandText(ctx.brand2 ?? ctx.brand, rng, ctx.formal); break;
      case T: s += ctx.topic ?? rng.pick(GENERIC_TOPICS); break;
      case POS: s += rng.pick(POS_WORDS); break;
      case NEG: s += rng.pick(NEG_WORDS); break;
      case EP: s += rng.pick(EMOJI.positive); break;
      case EN: s += rng.pick(EMOJI.negative); break;
      case EU: s += rng.pick(EMOJI.neutral); break;
      case SL: s += rng.pick(SLANG[ctx.pol]); break;
      case LT: s += rng.pick(LEET[ctx.pol]); break;
      case TAG: s += tagFor(ctx, rng); break;
      case ITAG: s += ctx.incidentTag ?? tagFor(ctx, rng); break;
      case SOS: s += rng.pick(SO); break;
      case PROD: s += rng.pick(PRODUCTS); break;
      case STAR: s += rng.pick(STARS[ctx.pol]); break;
      case TIME: s += rng.pick(DURATIONS); break;
      case N: s += String(rng.range(2, 30)); break;
      case NUM: s += String(rng.range(100000, 999999)); break;
      case WHO: s += ctx.who; break;
      case NAME: s += ctx.firstName; break;
      case FILL: s += rng.pick(FILLERS); break;
      default: break;
    }
  }
  return s;
}

function addTag(s: string, tag: string): string {
  return s.toLowerCase().includes(tag.toLowerCase()) ? s : s + ' ' + tag;
}

/** Social-media habits on top of a filled template: lower case, "!!!", RT, extra tags, leetspeak. */
export function socialize(text: string, ctx: FillContext, rng: Rng, channel: 'twitter' | 'facebook' | 'instagram'): string {
  let s = text.trimEnd();
  const u = rng.next();
  if (u < 0.2) s = s.toLowerCase();
  else if (ctx.pol === 'negative' && u < 0.25) s = s.toUpperCase();
  if (ctx.pol !== 'neutral' && rng.chance(0.1)) s += ctx.pol === 'negative' ? ' !!!' : '!!!';
  if (rng.chance(0.04)) s += ' ' + rng.pick(LEET[ctx.pol]);
  if (rng.chance(0.25)) s = addTag(s, tagFor(ctx, rng));
  if (channel === 'instagram') {
    const n = rng.range(2, 4);
    for (let i = 0; i < n; i++) s = addTag(s, tagFor(ctx, rng));
  } else if (channel === 'facebook' && rng.chance(0.4)) {
    s += '\n' + rng.pick(FACEBOOK_TAILS);
  } else if (channel === 'twitter' && rng.chance(0.05)) {
    s = `RT ${ctx.who}: ${s}`;
  }
  return channel === 'twitter' && s.length > 280 ? s.slice(0, 279) + '…' : s;
}
