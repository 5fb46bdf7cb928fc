/** The wall's URL: /wall (layout "default") or /wall/<layout>, with ?screen=N (default 0). */
export const DEFAULT_LAYOUT_ID = 'default';

export interface WallRoute {
  layout: string;
  /** The raw ?screen value ('' when absent): validated against the layout by resolveScreen. */
  screen: string;
}

/** The wall route of a normalised path and a query string, or null when the path is not the wall's. */
export function parseWallRoute(path: string, search: string): WallRoute | null {
  const m = /^\/wall(?:\/([^/]+))?$/.exec(path);
  if (!m) return null;
  let layout = DEFAULT_LAYOUT_ID;
  if (m[1] !== undefined) {
    try {
      layout = decodeURIComponent(m[1]);
    } catch {
      layout = m[1];
    }
  }
  const screen = new URLSearchParams(search).get('screen') ?? '';
  return { layout, screen };
}
