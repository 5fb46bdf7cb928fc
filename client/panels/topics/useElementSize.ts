import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface Size {
  width: number;
  height: number;
}

const ZERO: Size = { width: 0, height: 0 };

/**
 * The content-box size of an element, in whole CSS px, kept current with a ResizeObserver
 * (disconnected on unmount). Used by the panels that lay out by hand (map, ranked lists).
 */
export function useElementSize<T extends Element>(): [RefObject<T | null>, Size] {
  const ref = useRef<T | null>(null);
  const [size, setSize] = useState<Size>(ZERO);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const update = (width: number, height: number) => {
      const w = Math.floor(width);
      const h = Math.floor(height);
      setSize((s) => (s.width === w && s.height === h ? s : { width: w, height: h }));
    };
    const r = el.getBoundingClientRect();
    update(r.width, r.height);
    const ro = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (box) update(box.width, box.height);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, size];
}
