import { useNow } from '../../state/clock';
import { useWallPick } from '../../state/hooks';
import { statusView, type StatusView } from './adapter';

const KEYS = ['status', 'statusSince', 'lastFrameAt'] as const;

/** Connection dot, stale badge and last update, re-checked every second. */
export function StatusPanel() {
  const input = useWallPick(KEYS);
  const now = useNow();
  return <StatusViewBox view={statusView(input, now)} />;
}

export function StatusViewBox({ view }: { view: StatusView }) {
  return (
    <div className="status">
      <span className={`conn conn--${view.label}`} data-testid="conn-status">
        <span className="conn__dot" aria-hidden="true" />
        {view.label}
      </span>
      {view.stale ? (
        <span className="stale-badge" data-testid="stale-badge" role="status">
          STALE · {view.reason}
        </span>
      ) : null}
      <span className="last-update" data-testid="last-update">
        last update {view.lastUpdate}
      </span>
    </div>
  );
}
