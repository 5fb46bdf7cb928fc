import { useSyncExternalStore } from 'react';

/** The root font size in px (it follows the viewport, see styles/base.css), for chart chrome sized in px. */
const FALLBACK_PX = 16;

function read(): number {
  const px = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? px : FALLBACK_PX;
}

function subscribe(cb: () => void): () => void {
  window.addEventListener('resize', cb);
  return () => window.removeEventListener('resize', cb);
}

export function useRemPx(): number {
  return useSyncExternalStore(subscribe, read, () => FALLBACK_PX);
}
