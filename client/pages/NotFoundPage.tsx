import { Link } from '../router/Link';

export function NotFoundPage({ path }: { path: string }) {
  return (
    <main className="start">
      <h1 className="start__title">Not found</h1>
      <p className="start__tagline">
        Nothing at <code>{path}</code>.
      </p>
      <nav className="start__nav">
        <Link href="/" className="start__link" data-testid="link-home">
          Back to start
        </Link>
      </nav>
    </main>
  );
}
