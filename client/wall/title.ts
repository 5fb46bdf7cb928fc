import type { BrandInfo } from '../../shared/tracking';

/** Name of the brand the room is about (the first own brand), or null. */
export function ownBrandName(brands: readonly BrandInfo[]): string | null {
  return brands.find((b) => b.own)?.name ?? null;
}
