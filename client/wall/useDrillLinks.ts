import { useCallback, type KeyboardEvent, type MouseEvent } from 'react';
import { navigate } from '../router/router';
import { wallStore } from '../state/store';
import { dayVolumeAdapter, volumeAdapter } from '../panels/volume/adapter';
import { VOLUME_MARGIN_REM } from '../panels/volume/VolumeView';
import { drillTarget, volumeBucketAt, type DrillTarget } from './drill';

/** Where a click at clientX on a volume chart leads (its plot spans the element less the margins). */
function volumeTarget(el: Element, range: string, clientX: number): DrillTarget | null {
  const s = wallStore.getState();
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const box = el.getBoundingClientRect();
  const left = VOLUME_MARGIN_REM.left * rem;
  const width = box.width - left - VOLUME_MARGIN_REM.right * rem;
  const x = width > 0 ? (clientX - box.left - left) / width : 1;
  const data = range === '24h' ? dayVolumeAdapter(s.panels?.volumeDay) : volumeAdapter(s);
  const w = volumeBucketAt(data.rows, data.bucketMs, Math.max(0, Math.min(1, x)));
  return w ? { filter: w } : null;
}

function targetFor(el: Element, clientX: number | null): DrillTarget | null {
  const spec = el.getAttribute('data-drill') ?? '';
  const s = wallStore.getState();
  const now = s.serverNow ?? Date.now();
  if (spec.startsWith('volume:')) {
    const range = spec.slice('volume:'.length);
    return clientX === null ? drillTarget(`window:${range}`, s, now) : volumeTarget(el, range, clientX);
  }
  return drillTarget(spec, s, now);
}

/** Open a target: the URL encoding (and its schemas) is loaded on the first click only. */
export async function openTarget(t: DrillTarget, newTab: boolean): Promise<void> {
  const path = 'path' in t ? t.path : (await import('../../shared/explore')).explorePath(t.filter, t.extra);
  if (newTab) window.open(path, '_blank', 'noopener');
  else navigate(path);
}

/**
 * One click and one keydown handler for the whole wall: a click (or Enter) on an element tagged
 * data-drill opens /explore with the filters of what it shows; Ctrl/Cmd-click opens a tab.
 * Nothing runs until someone clicks: the wall's per-tick work is unchanged.
 */
export function useDrillLinks() {
  const onClick = useCallback((e: MouseEvent<HTMLElement>) => {
    if (e.defaultPrevented || e.button !== 0) return;
    const target = e.target as Element;
    const el = target.closest?.('[data-drill]');
    if (!el || target.closest('a, button, input')) return;
    const t = targetFor(el, e.clientX);
    if (!t) return;
    e.preventDefault();
    void openTarget(t, e.ctrlKey || e.metaKey);
  }, []);
  const onKeyDown = useCallback((e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Enter') return;
    const el = (e.target as Element).closest?.('[data-drill]');
    if (!el || el !== e.target) return;
    const t = targetFor(el, null);
    if (!t) return;
    e.preventDefault();
    void openTarget(t, e.ctrlKey || e.metaKey);
  }, []);
  return { onClick, onKeyDown };
}
