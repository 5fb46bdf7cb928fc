import type { ReactNode } from 'react';

export interface ChartCardProps {
  id: string;
  title: string;
  /** A short line beside the title (the total, the interval). */
  meta?: ReactNode;
  /** The chart's series as CSV (a plain download link). */
  csvHref?: string;
  loading?: boolean;
  error?: string;
  className?: string;
  children: ReactNode;
}

/** One chart of the explore page: title, its CSV download, and a loading or error state. */
export function ChartCard({ id, title, meta, csvHref, loading, error, className, children }: ChartCardProps) {
  return (
    <section className={`xcard${className ? ` ${className}` : ''}`} data-testid={`chart-${id}`} aria-busy={loading ? true : undefined} aria-label={title}>
      <header className="xcard__head">
        <h2 className="xcard__title">{title}</h2>
        {meta ? <span className="xcard__meta">{meta}</span> : null}
        {csvHref ? (
          <a className="xcard__csv" href={csvHref} download data-testid={`csv-${id}`} title={`Download the ${title.toLowerCase()} series as CSV`}>CSV ↓</a>
        ) : null}
      </header>
      {error ? <p className="xcard__error" role="alert">{error}</p> : children}
    </section>
  );
}
