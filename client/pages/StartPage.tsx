import { Link } from '../router/Link';

export function StartPage() {
  return (
    <main className="start">
      <h1 className="start__title" data-testid="product-name">Earshot</h1>
      <p className="start__tagline">Real-time social listening command center</p>
      <nav className="start__nav">
        <Link href="/wall" className="start__link" data-testid="link-wall">
          Open the wall →
        </Link>
      </nav>
    </main>
  );
}
