import type { RequestHandler, Response } from 'express';
import { SECOND_MS } from '../../shared/constants';

/** Retry-After sent with 503 while shutting down: another instance (or this one restarted) will answer. */
const RETRY_AFTER_S = 5;
/** How often idle() looks again. */
const POLL_MS = 10;
/**
 * After the last request, how long no new one must arrive before the server stops listening: a
 * request already sent but not yet read (the event loop was busy) gets its 503 instead of having
 * its connection closed under it.
 */
export const DRAIN_QUIET_MS = 100;

/**
 * Tracks requests in flight so shutdown can let them finish. Once draining, a new request on an
 * open keep-alive connection gets 503 with Connection: close, and every in-flight response closes
 * its connection after it is sent.
 */
export class Drain {
  private inFlight = new Set<Response>();
  private draining = false;
  private lastActivity = 0;

  get count(): number { return this.inFlight.size; }

  middleware: RequestHandler = (_req, res, next) => {
    this.lastActivity = Date.now();
    if (this.draining) {
      res.set({ Connection: 'close', 'Retry-After': String(RETRY_AFTER_S) }).status(503).json({ error: 'shutting down: retry shortly' });
      return;
    }
    this.inFlight.add(res);
    const done = () => { this.inFlight.delete(res); this.lastActivity = Date.now(); };
    res.once('finish', done);
    res.once('close', done);
    next();
  };

  /** Stop taking requests; responses still to be sent will close their connections. */
  start(): void {
    this.draining = true;
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
  }

  /** Resolves true when nothing is in flight and no request came for quietMs, false at the timeout. */
  async idle(timeoutMs: number, quietMs = DRAIN_QUIET_MS): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.inFlight.size > 0 || Date.now() - this.lastActivity < quietMs) {
      if (Date.now() >= deadline) return this.inFlight.size === 0;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    return true;
  }
}

export const DEFAULT_SHUTDOWN_GRACE_MS = 10 * SECOND_MS;
