import { describe, expect, it } from 'vitest';
import { timeGeometry } from '../../../client/panels/common/timeGeometry';

const BOX = { width: 100, height: 100, top: 0, right: 0, bottom: 0, left: 0 };

describe('time chart geometry', () => {
  it('draws lines broken where a series has no data', () => {
    const rows = [{ t: 0, a: 0 }, { t: 1, a: null }, { t: 2, a: 100 }, { t: 3, a: -100 }];
    const g = timeGeometry(rows, [{ key: 'a', color: '#fff' }], 'lines', [-100, 100], [-100, 0, 100], BOX, 10)!;
    // value 0 is mid-height; the gap at t=1 starts a new sub-path (a second M)
    expect(g.paths[0].d).toBe('M0,50M66.7,0L100,100');
    expect(g.zero).toBe(50);
    expect(g.yTicks.map((t) => t.pos)).toEqual([100, 50, 0]);
  });

  it('stacks areas to the top of a percentage domain', () => {
    const rows = [{ t: 0, a: 40, b: 60 }, { t: 10, a: 50, b: 50 }];
    const g = timeGeometry(rows, [{ key: 'a', color: '#f00' }, { key: 'b', color: '#0f0' }], 'stack', [0, 100], [0, 50, 100], BOX, 10)!;
    expect(g.paths[0].d.startsWith('M0,60L100,50')).toBe(true);
    expect(g.paths[1].d.startsWith('M0,0L100,0')).toBe(true); // a + b = 100% at the top
    expect(g.paths.every((p) => p.fill && p.d.endsWith('Z'))).toBe(true);
  });

  it('clamps values outside the domain and needs two points and some room', () => {
    const g = timeGeometry([{ t: 0, a: 500 }, { t: 1, a: -500 }], [{ key: 'a', color: '#fff' }], 'lines', [-100, 100], [], BOX, 10)!;
    expect(g.paths[0].d).toBe('M0,0L100,100');
    expect(timeGeometry([{ t: 0, a: 1 }], [{ key: 'a', color: '#fff' }], 'lines', [0, 1], [], BOX, 10)).toBeNull();
    expect(timeGeometry([{ t: 0, a: 1 }, { t: 1, a: 1 }], [{ key: 'a', color: '#fff' }], 'lines', [0, 1], [], { ...BOX, width: 0 }, 10)).toBeNull();
  });
});
