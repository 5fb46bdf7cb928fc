import type { Alert, AlertSilence } from '../../shared/alert';
import type { Rule } from '../../shared/alert-rules';
import { ALERT_HISTORY_MAX, type AlertStore } from '../alerts/store';
import type { RuleStore } from '../alerts/rules';
import type { SilenceStore } from '../alerts/silences';
import type { RedisKeys } from './keys';
import { throttledWarn, type Redis } from './redis';
import type { ClusterEvent } from './tail';

/** Changes kept in the events stream (nodes tail it; a node that starts loads the hashes instead). */
export const EVENTS_MAX = 10_000;
/** Changes waiting to be written while Redis is unreachable, at most (the oldest are dropped, with a warning). */
const QUEUE_MAX = 10_000;
const RETRY_MS = 500;

type Change =
  | { kind: 'alert'; alert: Alert }
  | { kind: 'rule'; rule: Rule }
  | { kind: 'rule-del'; id: string }
  | { kind: 'silence'; silence: AlertSilence }
  | { kind: 'silence-del'; id: string };

/**
 * Alert state shared by the cluster. Each node keeps the in-memory stores (so reads stay
 * synchronous and cheap); every local change is written to Redis (a hash per kind, id -> JSON) and
 * announced on the events stream, which every node tails and applies. Writes are queued and retried
 * while Redis is unreachable. Last writer wins per alert, rule or silence.
 */
export class AlertSync {
  private queue: Change[] = [];
  private flushing: Promise<void> | null = null;
  private remote = false;
  private warnRetry: (obj: object, msg: string) => void;

  constructor(private deps: {
    client: Redis; keys: RedisKeys; nodeId: string;
    alerts: AlertStore; rules: RuleStore; silences: SilenceStore;
    log: { warn(obj: object, msg: string): void };
  }) {
    this.warnRetry = throttledWarn(deps.log);
  }

  /** Loads the shared state into the local stores (the configured rules seed an empty cluster), then follows local changes. */
  async load(): Promise<void> {
    const { client, keys, alerts, rules, silences, nodeId } = this.deps;
    const [a, r, s] = await client.multi().hGetAll(keys.alerts).hGetAll(keys.rules).hGetAll(keys.silences)
      .exec() as unknown as Record<string, string>[];
    const seeding = Object.keys(r).length === 0 && await client.set(keys.rulesSeeded, nodeId, { NX: true }) === 'OK';
    this.asRemote(() => {
      for (const v of Object.values(a).map((x) => JSON.parse(x) as Alert).sort((x, y) => x.startedAt - y.startedAt)) alerts.upsert(v);
      for (const v of Object.values(s)) silences.upsert(JSON.parse(v) as AlertSilence);
      if (!seeding) {
        const shared = new Map(Object.entries(r).map(([id, v]) => [id, JSON.parse(v) as Rule]));
        for (const local of rules.list()) if (!shared.has(local.id)) rules.delete(local.id);
        for (const rule of shared.values()) rules.put(rule);
      }
    });
    alerts.onChange((alert, origin) => { if (origin === 'local') this.publish({ kind: 'alert', alert }); });
    rules.onChange((c) => {
      if (this.remote) return;
      this.publish(c.kind === 'put' ? { kind: 'rule', rule: c.rule } : { kind: 'rule-del', id: c.rule.id });
    });
    silences.onChange((c) => {
      if (this.remote) return;
      this.publish(c.kind === 'put' ? { kind: 'silence', silence: c.silence } : { kind: 'silence-del', id: c.silence.id });
    });
    if (seeding) for (const rule of rules.list()) this.publish({ kind: 'rule', rule });
    await this.flushing;
  }

  /** Applies another node's change (from the tail). */
  apply = (e: ClusterEvent): void => {
    const { alerts, rules, silences } = this.deps;
    this.asRemote(() => {
      switch (e.kind) {
        case 'alert': alerts.upsert(JSON.parse(e.value) as Alert); break;
        case 'rule': rules.put(JSON.parse(e.value) as Rule); break;
        case 'rule-del': rules.delete(e.value); break;
        case 'silence': silences.upsert(JSON.parse(e.value) as AlertSilence); break;
        case 'silence-del': silences.forget(e.value); break;
      }
    });
  };

  /** Keeps the shared alert history bounded like the local one (open alerts and the newest resolved). */
  async trim(): Promise<void> {
    const { client, keys } = this.deps;
    if (await client.hLen(keys.alerts) <= ALERT_HISTORY_MAX) return;
    const all = Object.values(await client.hGetAll(keys.alerts)).map((v) => JSON.parse(v) as Alert);
    const open = all.filter((a) => a.state !== 'resolved').length;
    const drop = all.filter((a) => a.state === 'resolved').sort((x, y) => y.startedAt - x.startedAt).slice(Math.max(0, ALERT_HISTORY_MAX - open));
    if (drop.length) await client.hDel(keys.alerts, drop.map((a) => a.id));
  }

  /** Resolves when every queued change is in Redis. */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private asRemote(fn: () => void): void {
    this.remote = true;
    try { fn(); } finally { this.remote = false; }
  }

  private publish(c: Change): void {
    if (this.queue.length >= QUEUE_MAX) {
      this.queue.shift();
      this.deps.log.warn({ max: QUEUE_MAX }, 'alert sync: queue full while Redis is unreachable; dropped the oldest change');
    }
    this.queue.push(c);
    this.flushing ??= this.flush().finally(() => { this.flushing = null; });
  }

  private async flush(): Promise<void> {
    const { client, keys, nodeId } = this.deps;
    while (this.queue.length) {
      const c = this.queue[0];
      const [hash, id, value, del] =
        c.kind === 'alert' ? [keys.alerts, c.alert.id, JSON.stringify(c.alert), false]
        : c.kind === 'rule' ? [keys.rules, c.rule.id, JSON.stringify(c.rule), false]
        : c.kind === 'silence' ? [keys.silences, c.silence.id, JSON.stringify(c.silence), false]
        : [c.kind === 'rule-del' ? keys.rules : keys.silences, c.id, c.id, true];
      try {
        const m = client.multi();
        if (del) m.hDel(hash, id); else m.hSet(hash, id, value);
        m.xAdd(keys.events, '*', { n: nodeId, k: c.kind, v: value }, { TRIM: { strategy: 'MAXLEN', strategyModifier: '~', threshold: EVENTS_MAX } });
        await m.exec();
        this.queue.shift();
      } catch (err) {
        this.warnRetry({ err: (err as Error).message, pending: this.queue.length }, 'alert sync: write failed; retrying');
        await new Promise((r) => setTimeout(r, RETRY_MS));
      }
    }
  }
}
