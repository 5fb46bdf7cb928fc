/**
 * The model's vocabulary: every token key that some brand, topic, phrase or lexicon entry uses
 * gets a small integer id at compile time. A mention's tokens are then looked up once (one string
 * hash per token); tries and the lexicon work on ids. Words outside the vocabulary (most of them)
 * get -1 and cost nothing further.
 *
 * A key may also carry tag bits (stop-word languages) without an id: tagged-only words keep id -1,
 * so the tries never see them, yet the same single lookup gives their tags (in `tags`, per token).
 */
import type { Tokens } from './tokenize';

export const NO_ID = -1;

/** An entry packs (tag bits << ID_BITS) | (id + 1); id + 1 === 0 means "tags only". */
const ID_BITS = 22;
const ID_MASK = (1 << ID_BITS) - 1;
const TAG_MASK = 0xff;
const INITIAL_TAGS = 128;
const INITIAL_SLOTS = 1024; // a power of two
/** Grow when more than 1/2 of the slots are used. */
const MAX_LOAD_NUM = 1;
const MAX_LOAD_DEN = 2;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units: the hash of the vocabulary's own table. */
export function hashKey(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * An open-addressing table (linear probing) rather than a Map: a token key is a fresh string whose
 * hash V8 would compute in a runtime call on every lookup; here it is a short loop, and a probe
 * compares stored hashes (one typed array: hash, entry per slot) before strings. A slot is empty when its entry is 0, so an entry of 0 is never stored.
 */
export class Vocab {
  private keys: (string | undefined)[] = new Array(INITIAL_SLOTS);
  /** Per slot: [hash, entry]. */
  private table = new Int32Array(INITIAL_SLOTS * 2);
  private mask = INITIAL_SLOTS - 1;
  private used = 0;
  private count = 0;
  /** Key of each id. */
  private readonly byId: string[] = [];
  /** Tag bits of each token of the last resolve() (0 for untagged). */
  tags = new Uint8Array(INITIAL_TAGS);

  /** The packed entry of key (0 when absent); h is hashKey(key). */
  private get(key: string, h: number): number {
    const { table, mask } = this;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const e = table[2 * slot + 1];
      if (e === 0) return 0;
      if (table[2 * slot] === h && this.keys[slot] === key) return e;
    }
  }

  private set(key: string, value: number): void {
    const h = hashKey(key);
    const { table, mask } = this;
    let slot = h & mask;
    for (; ; slot = (slot + 1) & mask) {
      if (table[2 * slot + 1] === 0) break;
      if (table[2 * slot] === h && this.keys[slot] === key) { table[2 * slot + 1] = value; return; }
    }
    if (value === 0) return;
    this.keys[slot] = key;
    table[2 * slot] = h;
    table[2 * slot + 1] = value;
    if (++this.used * MAX_LOAD_DEN > this.keys.length * MAX_LOAD_NUM) this.rehash(this.keys.length * 2);
  }

  private rehash(size: number): void {
    const { keys, table } = this;
    this.keys = new Array(size);
    this.table = new Int32Array(size * 2);
    this.mask = size - 1;
    this.used = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== undefined) this.set(k, table[2 * i + 1]);
    }
  }

  /** The id of a key, added if new (compile time only). */
  intern(key: string): number {
    const e = this.get(key, hashKey(key));
    const id = (e & ID_MASK) - 1;
    if (id >= 0) return id;
    if (this.count >= ID_MASK) throw new Error('vocabulary full');
    const added = this.count++;
    this.set(key, (e & ~ID_MASK) | (added + 1));
    this.byId.push(key);
    return added;
  }

  /** Adds tag bits (at most 8) to a key, without giving it an id (compile time only). */
  tag(key: string, bits: number): void {
    this.set(key, this.get(key, hashKey(key)) | ((bits & TAG_MASK) << ID_BITS));
  }

  /** The key of an id (id from intern() or id()). */
  keyOf(id: number): string {
    return this.byId[id];
  }

  id(key: string): number {
    return (this.get(key, hashKey(key)) & ID_MASK) - 1;
  }

  /** Tag bits of a key (0 when none). */
  tagsOf(key: string): number {
    return this.get(key, hashKey(key)) >>> ID_BITS;
  }

  get size(): number {
    return this.count;
  }

  /** Sets t.id, t.foldId and t.fold2Id of every token, and this.tags[i] for its key. */
  resolve(t: Tokens): void {
    if (this.tags.length < t.n) this.tags = new Uint8Array(Math.max(t.n, this.tags.length * 2));
    const tags = this.tags;
    for (let i = 0; i < t.n; i++) {
      const e = this.get(t.key[i], hashKey(t.key[i]));
      t.id[i] = (e & ID_MASK) - 1;
      tags[i] = e >>> ID_BITS;
      const f = t.fold[i];
      t.foldId[i] = f === null ? NO_ID : (this.get(f, hashKey(f)) & ID_MASK) - 1;
      const f2 = t.fold2[i];
      t.fold2Id[i] = f2 === null ? NO_ID : (this.get(f2, hashKey(f2)) & ID_MASK) - 1;
    }
  }
}
