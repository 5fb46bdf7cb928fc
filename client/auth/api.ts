/** The server's answer about the caller (GET /api/auth/me, POST /api/login). */
export interface Me {
  authRequired: boolean;
  role: 'admin' | 'analyst' | 'wall' | 'ingest' | 'metrics';
  name: string;
  via: 'open' | 'token' | 'session';
  scope?: { rooms?: string[]; layouts?: string[] };
  expiresAt?: number;
}

export type MeResult = { ok: true; me: Me } | { ok: false; status: number; error: string };

async function answer(res: Response): Promise<MeResult> {
  let json: { error?: unknown } | null = null;
  try { json = await res.json() as { error?: unknown }; } catch { /* not JSON */ }
  if (res.ok && json) return { ok: true, me: json as unknown as Me };
  return { ok: false, status: res.status, error: typeof json?.error === 'string' ? json.error : `HTTP ${res.status}` };
}

/** Who am I (cookie session or embedded mode)? 401 when signed out. */
export async function fetchMe(): Promise<MeResult> {
  try {
    return await answer(await fetch('/api/auth/me', { credentials: 'same-origin' }));
  } catch (e) {
    return { ok: false, status: 0, error: (e as Error).message || 'network error' };
  }
}

/** Exchanges a token for an HttpOnly session cookie. */
export async function login(token: string): Promise<MeResult> {
  try {
    return await answer(await fetch('/api/login', {
      method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }),
    }));
  } catch (e) {
    return { ok: false, status: 0, error: (e as Error).message || 'network error' };
  }
}

export async function logout(): Promise<void> {
  try { await fetch('/api/logout', { method: 'POST', credentials: 'same-origin' }); } catch { /* signed out locally anyway */ }
}
