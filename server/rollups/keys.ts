import { ANY, NONE } from '../../shared/constants';
import type { AnalyzedMention } from '../../shared/mention';
import { DIMENSIONS, type Dimension, type RollupFilter } from '../../shared/rollup';

export const DIM_COUNT = DIMENSIONS.length;
const SEP = '\u0001';
const DIM_INDEX: Record<Dimension, number> = Object.fromEntries(DIMENSIONS.map((d, i) => [d, i])) as Record<Dimension, number>;

/**
 * Interns rollup keys: each distinct tuple (brand, topic, channel, polarity, country, query)
 * gets a small integer id. Cardinality is bounded by the configured brands and topics and the
 * finite channel, polarity and country sets; queries come from configs and sources.
 */
export class KeyTable {
  private ids = new Map<string, number>();
  readonly tuples: string[][] = [];

  id(tuple: string[]): number {
    return this.idOf(tuple.join(SEP), () => tuple);
  }

  /** The id of a tuple given as its joined key; the tuple is built only when it is new. */
  idOf(key: string, tuple: () => string[]): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.tuples.length;
      this.ids.set(key, id);
      this.tuples.push(tuple());
    }
    return id;
  }

  get size(): number { return this.tuples.length; }
}

/**
 * The key ids a mention counts under: brand in {ANY, each matched brand} × topic in {ANY, each topic}.
 */
export function mentionKeyIds(m: AnalyzedMention, table: KeyTable): number[] {
  const brands = [ANY];
  for (const b of m.brands) if (!brands.includes(b.brand)) brands.push(b.brand);
  const topics = [ANY, ...m.topics];
  const channel = m.channel;
  const polarity = m.sentiment.polarity;
  const country = m.place.country ?? NONE;
  const query = m.query ?? NONE;
  const region = m.place.region ?? NONE;
  const intent = m.intent;
  // the dimensions after brand and topic are the same for every key of the mention: joined once
  const rest = [channel, polarity, country, query, region, intent];
  const tail = SEP + rest.join(SEP);
  const out: number[] = [];
  for (const brand of brands) {
    for (const topic of topics) out.push(table.idOf(brand + SEP + topic + tail, () => [brand, topic, ...rest]));
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
