import { useNow } from '../state/clock';
import { useWall } from '../state/hooks';
import { hhmmss } from '../format/time';
import { StatusPanel } from '../panels/status/StatusPanel';
import { ownBrandName } from './title';

export function WallHeader() {
  const own = useWall((s) => ownBrandName(s.brands));
  return (
    <header className="wall__header">
      <h1 className="wall__title" data-testid="room-name">
        Earshot{own ? <span className="wall__brand"> · <bdi>{own}</bdi></span> : null}
      </h1>
      <StatusPanel />
      <Clock />
    </header>
  );
}

function Clock() {
  const now = useNow();
  return (
    <time className="wall__clock" data-testid="clock" dateTime={new Date(now).toISOString()}>
      {hhmmss(now)}
    </time>
  );
}
