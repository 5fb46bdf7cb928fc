import { createStore, type StoreApi } from 'zustand/vanilla';
import { initialWallState, type WallState } from './types';

export type WallStore = StoreApi<WallState>;

/** A wall store, outside React: the socket layer writes it, hooks read it. */
export function createWallStore(now: number = Date.now()): WallStore {
  return createStore<WallState>()(() => initialWallState(now));
}

/** The app's one wall store. */
export const wallStore: WallStore = createWallStore();
