import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Link } from '../router/Link';
import { fetchMe, login, type Me } from './api';
import { mayOpen, type PageKind } from './access';
import { authStore, clearDenied } from './store';
import { takeUrlToken } from './urlToken';
import './auth.css';

type Phase =
  | { phase: 'checking' }
  | { phase: 'ok'; me: Me }
  | { phase: 'signin'; message?: string }
  | { phase: 'denied'; message: string };

const subscribe = (cb: () => void) => authStore.subscribe(cb);
const getDenied = () => authStore.getState().denied;

/**
 * Shows the page only to a caller allowed to see it; otherwise a clear message (never a blank
 * screen): sign in, the wall needs a token, or access denied / revoked. A ?token= in the address
 * is exchanged for a session cookie first and removed from the address bar.
 */
export function AuthGate({ page, layout, children }: { page: PageKind; layout?: string; children: ReactNode }) {
  const [state, setState] = useState<Phase>({ phase: 'checking' });
  const denied = useSyncExternalStore(subscribe, getDenied, getDenied);

  useEffect(() => {
    let live = true;
    (async () => {
      clearDenied();
      const token = takeUrlToken();
      const r = token ? await login(token) : await fetchMe();
      if (!live) return;
      if (!r.ok) {
        if (r.status === 401) setState({ phase: 'signin', message: token ? `The token in the address was refused: ${r.error}.` : undefined });
        else setState({ phase: 'denied', message: r.error });
        return;
      }
      const refusal = mayOpen(r.me, page, layout);
      setState(refusal ? { phase: 'denied', message: refusal } : { phase: 'ok', me: r.me });
    })();
    return () => { live = false; };
  }, [page, layout]);

  if (denied) {
    return denied.status === 401
      ? <AccessMessage title={page === 'wall' ? 'This wall was signed out' : 'Signed out'} message={`${denied.message}. Sign in again, or open the wall with a new token.`} />
      : <AccessMessage title="Access denied" message={denied.message} />;
  }
  if (state.phase === 'checking') return <div className="loading" data-testid="auth-checking">Checking access…</div>;
  if (state.phase === 'signin') {
    return page === 'wall'
      ? <AccessMessage title="This wall needs a wall token" message={`${state.message ?? ''} Open the address an admin gave you for this screen (it ends in ?token=…), or sign in.`.trim()} />
      : <AccessMessage title="Sign in required" message={state.message ?? 'This page needs an analyst or admin sign-in.'} />;
  }
  if (state.phase === 'denied') return <AccessMessage title="Access denied" message={state.message} />;
  return <>{children}</>;
}

function AccessMessage({ title, message }: { title: string; message: string }) {
  const next = window.location.pathname + window.location.search;
  return (
    <main className="start auth-message" data-testid="auth-message" role="alert">
      <h1 className="start__title" data-testid="auth-title">{title}</h1>
      <p className="start__tagline" data-testid="auth-text">{message}</p>
      <nav className="start__nav">
        <Link href={`/login?next=${encodeURIComponent(next)}`} className="start__link" data-testid="auth-signin-link">Sign in →</Link>
      </nav>
    </main>
  );
}
