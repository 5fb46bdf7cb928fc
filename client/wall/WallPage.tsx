import { useEffect, useMemo } from 'react';
import { resolveScreen } from '../../shared/layouts';
import { wallStore } from '../state/store';
import { connectWall } from '../state/socket';
import { AlertBanner } from '../panels/alerts/AlertBanner';
import { WallHeader } from './WallHeader';
import { ScreenView } from './ScreenView';
import { WallError } from './WallError';
import { useDrillLinks } from './useDrillLinks';
import './drill.css';

/** One screen of a wall layout, full viewport, connected while mounted; the alert banner overlays it. */
export default function WallPage({ layoutId = 'default', screen = '' }: { layoutId?: string; screen?: string }) {
  const found = useMemo(() => resolveScreen(layoutId, screen), [layoutId, screen]);
  if (!found.ok) return <WallError error={found.error} choices={found.choices} />;
  return (
    <ConnectedWall key={`${found.layout.id}/${found.index}`}>
      <WallHeader
        layoutName={found.layout.name}
        screenName={found.screen.name}
        screenIndex={found.index}
        screenCount={found.layout.screens.length}
      />
      <ScreenView screen={found.screen} />
      <AlertBanner />
    </ConnectedWall>
  );
}

function ConnectedWall({ children }: { children: React.ReactNode }) {
  useEffect(() => connectWall(wallStore), []);
  useEffect(() => {
    document.body.classList.add('is-wall');
    return () => document.body.classList.remove('is-wall');
  }, []);
  const drill = useDrillLinks();
  return (
    <div className="wall" data-testid="wall" onClick={drill.onClick} onKeyDown={drill.onKeyDown}>
      {children}
    </div>
  );
}
