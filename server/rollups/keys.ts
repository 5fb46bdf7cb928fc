import { ANY, NONE } from '../../shared/constants';
import type { AnalyzedMention } from '../../shared/mention';
import { DIMENSIONS, type Dimension, type RollupFilter } from '../../shared/rollup';

export const DIM_COUNT = DIMENSIONS.length;
const SEP = '\u0001';
const DIM_INDEX: Record<Dimension, number> = Object.fromEntries(DIMENSIONS.map((d, i) => [d, i])) as Record<Dimension, number>;

/** Key ids per tail: brand code × TOPIC_SPACE + topic code (exact while topic codes stay below it). */
const TOPIC_SPACE = 2 ** 20;

/**
 * Interns rollup keys: each distinct tuple (brand, topic, channel, polarity, country, query, region,
 * intent) gets a small integer id. Cardinality is bounded by the configured brands and topics and the
 * finite channel, polarity and country sets; queries come from configs and sources. The dimensions
 * after brand and topic (the tail) are the same for all the keys of one mention, so a mention costs
 * one string lookup (its joined tail) and then integer lookups per brand × topic.
 */
export class KeyTable {
  private heads = new Map<string, number>();
  private tails = new Map<string, Map<number, number>>();
  readonly tuples: string[][] = [];

  /** The id of a full tuple. */
  id(tuple: string[]): number {
    const rest = tuple.slice(2);
    return this.idIn(this.tail(rest.join(SEP)), tuple[0], tuple[1], rest);
  }

  /** The keys of one tail (the joined dimensions after brand and topic). */
  tail(joined: string): Map<number, number> {
    let t = this.tails.get(joined);
    if (!t) { t = new Map(); this.tails.set(joined, t); }
    return t;
  }

  /** The id of (brand, topic, ...rest) under the tail `t` that `rest` joins to. */
  idIn(t: Map<number, number>, brand: string, topic: string, rest: readonly string[]): number {
    const k = this.head(brand) * TOPIC_SPACE + this.head(topic);
    let id = t.get(k);
    if (id === undefined) {
      id = this.tuples.length;
      t.set(k, id);
      this.tuples.push([brand, topic, ...rest]);
    }
    return id;
  }

  get size(): number { return this.tuples.length; }

  private head(v: string): number {
    let c = this.heads.get(v);
    if (c === undefined) {
      c = this.heads.size;
      if (c >= TOPIC_SPACE) throw new Error(`more than ${TOPIC_SPACE} distinct brands and topics in rollup keys`);
      this.heads.set(v, c);
    }
    return c;
  }
}

/**
 * The key ids a mention counts under: brand in {ANY, each matched brand} × topic in {ANY, each topic}.
 */
export function mentionKeyIds(m: AnalyzedMention, table: KeyTable): number[] {
  const rest = [m.channel, m.sentiment.polarity, m.place.country ?? NONE, m.query ?? NONE, m.place.region ?? NONE, m.intent];
  const t = table.tail(rest.join(SEP));
  const out: number[] = [];
  const topics = m.topics;
  const brands = m.brands;
  for (let b = -1; b < brands.length; b++) {
    const brand = b < 0 ? ANY : brands[b].brand;
    if (b >= 0 && (brand === ANY || brands.findIndex((x) => x.brand === brand) < b)) continue;
    out.push(table.idIn(t, brand, ANY, rest));
    for (const topic of topics) out.push(table.idIn(t, brand, topic, rest));
  }
  return out;
}

/**
 * A compiled filter: a predicate on a key tuple. brand and topic default to ANY (each mention once)
 * unless they are grouped by, in which case ANY is left out (one group per brand or topic).
 */
export function compileFilter(filter: RollupFilter = {}, groupBy: readonly Dimension[] = []): (tuple: string[]) => boolean {
  const checks: [number, (v: string) => boolean][] = [];
  for (const dim of ['brand', 'topic'] as const) {
    if (filter[dim]) continue;
    const i = DIM_INDEX[dim];
    checks.push([i, groupBy.includes(dim) ? (v) => v !== ANY : (v) => v === ANY]);
  }
  for (const [dim, values] of Object.entries(filter) as [Dimension, string[] | undefined][]) {
    if (!values) continue;
    const set = new Set(values);
    checks.push([DIM_INDEX[dim], (v) => set.has(v)]);
  }
  return (tuple) => {
    for (const [i, ok] of checks) if (!ok(tuple[i])) return false;
    return true;
  };
}

export function groupKeyOf(tuple: string[], groupBy: readonly Dimension[]): string[] {
  return groupBy.map((d) => tuple[DIM_INDEX[d]]);
}

export function groupSignature(filter: RollupFilter | undefined, groupBy: readonly Dimension[] | undefined): string {
  return JSON.stringify([filter ?? {}, groupBy ?? []]);
}
