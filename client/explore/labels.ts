/** Display names of dimension values: brand names and topic labels from the config, country and language names from Intl. */
import { NONE_KEY, type ExploreDimension } from '../../shared/explore';
import { safeColor } from '../format/color';
import type { TrackingInfo } from './api';

const NONE_LABELS: Partial<Record<ExploreDimension, string>> = {
  brand: 'no brand', topic: 'no topic', country: 'unknown country', region: 'unknown state', author: 'no handle',
  query: 'no query', language: 'undetermined',
};

type Names = { of(code: string): string | undefined };
function displayNames(type: 'region' | 'language'): Names | null {
  try {
    return new Intl.DisplayNames(['en'], { type }) as Names;
  } catch {
    return null;
  }
}
const regionNames = displayNames('region');
const languageNames = displayNames('language');

function intlName(names: Names | null, code: string): string | undefined {
  try {
    return names?.of(code);
  } catch {
    return undefined;
  }
}

/** A function naming a value of a dimension for people. Unknown values are shown as they are. */
export function makeLabel(info: TrackingInfo): (dim: ExploreDimension, key: string) => string {
  const brands = new Map(info.brands.map((b) => [b.id, b.name]));
  const topics = new Map(info.topics.map((t) => [t.id, t.label]));
  return (dim, key) => {
    if (key === NONE_KEY) return NONE_LABELS[dim] ?? 'none';
    switch (dim) {
      case 'brand': return brands.get(key) ?? key;
      case 'topic': return topics.get(key) ?? key;
      case 'country': { const n = intlName(regionNames, key); return n && n !== key ? `${n} (${key})` : key; }
      case 'language': { if (key === 'und') return 'undetermined'; const n = intlName(languageNames, key); return n && n !== key ? `${n} (${key})` : key; }
      case 'author': return key.startsWith('@') ? key : `@${key}`;
      default: return key;
    }
  };
}

/** Brand colors from the config (safe hex only); other dimensions have none. */
export function makeColor(info: TrackingInfo): (dim: ExploreDimension, key: string) => string | undefined {
  const colors = new Map(info.brands.map((b) => [b.id, safeColor(b.color)]));
  return (dim, key) => (dim === 'brand' ? colors.get(key) : undefined);
}
