/**
 * Country (and US state) of a free-text profile location: "Austin, TX", "NYC", "London, UK",
 * "Toronto, Ontario, Canada", "ÜT: 40.7,-73.9". Conservative: what it cannot place, or places in
 * two countries ("usa::fr::uk"), stays unknown.
 *
 * Grammar: groups separated by "/", "|", "&", " - ", " or "...; within a group, comma-separated
 * parts from specific to general ("City, State, Country"). In a group the rightmost state or
 * country is the answer (refined by a state to its left); groups without one, and the groups
 * together, must agree on the country (and keep the state only if they agree on it too).
 */
import { createRequire } from 'node:module';
import {
  CA_PROVINCES, COUNTRY_ALIASES, LOWERCASE_CODE_WORDS, UNRESOLVED, US_AIRPORTS, US_AMBIGUOUS,
  US_CITIES, US_STATES, WHOLE_PART_ONLY, WORLD_CITIES,
} from './gazetteer-data';

const require = createRequire(import.meta.url);

export const LEVEL_COUNTRY = 0;
export const LEVEL_REGION = 1;
export const LEVEL_CITY = 2;

/** A resolved name: "US-TX" (a US state) or "GB" (a country), and what kind of place it is. */
export interface Entry {
  code: string;
  level: number;
  /** May be found inside longer text ("deep in the heart of Texas"). */
  free: boolean;
}

const US = 'US';
const CA = 'CA';
const GB = 'GB';
const UK_CODE = 'uk';
/** "LA" after a space is Los Angeles more often than Louisiana ("Lost in LA"). */
const LA_CODE = 'la';
const NGRAM_MAX = 4;
const MIN_FREE_LENGTH = 3;
const COUNTRY_LEN = 2;
const GROUP_SPLIT = /\s+[-–—]\s+|[/|;•·+&~]|::|\s+(?:or|and|by way of|via)\s+/i;
const COORDS = /(-?\d{1,2}\.\d+)\s*°?\s*([NS])?\s*[,\s]\s*(-?\d{1,3}\.\d+)\s*°?\s*([EW])?/i;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;
const DOTS = /\./g;
const NOT_NAME = /[^a-z0-9' -]+/g;
const SPACES = /\s+/g;
const TWO_LETTERS = /^[a-z]{2}$/;
const WORD_SPLIT = /[\s-]+/;
const THE = 'the ';
const PARENTHESES = /\([^)]*\)/g;

/** Lower case, no accents or dots, only letters, digits, spaces, "'" and "-". */
export function normalize(s: string): string {
  let x = s.toLowerCase();
  if (NON_ASCII.test(x)) x = x.normalize('NFD').replace(MARKS, '');
  return x.replace(DOTS, '').replace(NOT_NAME, ' ').replace(SPACES, ' ').trim();
}

function isUpper(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

function countryOf(code: string): string {
  return code.slice(0, COUNTRY_LEN);
}

interface Gazetteer {
  names: Map<string, Entry>;
  states: Map<string, string>;
  provinces: Set<string>;
  airports: Map<string, string>;
  lowerCodeWords: Set<string>;
}

function lines(blob: string): [string, string[]][] {
  return blob.split(/[\n|]/).map((l) => l.trim()).filter((l) => l.includes(':')).map((l) => {
    const colon = l.indexOf(':');
    return [l.slice(0, colon).trim(), l.slice(colon + 1).split(',').map(normalize).filter((n) => n !== '')];
  });
}

function list(blob: string): string[] {
  return blob.split(',').map(normalize).filter((n) => n !== '');
}

function build(): Gazetteer {
  const names = new Map<string, Entry>();
  const wholeOnly = new Set(list(WHOLE_PART_ONLY));
  const set = (name: string, code: string, level: number) => {
    names.set(name, { code, level, free: name.length >= MIN_FREE_LENGTH && !wholeOnly.has(name) });
  };
  const iso = require('i18n-iso-countries/index.js') as {
    registerLocale(l: unknown): void;
    getNames(lang: string, o: { select: 'all' }): Record<string, string[]>;
  };
  iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
  for (const [code, forms] of Object.entries(iso.getNames('en', { select: 'all' }))) {
    for (const f of forms) if (!f.includes(',')) set(normalize(f), code, LEVEL_COUNTRY);
  }
  for (const [code, forms] of lines(COUNTRY_ALIASES)) for (const f of forms) set(f, code, LEVEL_COUNTRY);
  for (const [code, forms] of lines(WORLD_CITIES)) for (const f of forms) set(f, code, LEVEL_CITY);
  for (const n of ['england', 'scotland', 'wales', 'northern ireland', 'great britain', 'britain', 'united kingdom']) {
    set(n, GB, LEVEL_COUNTRY);
  }
  const states = new Map<string, string>();
  for (const [code, forms] of lines(US_STATES)) {
    states.set(code.toLowerCase(), `${US}-${code}`);
    for (const f of forms) set(f, `${US}-${code}`, LEVEL_REGION);
  }
  const provinces = new Set<string>();
  for (const [code, forms] of lines(CA_PROVINCES)) {
    provinces.add(code.toLowerCase());
    for (const f of forms) set(f, CA, LEVEL_REGION);
  }
  for (const [code, forms] of lines(US_CITIES)) for (const f of forms) set(f, `${US}-${code}`, LEVEL_CITY);
  for (const n of list(US_AMBIGUOUS)) set(n, US, LEVEL_CITY);
  for (const n of list(UNRESOLVED)) names.delete(n);
  const airports = new Map<string, string>();
  for (const pair of US_AIRPORTS.split(/\s+/)) {
    const [iata, st] = pair.split(':');
    if (st !== undefined) airports.set(iata.toLowerCase(), `${US}-${st}`);
  }
  return { names, states, provinces, airports, lowerCodeWords: new Set(LOWERCASE_CODE_WORDS.split(' ')) };
}

let gazetteer: Gazetteer | null = null;

export function loadGazetteer(): Gazetteer {
  return (gazetteer ??= build());
}

/** Codes that agree on one country: that country, or its state when all states given agree. */
function agree(codes: string[]): string | null {
  let country: string | null = null;
  let region: string | null = null;
  let regionConflict = false;
  for (const c of codes) {
    const k = countryOf(c);
    if (country === null) country = k;
    else if (country !== k) return null;
    if (c.length > COUNTRY_LEN) {
      if (region === null) region = c;
      else if (region !== c) regionConflict = true;
    }
  }
  if (country === null) return null;
  return region !== null && !regionConflict ? region : country;
}

/** Known names inside a longer text, longest first. */
function ngrams(g: Gazetteer, n: string): Entry | null {
  const words = n.split(WORD_SPLIT);
  const found: string[] = [];
  for (let i = 0; i < words.length;) {
    let used = 1;
    for (let len = Math.min(NGRAM_MAX, words.length - i); len >= 1; len--) {
      const e = g.names.get(words.slice(i, i + len).join(' '));
      if (e !== undefined && e.free) { found.push(e.code); used = len; break; }
    }
    i += used;
  }
  const code = agree(found);
  return code === null ? null : { code, level: LEVEL_CITY, free: false };
}

function resolveCode(g: Gazetteer, n: string, raw: string, afterComma: boolean, left: Entry | null): Entry | null {
  if (afterComma) {
    if (left !== null && left.level === LEVEL_CITY && countryOf(left.code) !== US) {
      const country = countryOf(left.code);
      if (n.toUpperCase() === country || (n === UK_CODE && country === GB)) return { code: country, level: LEVEL_COUNTRY, free: false };
    }
    const st = g.states.get(n);
    if (st !== undefined) return { code: st, level: LEVEL_REGION, free: false };
    if (g.provinces.has(n)) return { code: CA, level: LEVEL_REGION, free: false };
  }
  const e = g.names.get(n);
  if (e !== undefined) return e;
  const st = g.states.get(n);
  if (st !== undefined && (isUpper(raw) || !g.lowerCodeWords.has(n))) return { code: st, level: LEVEL_REGION, free: false };
  return null;
}

function resolvePart(g: Gazetteer, raw: string, afterComma: boolean, left: Entry | null): Entry | null {
  const n = normalize(raw);
  if (n === '') return null;
  const trimmed = raw.trim();
  if (TWO_LETTERS.test(n)) return resolveCode(g, n, trimmed, afterComma, left);
  if (n.length === 3 && isUpper(trimmed)) {
    const a = g.airports.get(n);
    if (a !== undefined) return { code: a, level: LEVEL_CITY, free: false };
  }
  const e = g.names.get(n) ?? (n.startsWith(THE) ? g.names.get(n.slice(THE.length)) : undefined);
  if (e !== undefined) return e;
  // "McKinney TX", "Fredericton NB": a state or province code after a space.
  const sp = n.lastIndexOf(' ');
  if (sp > 0 && n.length - sp - 1 === 2) {
    const code = n.slice(sp + 1);
    const rest = g.names.get(n.slice(0, sp));
    const upper = isUpper(trimmed.slice(-2));
    const st = g.states.get(code);
    const restUS = rest !== undefined && countryOf(rest.code) === US;
    if (st !== undefined && (restUS || (code !== LA_CODE && (upper || !g.lowerCodeWords.has(code))))) {
      return { code: st, level: LEVEL_REGION, free: false };
    }
    if (g.provinces.has(code) && (upper || rest?.code === CA)) return { code: CA, level: LEVEL_REGION, free: false };
  }
  return ngrams(g, n);
}

function resolveGroup(g: Gazetteer, group: string): string | null {
  const parts = group.split(',');
  const entries: (Entry | null)[] = [];
  let left: Entry | null = null;
  parts.forEach((p, i) => {
    const e = resolvePart(g, p, i > 0, left);
    entries.push(e);
    if (e !== null) left = e;
  });
  let q = -1;
  for (let i = entries.length - 1; i >= 0 && q < 0; i--) {
    const e = entries[i];
    if (e !== null && e.level <= LEVEL_REGION) q = i;
  }
  if (q < 0) return agree(entries.filter((e): e is Entry => e !== null).map((e) => e.code));
  const qual = entries[q] as Entry;
  if (qual.code.length > COUNTRY_LEN) return qual.code;
  for (let i = q - 1; i >= 0; i--) {
    const e = entries[i];
    if (e !== null && e.code.length > COUNTRY_LEN && countryOf(e.code) === qual.code) return e.code;
  }
  return qual.code;
}

/** Coordinates written in the location ("ÜT: 40.96,-73.87", "39.07° N, 106.98° W"), if any. */
export function coordinatesIn(raw: string): { lat: number; lon: number } | null {
  const m = COORDS.exec(raw);
  if (m === null) return null;
  let lat = Number(m[1]);
  let lon = Number(m[3]);
  if (m[2] !== undefined && m[2].toUpperCase() === 'S') lat = -Math.abs(lat);
  if (m[4] !== undefined && m[4].toUpperCase() === 'W') lon = -Math.abs(lon);
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
}

/** "US-TX", "GB" or null for a free-text location. */
export function resolveLocation(raw: string): string | null {
  const g = loadGazetteer();
  const whole = g.names.get(normalize(raw));
  if (whole !== undefined) return whole.code;
  const groups = raw.replace(PARENTHESES, ' ').split(GROUP_SPLIT);
  const codes: string[] = [];
  for (const group of groups) {
    const c = resolveGroup(g, group);
    if (c !== null) codes.push(c);
  }
  return agree(codes);
}
