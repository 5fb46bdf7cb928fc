import type { AnalyzedMention } from '../../shared/mention';
import type { ManualClock } from '../clock';
import { rememberJson } from '../explore/json-memo';
import type { RedisKeys } from './keys';
import type { OwnCommits } from './own-commits';
import { throttledWarn, type Redis } from './redis';
import type { FeedItem, TailPosition } from './replica';

/** Entries read per stream per call, and how long one blocking read waits. */
const TAIL_COUNT = 2000;
export const TAIL_BLOCK_MS = 1000;
const RETRY_MS = 200;

/** A change of shared alert state, as carried by the events stream. */
export interface ClusterEvent { node: string; kind: string; value: string }

export interface TailDeps {
  blocking: Redis;
  keys: RedisKeys;
  nodeId: string;
  dataClock?: ManualClock;
  /** Reloads the replica (at start and after a gap) and says where to continue. */
  reload: () => Promise<TailPosition>;
  log: { warn(obj: object, msg: string): void };
  /** This node's own commits: taken instead of parsing their text again. */
  own?: OwnCommits;
}

/**
 * Every node tails the analyzed stream (plain XREAD, not the group: every node sees every analyzed
 * mention of the cluster) and the events stream of alert-state changes, on one blocking connection.
 * Sequence numbers must follow each other; a gap (this node fell further behind than the capped
 * stream holds, or Redis lost data) makes it reload the replica from Redis.
 */
export class ClusterTail {
  /** The sequence number of the newest analyzed mention applied: the cluster's analyzed count. */
  seq = 0;
  /** items: applied; own: of those, this node's own commits taken without parsing. */
  readonly stats = { items: 0, own: 0, events: 0, reloads: 0, errors: 0 };
  private pos = { analyzedId: '0-0', eventsId: '0-0' };
  private feed: ((items: readonly FeedItem[]) => void)[] = [];
  private events: ((e: ClusterEvent) => void)[] = [];
  private stopping = false;
  private loop: Promise<void> | null = null;

  private warnRetry: (obj: object, msg: string) => void;

  constructor(private deps: TailDeps) {
    this.warnRetry = throttledWarn(deps.log);
  }

  /** Analyzed mentions of the whole cluster, in commit order (the replica first, then the hub, the alert engine, ...). */
  onItems(fn: (items: readonly FeedItem[]) => void): void { this.feed.push(fn); }
  onEvent(fn: (e: ClusterEvent) => void): void { this.events.push(fn); }

  /** Loads the replica, then follows the streams (the events stream after `eventsFrom`). */
  async start(eventsFrom: string): Promise<void> {
    this.pos.eventsId = eventsFrom;
    await this.reload();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.loop;
  }

  private async reload(): Promise<void> {
    this.deps.own?.clear();
    const p = await this.deps.reload();
    this.pos.analyzedId = p.analyzedId;
    this.seq = p.seq;
    this.stats.reloads++;
  }

  private async run(): Promise<void> {
    const { blocking, keys } = this.deps;
    while (!this.stopping) {
      try {
        const res = await blocking.xRead(
          [{ key: keys.analyzed, id: this.pos.analyzedId }, { key: keys.events, id: this.pos.eventsId }],
          { COUNT: TAIL_COUNT, BLOCK: TAIL_BLOCK_MS });
        for (const stream of res ?? []) {
          if (stream.messages.length === 0) continue;
          if (stream.name === keys.events) this.applyEvents(stream.messages);
          else if (!this.applyItems(stream.messages)) { await this.reload(); break; }
        }
      } catch (err) {
        if (this.stopping) break;
        this.stats.errors++;
        this.warnRetry({ err: (err as Error).message }, 'tail: read failed; retrying');
        await new Promise((r) => setTimeout(r, RETRY_MS));
      }
    }
  }

  /** False on a sequence gap. */
  private applyItems(messages: { id: string; message: Record<string, string> }[]): boolean {
    const items: FeedItem[] = [];
    let maxT = 0;
    for (const e of messages) {
      const seq = Number(e.message.s);
      if (seq !== this.seq + 1) {
        this.deps.log.warn({ expected: this.seq + 1, got: seq }, 'tail: gap in the analyzed stream; reloading from Redis');
        return false;
      }
      const json = e.message.m;
      let m = this.deps.own?.take(json);
      if (m === undefined) m = JSON.parse(json) as AnalyzedMention;
      else this.stats.own++;
      rememberJson(m, json);
      items.push({ seq, t: Number(e.message.t), m });
      if (m.createdAt > maxT) maxT = m.createdAt;
      this.seq = seq;
      this.pos.analyzedId = e.id;
    }
    this.deps.dataClock?.advanceTo(maxT);
    this.stats.items += items.length;
    for (const fn of this.feed) {
      try { fn(items); } catch (err) { this.deps.log.warn({ err: (err as Error).message }, 'tail: a listener failed'); }
    }
    return true;
  }

  private applyEvents(messages: { id: string; message: Record<string, string> }[]): void {
    for (const e of messages) {
      this.pos.eventsId = e.id;
      if (e.message.n === this.deps.nodeId) continue; // this node's own change, already applied
      this.stats.events++;
      const ev: ClusterEvent = { node: e.message.n, kind: e.message.k, value: e.message.v };
      for (const fn of this.events) {
        try { fn(ev); } catch (err) { this.deps.log.warn({ err: (err as Error).message, kind: ev.kind }, 'tail: event listener failed'); }
      }
    }
  }
}
