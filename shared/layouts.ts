/**
 * Wall layouts: which panel goes where, on which screen of a room's video wall.
 * Plain data and functions (no imports): the client bundles this file as is.
 *
 * A layout is a set of screens (one browser each: /wall/<layout>?screen=N). A screen shows one
 * page, or rotates through its pages every rotateMs, in step across screens (synced clock).
 * A page is a CSS grid of `cols` x `rows` tracks; a cell sits at 0-based (col, row) and spans
 * colSpan x rowSpan tracks (default 1).
 */

export const PANEL_IDS = ['kpis', 'volume', 'sentiment', 'sov', 'geo', 'topics', 'trending', 'river', 'alerts'] as const;
export type PanelId = (typeof PANEL_IDS)[number];

/** Per-panel options, passed through to the panel as props (`range`, `map`, ...). */
export type PanelOptions = Record<string, string | number | boolean>;

export interface Cell {
  panel: PanelId;
  col: number;
  row: number;
  colSpan?: number;
  rowSpan?: number;
  options?: PanelOptions;
}

export interface Page {
  cells: Cell[];
  grid: { cols: number; rows: number };
}

export interface Screen {
  name: string;
  /** Time each page shows when the screen has several (ms). */
  rotateMs?: number;
  pages: Page[];
}

export interface WallLayout {
  id: string;
  name: string;
  screens: Screen[];
}

/** Rotation period used when a multi-page screen names none. */
export const DEFAULT_ROTATE_MS = 30_000;
/** Shortest rotation allowed: a wall that flips faster cannot be read. */
export const MIN_ROTATE_MS = 5_000;

const cell = (panel: PanelId, col: number, row: number, colSpan = 1, rowSpan = 1, options?: PanelOptions): Cell =>
  options ? { panel, col, row, colSpan, rowSpan, options } : { panel, col, row, colSpan, rowSpan };

/** 12 x 12 grid: the KPI strip takes the top two rows of a 1080p screen. */
const G = { cols: 12, rows: 12 };

export const DEFAULT_LAYOUTS: readonly WallLayout[] = [
  {
    id: 'default',
    name: 'Command center',
    screens: [
      {
        name: 'Overview',
        pages: [
          {
            grid: G,
            cells: [
              cell('kpis', 0, 0, 12, 2),
              cell('volume', 0, 2, 8, 5, { range: '1h' }),
              cell('sov', 0, 7, 4, 5),
              cell('sentiment', 4, 7, 4, 5),
              cell('river', 8, 2, 4, 10),
            ],
          },
        ],
      },
    ],
  },
  {
    id: 'room',
    name: 'Listening room',
    screens: [
      {
        name: 'Pulse',
        pages: [
          {
            grid: G,
            cells: [
              cell('kpis', 0, 0, 12, 2),
              cell('volume', 0, 2, 12, 5, { range: '1h' }),
              cell('sentiment', 0, 7, 7, 5),
              cell('sov', 7, 7, 5, 5),
            ],
          },
        ],
      },
      {
        name: 'World',
        pages: [
          {
            grid: G,
            cells: [
              cell('geo', 0, 0, 8, 12, { map: 'world' }),
              cell('topics', 8, 0, 4, 6),
              cell('trending', 8, 6, 4, 6),
            ],
          },
        ],
      },
      {
        name: 'Posts & alerts',
        pages: [
          {
            grid: G,
            cells: [
              cell('river', 0, 0, 6, 12),
              cell('alerts', 6, 0, 6, 6),
              cell('volume', 6, 6, 6, 6, { range: '24h' }),
            ],
          },
        ],
      },
    ],
  },
  {
    id: 'solo',
    name: 'Single screen',
    screens: [
      {
        name: 'Rotation',
        rotateMs: 30_000,
        pages: [
          {
            grid: G,
            cells: [
              cell('kpis', 0, 0, 12, 2),
              cell('volume', 0, 2, 8, 10, { range: '1h' }),
              cell('river', 8, 2, 4, 10),
            ],
          },
          {
            grid: G,
            cells: [
              cell('kpis', 0, 0, 12, 2),
              cell('sov', 0, 2, 4, 5),
              cell('sentiment', 4, 2, 8, 5),
              cell('topics', 0, 7, 6, 5),
              cell('alerts', 6, 7, 6, 5),
            ],
          },
        ],
      },
    ],
  },
];

/** The layout with this id, or undefined. */
export function findLayout(id: string, layouts: readonly WallLayout[] = DEFAULT_LAYOUTS): WallLayout | undefined {
  return layouts.find((l) => l.id === id);
}

export type ScreenLookup =
  | { ok: true; layout: WallLayout; screen: Screen; index: number }
  | { ok: false; error: string; /** What the URL may name instead. */ choices: string[] };

/** Resolve /wall/<layoutId>?screen=<screen>; a clear error with the valid choices otherwise. */
export function resolveScreen(layoutId: string, screen: string | number | null | undefined, layouts: readonly WallLayout[] = DEFAULT_LAYOUTS): ScreenLookup {
  const layout = findLayout(layoutId, layouts);
  if (!layout) {
    return { ok: false, error: `Unknown layout "${layoutId}".`, choices: layouts.map((l) => `/wall/${l.id}`) };
  }
  const raw = screen === null || screen === undefined || screen === '' ? '0' : String(screen).trim();
  const index = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(index) || index >= layout.screens.length) {
    return {
      ok: false,
      error: `Layout "${layout.id}" has no screen "${raw}" (it has ${layout.screens.length}).`,
      choices: layout.screens.map((s, i) => `/wall/${layout.id}?screen=${i} (${s.name})`),
    };
  }
  return { ok: true, layout, screen: layout.screens[index], index };
}

/** Problems in a layout (cells outside the grid, unknown panels, empty screens); [] when valid. */
export function validateLayout(layout: WallLayout): string[] {
  const problems: string[] = [];
  if (!layout.id || !layout.screens?.length) problems.push(`layout "${layout.id}": no screens`);
  layout.screens?.forEach((s, si) => {
    if (!s.pages?.length) problems.push(`screen ${si}: no pages`);
    if (s.rotateMs !== undefined && !(s.rotateMs >= MIN_ROTATE_MS)) problems.push(`screen ${si}: rotateMs below ${MIN_ROTATE_MS}`);
    s.pages?.forEach((p, pi) => {
      const { cols, rows } = p.grid;
      if (!(cols >= 1 && rows >= 1)) problems.push(`screen ${si} page ${pi}: empty grid`);
      p.cells.forEach((c, ci) => {
        const where = `screen ${si} page ${pi} cell ${ci} (${c.panel})`;
        if (!(PANEL_IDS as readonly string[]).includes(c.panel)) problems.push(`${where}: unknown panel`);
        const cs = c.colSpan ?? 1;
        const rs = c.rowSpan ?? 1;
        if (c.col < 0 || c.row < 0 || cs < 1 || rs < 1 || c.col + cs > cols || c.row + rs > rows) {
          problems.push(`${where}: outside the ${cols}x${rows} grid`);
        }
      });
    });
  });
  return problems;
}

/** Index of the page a screen shows at synced time `syncedNow`: the same on every screen of the room. */
export function pageIndexAt(syncedNow: number, pageCount: number, rotateMs: number = DEFAULT_ROTATE_MS): number {
  if (pageCount <= 1 || !Number.isFinite(syncedNow)) return 0;
  const period = Math.max(MIN_ROTATE_MS, rotateMs);
  const n = Math.floor(syncedNow / period) % pageCount;
  return n < 0 ? n + pageCount : n;
}
