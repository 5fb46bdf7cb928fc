import { NONE_KEY } from '../../shared/explore';

/**
 * Interns the values of a dimension as integer codes; code 0 is NONE_KEY (no value). Shared by
 * every segment of an index. Dictionaries of open-ended values (terms, authors) are compacted
 * when segments are dropped (see compact), so they stay bounded by what the index holds.
 */
export class Dict {
  private ids = new Map<string, number>([[NONE_KEY, 0]]);
  values: string[] = [NONE_KEY];

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

  /**
   * Keeps only the codes marked live (code 0 always) and renumbers them in their old order.
   * Returns old code -> new code (-1 for dropped); callers rewrite what holds codes.
   */
  compact(live: Uint8Array): Int32Array {
    const remap = new Int32Array(this.values.length).fill(-1);
    const values: string[] = [NONE_KEY];
    const ids = new Map<string, number>([[NONE_KEY, 0]]);
    remap[0] = 0;
    for (let c = 1; c < this.values.length; c++) {
      if (live[c] === 0) continue;
      remap[c] = values.length;
      ids.set(this.values[c], values.length);
      values.push(this.values[c]);
    }
    this.values = values;
    this.ids = ids;
    return remap;
  }
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
