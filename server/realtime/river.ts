import { RIVER_DELTA_MAX } from '../../shared/constants';
import { toRiverItem, type AnalyzedMention, type RiverItem } from '../../shared/mention';

/**
 * Collects the posts that arrived since the last tick. At high rates only the latest
 * RIVER_DELTA_MAX are kept (the rest are counted), so a frame's size does not follow traffic.
 */
export class RiverBuffer {
  private items: AnalyzedMention[] = [];
  private skipped = 0;

  constructor(private max = RIVER_DELTA_MAX) {}

  push(batch: readonly AnalyzedMention[]): void {
    const start = Math.max(0, batch.length - this.max);
    this.skipped += start;
    for (let i = start; i < batch.length; i++) this.items.push(batch[i]);
    if (this.items.length > this.max) {
      const drop = this.items.length - this.max;
      this.items.splice(0, drop);
      this.skipped += drop;
    }
  }

  /** Newest first; empties the buffer. */
  drain(): { items: RiverItem[]; skipped: number } {
    const items = this.items.reverse().map((m) => toRiverItem(m));
    const skipped = this.skipped;
    this.items = []; this.skipped = 0;
    return { items, skipped };
  }
}
