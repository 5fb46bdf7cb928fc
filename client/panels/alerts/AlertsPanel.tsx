import { memo, useMemo } from 'react';
import { useWallPick } from '../../state/hooks';
import { useSyncedNow } from '../../state/clock';
import { relativeTime } from '../../format/time';
import type { PanelOptions } from '../../../shared/layouts';
import { alertRows, type AlertRow } from './adapter';

const KEYS = ['alerts', 'brands'] as const;

/** The alert list: severity, title, brand, since, state, who acknowledged. */
export function AlertsPanel(_props: { options?: PanelOptions }) {
  const input = useWallPick(KEYS);
  const rows = useMemo(() => alertRows(input.alerts, input.brands), [input]);
  const now = useSyncedNow();
  return <AlertsView rows={rows} now={now} />;
}

export const AlertsView = memo(function AlertsView({ rows, now }: { rows: AlertRow[]; now: number }) {
  return (
    <section className="panel alerts" aria-label="Alerts" data-testid="panel-alerts">
      <header className="panel__title" data-drill="kpi:open-alerts" tabIndex={0}>
        Alerts
        <span className="panel__meta">{rows.filter((r) => r.state === 'firing').length} firing</span>
      </header>
      {rows.length === 0 ? <p className="alerts__empty">No alerts.</p> : null}
      <ol className="alerts__list">
        {rows.map((r) => (
          <li key={r.id} className={`alert-item alert-item--${r.state}`} data-testid="alert-item" data-state={r.state} data-drill={`alert:${r.id}`} tabIndex={0}>
            <span className={`alert-item__sev severity--${r.severity}`} title={`severity ${r.severity}`}>{r.severity}</span>
            <bdi className="alert-item__title">{r.title}</bdi>
            {r.brand ? <bdi className="alert-item__brand" style={{ color: r.brandColor }}>{r.brand}</bdi> : null}
            <span className="alert-item__since">{relativeTime(r.startedAt, now)}</span>
            <span className="alert-item__state">{r.state}</span>
            {r.ackedBy ? <span className="alert-item__ack">ack · <bdi>{r.ackedBy}</bdi></span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
});
