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

export class Vocab {
  private readonly entries = new Map<string, number>();
  private count = 0;
  /** Tag bits of each token of the last resolve() (0 for untagged). */
  tags = new Uint8Array(INITIAL_TAGS);

  /** The id of a key, added if new (compile time only). */
  intern(key: string): number {
    const e = this.entries.get(key) ?? 0;
    const id = (e & ID_MASK) - 1;
    if (id >= 0) return id;
    if (this.count >= ID_MASK) throw new Error('vocabulary full');
    const added = this.count++;
    this.entries.set(key, (e & ~ID_MASK) | (added + 1));
    return added;
  }

  /** Adds tag bits (at most 8) to a key, without giving it an id (compile time only). */
  tag(key: string, bits: number): void {
    const e = this.entries.get(key) ?? 0;
    this.entries.set(key, e | ((bits & TAG_MASK) << ID_BITS));
  }

  id(key: string): number {
    return ((this.entries.get(key) ?? 0) & ID_MASK) - 1;
  }

  /** Tag bits of a key (0 when none). */
  tagsOf(key: string): number {
    return (this.entries.get(key) ?? 0) >>> ID_BITS;
  }

  get size(): number {
    return this.count;
  }

  /** Sets t.id, t.foldId and t.fold2Id of every token, and this.tags[i] for its key. */
  resolve(t: Tokens): void {
    const { entries } = this;
    if (this.tags.length < t.n) this.tags = new Uint8Array(Math.max(t.n, this.tags.length * 2));
    const tags = this.tags;
    for (let i = 0; i < t.n; i++) {
      const e = entries.get(t.key[i]) ?? 0;
      t.id[i] = (e & ID_MASK) - 1;
      tags[i] = e >>> ID_BITS;
      const f = t.fold[i];
      t.foldId[i] = f === null ? NO_ID : ((entries.get(f) ?? 0) & ID_MASK) - 1;
      const f2 = t.fold2[i];
      t.fold2Id[i] = f2 === null ? NO_ID : ((entries.get(f2) ?? 0) & ID_MASK) - 1;
    }
  }
}
