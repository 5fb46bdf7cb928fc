/**
 * A kiosk opens /wall?token=<wall token> once: the token is taken out of the address bar at once
 * (history.replaceState, so it is not left in history or screenshots), exchanged for a session
 * cookie, and kept in memory for the Socket.IO auth payload.
 */
let held: string | null = null;

export function takeUrlToken(): string | null {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (!token) return null;
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  held = token;
  return token;
}

/** The wall token given in the URL this page load, if any (for the socket handshake). */
export function heldToken(): string | null {
  return held;
}
