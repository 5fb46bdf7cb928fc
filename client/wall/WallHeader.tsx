import { useSyncedNow } from '../state/clock';
import { useWall } from '../state/hooks';
import { hhmmss } from '../format/time';
import { StatusPanel } from '../panels/status/StatusPanel';
import { ownBrandName } from './title';

/** Header on every screen: room, layout and screen, status (last update, stale badge) and the room's clock. */
export function WallHeader({ layoutName, screenName, screenIndex, screenCount }: {
  layoutName: string;
  screenName: string;
  screenIndex: number;
  screenCount: number;
}) {
  const own = useWall((s) => ownBrandName(s.brands));
  return (
    <header className="wall__header">
      <h1 className="wall__title" data-testid="room-name">
        Earshot{own ? <span className="wall__brand"> · <bdi>{own}</bdi></span> : null}
      </h1>
      <span className="wall__screen" data-testid="screen-name">
        {layoutName} · {screenName}
        {screenCount > 1 ? ` (${screenIndex + 1}/${screenCount})` : ''}
      </span>
      <StatusPanel />
      <Clock />
    </header>
  );
}

function Clock() {
  const now = useSyncedNow();
  return (
    <time className="wall__clock" data-testid="clock" dateTime={new Date(now).toISOString()}>
      {hhmmss(now)}
    </time>
  );
}
