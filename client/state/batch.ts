/** Something that runs a callback later; returns a function that cancels it. */
export type Scheduler = (cb: () => void) => () => void;

/** Queued frames kept at most while no flush ran (a hidden tab); older ones are dropped. */
export const BATCH_QUEUE_MAX = 600;
/** Flush even when animation frames are paused (hidden tab, wall browser minimised). */
export const FLUSH_FALLBACK_MS = 1000;

export const rafScheduler: Scheduler | null =
  typeof requestAnimationFrame === 'function'
    ? (cb) => {
        const id = requestAnimationFrame(() => cb());
        return () => cancelAnimationFrame(id);
      }
    : null;

export function timeoutScheduler(ms: number): Scheduler {
  return (cb) => {
    const id = setTimeout(cb, ms);
    return () => clearTimeout(id);
  };
}

export interface Batcher<T> {
  push(item: T): void;
  /** Items waiting for the next flush. */
  pending(): number;
  flushNow(): void;
  dispose(): void;
}

export interface BatcherOptions<T> {
  /** Run a flush at the first of these (default: next animation frame, or FLUSH_FALLBACK_MS). */
  schedulers?: Scheduler[];
  /** An item that makes every earlier queued item useless (a snapshot). */
  isReset?: (item: T) => boolean;
}

/**
 * Collects items and hands all of them, in arrival order, to `flush` once per animation
 * frame (Excalidraw's throttleRAF idea), so a burst of frames costs one store update.
 */
export function createBatcher<T>(flush: (items: T[]) => void, options: BatcherOptions<T> = {}): Batcher<T> {
  const schedulers = options.schedulers ?? [rafScheduler, timeoutScheduler(FLUSH_FALLBACK_MS)].filter((s): s is Scheduler => s !== null);
  let queue: T[] = [];
  let cancels: (() => void)[] = [];
  let disposed = false;

  function cancelAll() {
    for (const c of cancels) c();
    cancels = [];
  }
  function run() {
    cancelAll();
    if (queue.length === 0) return;
    const items = queue;
    queue = [];
    flush(items);
  }
  return {
    push(item) {
      if (disposed) return;
      if (options.isReset?.(item)) queue = [];
      queue.push(item);
      if (queue.length > BATCH_QUEUE_MAX) queue.splice(0, queue.length - BATCH_QUEUE_MAX);
      if (cancels.length === 0) cancels = schedulers.map((s) => s(run));
    },
    pending: () => queue.length,
    flushNow: run,
    dispose() {
      disposed = true;
      cancelAll();
      queue = [];
    },
  };
}
