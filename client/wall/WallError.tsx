import { Link } from '../router/Link';

/** Shown instead of the wall when the URL names no known layout or screen: what is wrong, what is valid. */
export function WallError({ error, choices }: { error: string; choices: string[] }) {
  return (
    <main className="start wall-error" data-testid="wall-error" role="alert">
      <h1 className="start__title">Wall not found</h1>
      <p className="start__tagline" data-testid="wall-error-message">{error}</p>
      <p>Valid choices:</p>
      <ul className="wall-error__choices" data-testid="wall-error-choices">
        {choices.map((c) => {
          const href = c.split(' ')[0];
          return (
            <li key={c}>
              <Link href={href}>{c}</Link>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
