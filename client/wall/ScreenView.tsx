import type { Screen } from '../../shared/layouts';
import { pageIndexAt } from '../../shared/layouts';
import { useSyncedNow } from '../state/clock';
import { PageGrid } from './PageGrid';

/** A screen: its only page, or the page the room's synced clock selects (same on every screen). */
export function ScreenView({ screen }: { screen: Screen }) {
  if (screen.pages.length <= 1) return <PageGrid page={screen.pages[0]} index={0} />;
  return <RotatingScreen screen={screen} />;
}

function RotatingScreen({ screen }: { screen: Screen }) {
  const now = useSyncedNow();
  const index = pageIndexAt(now, screen.pages.length, screen.rotateMs);
  return <PageGrid page={screen.pages[index]} index={index} />;
}
