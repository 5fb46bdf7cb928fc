import { useMemo, useState } from 'react';
import { useWallPick } from '../../state/hooks';
import { wallStore } from '../../state/store';
import { applyAlertUpdate } from '../../state/applyFrame';
import { useSyncedNow } from '../../state/clock';
import { relativeTime } from '../../format/time';
import { ackAlert } from './api';
import { bannerView, type BannerView } from './adapter';
import { drillTarget } from '../../wall/drill';
import { openTarget } from '../../wall/useDrillLinks';

/** Open the alert's mentions (or its why-this-spike) in /explore, from the store as it is at the click. */
function openAlert(kind: 'alert' | 'alert-why', id: string, newTab: boolean) {
  const s = wallStore.getState();
  const t = drillTarget(`${kind}:${id}`, s, s.serverNow ?? Date.now());
  if (t) void openTarget(t, newTab);
}

const KEYS = ['alerts', 'brands', 'topics'] as const;

/**
 * Takeover overlay on every screen while an alert fires unacknowledged: what, where, how big, the
 * posts driving it, and Acknowledge. It stays until the alert is acknowledged or resolved.
 */
export function AlertBanner() {
  const input = useWallPick(KEYS);
  const view = useMemo(() => bannerView(input.alerts, input.brands, input.topics), [input]);
  return view ? <BannerBox key={view.id} view={view} /> : null;
}

function BannerBox({ view }: { view: BannerView }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  async function ack() {
    setBusy(true);
    setFailed(false);
    const ok = await ackAlert(view.id, 'wall');
    setBusy(false);
    if (!ok) return setFailed(true);
    // The server sends 'alert:update' too; apply it now so the wall answers the click at once.
    const current = wallStore.getState().alerts.find((a) => a.id === view.id);
    if (current && !current.acknowledged) {
      wallStore.setState(applyAlertUpdate(wallStore.getState(), { ...current, acknowledged: { by: 'wall', at: Date.now() } }));
    }
  }
  return (
    <div className={`alert-banner severity--${view.severity}`} data-testid="alert-banner" role="alertdialog" aria-labelledby="alert-banner-title">
      <div className="alert-banner__box">
        <div className="alert-banner__head">
          <span className="alert-banner__sev" data-testid="alert-banner-severity">SEV {view.severity}</span>
          <h2 className="alert-banner__title" id="alert-banner-title" data-testid="alert-banner-title">
            <bdi>{view.title}</bdi>
          </h2>
          <Since at={view.startedAt} />
        </div>
        {view.where.length > 0 ? (
          <p className="alert-banner__where" data-testid="alert-banner-where">
            {view.where.map((w, i) => (
              <bdi key={i} className="alert-banner__chip">{w}</bdi>
            ))}
          </p>
        ) : null}
        {view.size ? <p className="alert-banner__size" data-testid="alert-banner-size">{view.size}</p> : null}
        {view.detail ? <p className="alert-banner__detail"><bdi>{view.detail}</bdi></p> : null}
        {view.samples.length > 0 ? (
          <ul className="alert-banner__samples" data-testid="alert-banner-samples">
            {view.samples.map((s) => (
              <li key={s.id} className="alert-banner__sample">
                {s.author ? <bdi className="alert-banner__author">{s.author}: </bdi> : null}
                <bdi>{s.text}</bdi>
              </li>
            ))}
          </ul>
        ) : null}
        <div className="alert-banner__actions">
          <button type="button" className="alert-banner__ack" data-testid="alert-ack" onClick={ack} disabled={busy}>
            {busy ? 'Acknowledging…' : 'Acknowledge'}
          </button>
          <button type="button" className="alert-banner__explore" data-testid="alert-see-mentions" onClick={(e) => openAlert('alert', view.id, e.ctrlKey || e.metaKey)}>
            See mentions
          </button>
          <button type="button" className="alert-banner__explore" data-testid="alert-why" onClick={(e) => openAlert('alert-why', view.id, e.ctrlKey || e.metaKey)}>
            Why this spike
          </button>
          {failed ? <span className="alert-banner__error" role="status">Could not acknowledge; try again.</span> : null}
          {view.more > 0 ? <span className="alert-banner__more">+{view.more} more firing</span> : null}
        </div>
      </div>
    </div>
  );
}

function Since({ at }: { at: number }) {
  const now = useSyncedNow();
  return <span className="alert-banner__since">since {relativeTime(at, now)}</span>;
}
