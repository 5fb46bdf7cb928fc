import { useState, type FormEvent } from 'react';
import { login, logout } from '../auth/api';
import { safeNext } from '../auth/access';
import { navigate, useSearch } from '../router/router';
import '../auth/auth.css';

/**
 * Sign in with a token an admin issued (analyst, admin, or a wall's): the server answers with an
 * HttpOnly session cookie; the token is never stored by the page.
 */
export default function LoginPage() {
  const next = new URLSearchParams(useSearch()).get('next');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = await login(token.trim());
    setBusy(false);
    if (!r.ok) {
      setError(r.status === 429 ? `Too many attempts: ${r.error}` : r.error);
      return;
    }
    setToken('');
    const fallback = r.me.role === 'wall' ? '/wall' : '/alerts';
    navigate(next ? safeNext(next) : fallback);
  }

  return (
    <main className="start" data-testid="login-page">
      <h1 className="start__title">Sign in to Earshot</h1>
      <form className="login-form" onSubmit={submit}>
        <label htmlFor="login-token">Access token</label>
        <input id="login-token" data-testid="login-token" type="password" autoComplete="current-password" required
          value={token} onChange={(e) => setToken(e.target.value)} placeholder="es1_…" />
        <button type="submit" data-testid="login-submit" disabled={busy || token.trim() === ''}>{busy ? 'Signing in…' : 'Sign in'}</button>
        {error ? <p className="login-error" role="alert" data-testid="login-error">{error}</p> : null}
        <button type="button" className="login-form__signout" onClick={() => { void logout(); }}>Sign out</button>
      </form>
    </main>
  );
}
