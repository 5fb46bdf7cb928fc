/**
 * The model's vocabulary: every token key that some brand, topic, phrase or lexicon entry uses
 * gets a small integer id at compile time. A mention's tokens are then looked up once (one string
 * hash per token); tries and the lexicon work on ids. Words outside the vocabulary (most of them)
 * get -1 and cost nothing further.
 */
import type { Tokens } from './tokenize';

export const NO_ID = -1;

export class Vocab {
  private readonly ids = new Map<string, number>();

  /** The id of a key, added if new (compile time only). */
  intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }

  id(key: string): number {
    return this.ids.get(key) ?? NO_ID;
  }

  get size(): number {
    return this.ids.size;
  }

  /** Sets t.id, t.foldId and t.fold2Id of every token. */
  resolve(t: Tokens): void {
    const { ids } = this;
    for (let i = 0; i < t.n; i++) {
      t.id[i] = ids.get(t.key[i]) ?? NO_ID;
      const f = t.fold[i];
      t.foldId[i] = f === null ? NO_ID : ids.get(f) ?? NO_ID;
      const f2 = t.fold2[i];
      t.fold2Id[i] = f2 === null ? NO_ID : ids.get(f2) ?? NO_ID;
    }
  }
}
