import { NONE_KEY } from '../../shared/explore';

/**
 * Interns the values of a dimension as small integer codes; code 0 is NONE_KEY (no value). Used
 * for the low-cardinality dimensions (channel, polarity, country, language, ...), shared by every
 * segment. Their sizes are bounded by the configs and the finite code lists, as for rollups.
 */
export class Dict {
  private ids = new Map<string, number>([[NONE_KEY, 0]]);
  readonly values: string[] = [NONE_KEY];

  code(v: string | undefined): number {
    if (v === undefined || v === '' || v === NONE_KEY) return 0;
    let id = this.ids.get(v);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(v, id);
      this.values.push(v);
    }
    return id;
  }

  /** The code of a value, or -1 when it was never seen. */
  find(v: string): number {
    return v === NONE_KEY ? 0 : this.ids.get(v) ?? -1;
  }

  get size(): number { return this.values.length; }
}

/** A lookup table of allowed codes for a filter list (undefined list: no table, everything allowed). */
export function allowTable(dict: Dict, values: readonly string[] | undefined): Uint8Array | undefined {
  if (!values) return undefined;
  const t = new Uint8Array(Math.max(dict.size, 1));
  for (const v of values) {
    const c = dict.find(v);
    if (c >= 0) t[c] = 1;
  }
  return t;
}
