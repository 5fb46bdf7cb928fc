import { LEASE_RELEASE, LEASE_RENEW } from './lua';
import { throttledWarn, type Redis } from './redis';

/** A lease is renewed this many times per TTL. */
const RENEWS_PER_TTL = 3;

export interface LeaseDeps {
  client: Redis;
  key: string;
  holder: string;
  ttlMs: number;
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
  onAcquire: () => void | Promise<void>;
  onLose: () => void;
  /** Runs on every renewal while held (e.g. saving progress). */
  onRenew?: () => Promise<void>;
}

/**
 * One holder at a time cluster-wide: SET NX PX, renewed by the holder (compare-and-PEXPIRE).
 * A holder that cannot renew within its TTL (Redis unreachable, process stalled) considers the
 * lease lost before anyone else can take it; a dead holder's lease expires and another node takes it.
 */
export class Lease {
  held = false;
  private timer: NodeJS.Timeout | null = null;
  private lastRenewed = 0;
  private busy = false;
  private warnRetry: (obj: object, msg: string) => void;

  constructor(private deps: LeaseDeps) {
    this.warnRetry = throttledWarn(deps.log);
  }

  start(): void {
    void this.step();
    this.timer = setInterval(() => void this.step(), Math.max(1, Math.floor(this.deps.ttlMs / RENEWS_PER_TTL)));
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.held) {
      this.lose();
      await LEASE_RELEASE.run(this.deps.client, [this.deps.key], [this.deps.holder]).catch(() => {});
    }
  }

  private async step(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const { client, key, holder, ttlMs } = this.deps;
    try {
      if (this.held) {
        const ok = Number(await LEASE_RENEW.run(client, [key], [holder, ttlMs])) === 1;
        if (!ok) { this.lose(); return; }
        this.lastRenewed = Date.now();
        await this.deps.onRenew?.();
      } else {
        const t = Date.now();
        if (await client.set(key, holder, { NX: true, PX: ttlMs }) === 'OK') {
          this.held = true;
          this.lastRenewed = t;
          this.deps.log.info({ lease: key, holder }, 'lease acquired');
          await this.deps.onAcquire();
        }
      }
    } catch (err) {
      if (this.held && Date.now() - this.lastRenewed >= ttlMs - ttlMs / RENEWS_PER_TTL) this.lose();
      this.warnRetry({ err: (err as Error).message, lease: key }, 'lease step failed');
    } finally {
      this.busy = false;
    }
  }

  private lose(): void {
    if (!this.held) return;
    this.held = false;
    this.deps.log.info({ lease: this.deps.key, holder: this.deps.holder }, 'lease lost');
    this.deps.onLose();
  }
}
