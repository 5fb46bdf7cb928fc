import { Link } from '../router/Link';

export function StartPage() {
  return (
    <main className="start">
      <h1 className="start__title" data-testid="product-name">Earshot</h1>
      <p className="start__tagline">Real-time social listening command center</p>
      <nav className="start__nav" style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', justifyContent: 'center' }}>
        <Link href="/wall" className="start__link" data-testid="link-wall">
          Open the wall →
        </Link>
        <Link href="/explore" className="start__link start__link--secondary" data-testid="link-explore">
          Explore mentions →
        </Link>
      </nav>
    </main>
  );
}
