import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUTS, findLayout, pageIndexAt, PANEL_IDS, resolveScreen, validateLayout, type WallLayout } from '../../../shared/layouts';
import { parseWallRoute } from '../../../client/router/wallRoute';

describe('default layouts', () => {
  it('are all valid and have the ids the routes name', () => {
    expect(DEFAULT_LAYOUTS.map((l) => l.id)).toEqual(['default', 'room', 'solo']);
    for (const l of DEFAULT_LAYOUTS) expect(validateLayout(l)).toEqual([]);
  });

  it('room has three screens with the assigned panels', () => {
    const room = findLayout('room')!;
    const panels = room.screens.map((s) => s.pages.flatMap((p) => p.cells.map((c) => c.panel)).sort());
    expect(panels).toEqual([
      ['kpis', 'sentiment', 'sov', 'volume'],
      ['geo', 'topics', 'trending'],
      ['alerts', 'river', 'volume'],
    ]);
    expect(room.screens[0].pages[0].cells.find((c) => c.panel === 'volume')?.options).toEqual({ range: '1h' });
    expect(room.screens[2].pages[0].cells.find((c) => c.panel === 'volume')?.options).toEqual({ range: '24h' });
    expect(room.screens[1].pages[0].cells.find((c) => c.panel === 'geo')?.options).toEqual({ map: 'world' });
  });

  it('solo rotates every 30 s through two pages', () => {
    const solo = findLayout('solo')!;
    expect(solo.screens).toHaveLength(1);
    expect(solo.screens[0].rotateMs).toBe(30_000);
    expect(solo.screens[0].pages).toHaveLength(2);
  });
});

describe('resolveScreen', () => {
  it('finds a layout screen, screen 0 by default', () => {
    const r = resolveScreen('room', '2');
    expect(r.ok && r.screen.name && r.index).toBe(2);
    const d = resolveScreen('default', '');
    expect(d.ok && d.index).toBe(0);
    expect(resolveScreen('default', null).ok).toBe(true);
  });

  it('names the valid layouts for an unknown layout', () => {
    const r = resolveScreen('nope', '0');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toContain('nope');
    expect(r.choices).toEqual(['/wall/default', '/wall/room', '/wall/solo']);
  });

  it('names the valid screens for an unknown or malformed screen', () => {
    for (const bad of ['3', '-1', 'x', '1.5', '99999999999999999999']) {
      const r = resolveScreen('room', bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.choices).toHaveLength(3);
    }
    const r = resolveScreen('room', '7');
    if (!r.ok) expect(r.choices[1]).toBe('/wall/room?screen=1 (World)');
  });

  it('does not find inherited properties as layouts', () => {
    expect(resolveScreen('constructor', '0').ok).toBe(false);
    expect(resolveScreen('__proto__', '0').ok).toBe(false);
  });
});

describe('validateLayout', () => {
  it('reports cells outside the grid, unknown panels and empty screens', () => {
    const bad = {
      id: 'bad', name: 'Bad',
      screens: [
        { name: 's', pages: [{ grid: { cols: 2, rows: 2 }, cells: [{ panel: 'kpis', col: 1, row: 0, colSpan: 2 }, { panel: 'nope', col: 0, row: 0 }] }] },
        { name: 'empty', pages: [] },
      ],
    } as unknown as WallLayout;
    const problems = validateLayout(bad);
    expect(problems.some((p) => p.includes('outside'))).toBe(true);
    expect(problems.some((p) => p.includes('unknown panel'))).toBe(true);
    expect(problems.some((p) => p.includes('no pages'))).toBe(true);
  });

  it('knows every panel id', () => {
    expect(PANEL_IDS).toContain('alerts');
  });
});

describe('parseWallRoute', () => {
  it('maps /wall and /wall/<layout>?screen=N', () => {
    expect(parseWallRoute('/wall', '')).toEqual({ layout: 'default', screen: '' });
    expect(parseWallRoute('/wall/room', '?screen=1')).toEqual({ layout: 'room', screen: '1' });
    expect(parseWallRoute('/wall/r%C3%A9', '')).toEqual({ layout: 'ré', screen: '' });
    expect(parseWallRoute('/wall/%E0%A4%A', '')?.layout).toBe('%E0%A4%A');
    expect(parseWallRoute('/wall/a/b', '')).toBeNull();
    expect(parseWallRoute('/walls', '')).toBeNull();
  });
});

describe('pageIndexAt', () => {
  it('steps through the pages every rotateMs', () => {
    expect(pageIndexAt(0, 2, 30_000)).toBe(0);
    expect(pageIndexAt(29_999, 2, 30_000)).toBe(0);
    expect(pageIndexAt(30_000, 2, 30_000)).toBe(1);
    expect(pageIndexAt(60_000, 2, 30_000)).toBe(0);
    expect(pageIndexAt(95_000, 3, 30_000)).toBe(0);
  });

  it('shows the only page of a single-page screen, and survives odd input', () => {
    expect(pageIndexAt(123_456, 1, 30_000)).toBe(0);
    expect(pageIndexAt(Number.NaN, 2, 30_000)).toBe(0);
    expect(pageIndexAt(-1, 2, 30_000)).toBe(1);
  });
});
