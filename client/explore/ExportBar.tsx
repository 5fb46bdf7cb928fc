import { useId, useState } from 'react';
import { isTimeZone, type ExploreFilter, type ExploreOrder, type ExploreSort } from '../../shared/explore';
import { apiUrl } from './api';
import { useExplore } from './context';

/** Zones offered in the export's list (any IANA zone can be typed). */
function knownZones(): string[] {
  try {
    return (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  } catch {
    return [];
  }
}

/**
 * CSV and NDJSON of the listed mentions (every field with its analysis), as plain links: the browser
 * downloads the server's stream straight to disk. Times in the chosen zone.
 */
export function ExportBar({ filter, sort, order }: { filter: ExploreFilter; sort: ExploreSort; order: ExploreOrder }) {
  const { zone } = useExplore();
  const [tz, setTz] = useState(zone);
  const [seen, setSeen] = useState(zone);
  if (seen !== zone) { setSeen(zone); setTz(zone); } // the page switched between local time and UTC
  const listId = useId();
  const valid = isTimeZone(tz);
  const href = (format: 'csv' | 'ndjson') => apiUrl('export', filter, { format, tz, sort, order });
  return (
    <div className="export" role="group" aria-label="Export">
      <label className="export__tz">
        <span>Export times in</span>
        <input value={tz} onChange={(e) => setTz(e.target.value.trim())} list={listId} aria-invalid={!valid} data-testid="export-tz" size={16} />
        <datalist id={listId}>{knownZones().map((z) => <option key={z} value={z} />)}</datalist>
      </label>
      {valid ? (
        <>
          <a className="export__link" href={href('csv')} download data-testid="export-csv">CSV ↓</a>
          <a className="export__link" href={href('ndjson')} download data-testid="export-ndjson">NDJSON ↓</a>
        </>
      ) : <span className="xcard__error">unknown time zone</span>}
    </div>
  );
}
