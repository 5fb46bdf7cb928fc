import { useEffect } from 'react';
import { wallStore } from '../state/store';
import { connectWall } from '../state/socket';
import { KpisPanel } from '../panels/kpis/KpisPanel';
import { VolumePanel } from '../panels/volume/VolumePanel';
import { RiverPanel } from '../panels/river/RiverPanel';
import { WallHeader } from './WallHeader';

/** The wall: one full-viewport grid, connected while mounted. */
export default function WallPage() {
  useEffect(() => connectWall(wallStore), []);
  useEffect(() => {
    document.body.classList.add('is-wall');
    return () => document.body.classList.remove('is-wall');
  }, []);
  return (
    <div className="wall" data-testid="wall">
      <WallHeader />
      <KpisPanel />
      <VolumePanel />
      <RiverPanel />
    </div>
  );
}
