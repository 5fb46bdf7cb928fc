import type { Alert } from '../../shared/alert';
import { SECOND_MS } from '../../shared/constants';

export const WEBHOOK_TIMEOUT_MS = 5 * SECOND_MS;
/** Delays before each retry: 3 retries, 1 s, 4 s, 16 s. */
export const WEBHOOK_RETRY_DELAYS_MS = [1 * SECOND_MS, 4 * SECOND_MS, 16 * SECOND_MS];
/** Deliveries waiting at most (the oldest is dropped and counted beyond that). */
export const WEBHOOK_QUEUE_MAX = 1000;
/** Deliveries in flight at once: a receiver that hangs holds one slot until its timeout. */
export const WEBHOOK_CONCURRENCY = 4;

export type AlertEvent = 'firing' | 'escalated' | 'resolved';

export interface WebhookOptions {
  urls: string[];
  timeoutMs?: number;
  retryDelaysMs?: number[];
  queueMax?: number;
  concurrency?: number;
  log?: { warn(obj: object, msg: string): void };
}

export interface WebhookStats { queued: number; inFlight: number; delivered: number; failed: number; retried: number; dropped: number }

interface Job { url: string; body: string; attempt: number }

/** The JSON body: a Slack-compatible "text" plus the alert. */
export function webhookBody(alert: Alert, event: AlertEvent): { text: string; event: AlertEvent; alert: Alert } {
  const icon = event === 'resolved' ? 'resolved' : `SEV ${alert.severity}`;
  const where = [alert.brand, alert.topic].filter(Boolean).join(' / ');
  const text = `[Earshot ${icon}] ${alert.title}${where ? ` (${where})` : ''}${alert.detail ? ` — ${alert.detail}` : ''}`;
  return { text, event, alert };
}

/**
 * Sends alert notifications to webhooks without ever blocking the caller: a bounded queue
 * (drop-oldest, counted), a few deliveries in flight, a timeout per attempt, retries with
 * exponential backoff scheduled off the queue.
 */
export class WebhookNotifier {
  readonly stats: WebhookStats = { queued: 0, inFlight: 0, delivered: 0, failed: 0, retried: 0, dropped: 0 };
  private queue: Job[] = [];
  private timers = new Set<NodeJS.Timeout>();
  private closed = false;
  private o: Required<Omit<WebhookOptions, 'log'>> & Pick<WebhookOptions, 'log'>;

  constructor(opts: WebhookOptions) {
    this.o = {
      urls: opts.urls, timeoutMs: opts.timeoutMs ?? WEBHOOK_TIMEOUT_MS, retryDelaysMs: opts.retryDelaysMs ?? WEBHOOK_RETRY_DELAYS_MS,
      queueMax: opts.queueMax ?? WEBHOOK_QUEUE_MAX, concurrency: opts.concurrency ?? WEBHOOK_CONCURRENCY, log: opts.log,
    };
  }

  /** Queues one delivery per URL (the global ones and the rule's own). Returns at once. */
  notify(alert: Alert, event: AlertEvent, extraUrls: readonly string[] = []): void {
    if (this.closed) return;
    const urls = [...new Set([...this.o.urls, ...extraUrls])];
    if (urls.length === 0) return;
    const body = JSON.stringify(webhookBody(alert, event));
    for (const url of urls) this.enqueue({ url, body, attempt: 0 });
  }

  /** Stops retries and drops what waits; in-flight attempts end at their timeout. */
  close(): void {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.queue = [];
    this.stats.queued = 0;
  }

  private enqueue(job: Job): void {
    this.queue.push(job);
    if (this.queue.length > this.o.queueMax) { this.queue.shift(); this.stats.dropped++; }
    this.stats.queued = this.queue.length;
    this.pump();
  }

  private pump(): void {
    while (!this.closed && this.stats.inFlight < this.o.concurrency && this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.stats.queued = this.queue.length;
      this.stats.inFlight++;
      void this.attempt(job).finally(() => { this.stats.inFlight--; this.pump(); });
    }
  }

  private async attempt(job: Job): Promise<void> {
    let ok = false;
    let why = '';
    try {
      const res = await fetch(job.url, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: job.body,
        signal: AbortSignal.timeout(this.o.timeoutMs), redirect: 'manual',
      });
      ok = res.status >= 200 && res.status < 300;
      why = `status ${res.status}`;
      await res.body?.cancel().catch(() => {});
    } catch (err) {
      why = (err as Error).name === 'TimeoutError' ? `timed out after ${this.o.timeoutMs} ms` : (err as Error).message;
    }
    if (ok) { this.stats.delivered++; return; }
    const delay = this.o.retryDelaysMs[job.attempt];
    if (delay === undefined || this.closed) {
      this.stats.failed++;
      this.o.log?.warn({ url: job.url, attempts: job.attempt + 1, why }, 'webhook delivery failed');
      return;
    }
    this.stats.retried++;
    const t = setTimeout(() => { this.timers.delete(t); this.enqueue({ ...job, attempt: job.attempt + 1 }); }, delay);
    t.unref();
    this.timers.add(t);
  }
}
