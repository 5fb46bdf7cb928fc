import { useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { SECOND_MS } from '../../shared/constants';
import { syncedNow } from './clockSync';
import { wallStore } from './store';

/**
 * One shared 1 s ticker for every clock-driven view (header clock, stale check, relative times).
 * The interval runs only while something is subscribed, so nothing keeps ticking after unmount.
 */
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function tick() {
  now = Date.now();
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    now = Date.now();
    timer = setInterval(tick, SECOND_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const getSnapshot = () => now;

/** Client wall time (epoch ms), updated every second. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

/** The room's shared clock (server wall time as estimated from frames), updated every second. */
export function useSyncedNow(): number {
  const now = useNow();
  const offset = useStore(wallStore, (s) => s.serverOffset);
  return syncedNow(now, offset);
}
