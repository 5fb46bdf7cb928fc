import type { ComponentType } from 'react';
import type { PanelId, PanelOptions } from '../../shared/layouts';
import { KpisPanel } from '../panels/kpis/KpisPanel';
import { VolumePanel } from '../panels/volume/VolumePanel';
import { RiverPanel } from '../panels/river/RiverPanel';
import { AlertsPanel } from '../panels/alerts/AlertsPanel';
import { SentimentPanel } from '../panels/sentiment/SentimentPanel';
import { SovPanel } from '../panels/sov/SovPanel';
import { GeoPanel } from '../panels/geo/GeoPanel';
import { TopicsPanel } from '../panels/topics/TopicsPanel';
import { TrendingPanel } from '../panels/trending/TrendingPanel';

/** Every panel is a connected component that takes its cell's options. */
export type PanelComponent = ComponentType<{ options?: PanelOptions }>;

/** Panel id -> component. A layout cell naming a panel missing here renders a placeholder. */
export const PANEL_REGISTRY: Partial<Record<PanelId, PanelComponent>> = {
  kpis: KpisPanel,
  volume: VolumePanel,
  river: RiverPanel,
  alerts: AlertsPanel,
  // Panels with their own options types: a layout's options are passed through as they are.
  sentiment: SentimentPanel as PanelComponent,
  sov: SovPanel as PanelComponent,
  geo: GeoPanel as PanelComponent,
  topics: TopicsPanel as PanelComponent,
  trending: TrendingPanel as PanelComponent,
};

export function panelFor(id: PanelId): PanelComponent | undefined {
  return Object.hasOwn(PANEL_REGISTRY, id) ? PANEL_REGISTRY[id] : undefined;
}
