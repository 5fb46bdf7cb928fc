import { useEffect, useMemo, useState } from 'react';
import { useWall } from '../../state/hooks';
import { useRemPx } from '../../hooks/useRemPx';
import { geoAdapter, HOTSPOTS_MAX } from './adapter';
import { loadAtlas, type Atlas } from './atlas';
import { GeoView, type GeoOptions } from './GeoView';
import '../../styles/panels.css';

export type { GeoOptions } from './GeoView';

/** The map of mentions by country (or US state), connected to the wall store; the shapes load lazily. */
export function GeoPanel({ options }: { options?: GeoOptions }) {
  const map = options?.map ?? 'world';
  const metric = options?.metric ?? 'volume';
  const hotspots = options?.hotspots ?? HOTSPOTS_MAX;
  const panels = useWall((s) => s.panels);
  const data = useMemo(() => geoAdapter(panels, metric, map, hotspots), [panels, metric, map, hotspots]);
  const [atlas, setAtlas] = useState<Atlas | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    setFailed(false);
    loadAtlas(map).then(
      (a) => live && setAtlas(a),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [map]);
  const remPx = useRemPx();
  return <GeoView data={data} atlas={atlas} failed={failed} remPx={remPx} options={options} />;
}
