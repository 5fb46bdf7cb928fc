import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { wallStore } from './store';
import type { WallState } from './types';

/** One value of the wall store; re-renders only when it changes (Object.is). */
export function useWall<T>(selector: (s: WallState) => T): T {
  return useStore(wallStore, selector);
}

/** Several values of the wall store picked into an object; re-renders when any of them changes. */
export function useWallPick<K extends keyof WallState>(keys: readonly K[]): Pick<WallState, K> {
  return useStore(
    wallStore,
    useShallow((s: WallState) => {
      const out = {} as Pick<WallState, K>;
      for (const k of keys) out[k] = s[k];
      return out;
    }),
  );
}
