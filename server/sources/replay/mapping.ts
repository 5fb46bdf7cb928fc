import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ChannelSchema, type MentionInput } from '../../../shared/mention';
import { ConfigError } from '../../config/env';

const TARGETS = [
  'id', 'text', 'createdAt', 'channel', 'url', 'lang', 'query',
  'author.handle', 'author.name', 'author.followers', 'author.location', 'author.timezone',
  'geo', 'geo.lat', 'geo.lon', 'engagement.likes', 'engagement.shares', 'engagement.replies',
] as const;
type Target = (typeof TARGETS)[number];
const NUMERIC = new Set<Target>(['author.followers', 'engagement.likes', 'engagement.shares', 'engagement.replies', 'geo.lat', 'geo.lon']);

export const MappingSchema = z.object({
  description: z.string().optional(),
  format: z.enum(['csv', 'ndjson']).optional(),
  /** Channel for every row, unless fields.channel names a column. */
  channel: ChannelSchema.optional(),
  /** Mention field -> source column (CSV header) or dotted path (NDJSON). Empty: NDJSON rows are mentions as they are. */
  fields: z.partialRecord(z.enum(TARGETS), z.string().min(1)).default({}),
});
export type Mapping = z.output<typeof MappingSchema>;

const PRESET_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'mappings');

/** A preset name (server/sources/mappings/NAME.json) or a path to a mapping JSON file. */
export function loadMapping(nameOrPath: string): Mapping {
  const preset = join(PRESET_DIR, `${nameOrPath}.json`);
  const path = /^[a-z0-9_-]+$/i.test(nameOrPath) && existsSync(preset) ? preset : resolve(nameOrPath);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ConfigError(`cannot read replay mapping "${nameOrPath}" (${path}): ${(e as Error).message}`);
  }
  const r = MappingSchema.safeParse(raw);
  if (!r.success) {
    throw new ConfigError(`invalid replay mapping ${path}:\n${r.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return r.data;
}

function pick(row: Record<string, unknown>, path: string): unknown {
  if (path in row) return row[path];
  let cur: unknown = row;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** "[40.7, -74.0]" or "40.7,-74.0" -> {lat, lon}; [0, 0] counts as no coordinate. */
export function parseCoord(v: unknown): { lat: number; lon: number } | undefined {
  if (Array.isArray(v) && v.length === 2) return coord(Number(v[0]), Number(v[1]));
  if (typeof v !== 'string') return undefined;
  const m = /^\s*\[?\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*\]?\s*$/.exec(v);
  return m ? coord(Number(m[1]), Number(m[2])) : undefined;
}

function coord(lat: number, lon: number) {
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || (lat === 0 && lon === 0)) return undefined;
  return { lat, lon };
}

function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (!tail) { obj[head] = value; return; }
  const child = (obj[head] ??= {}) as Record<string, unknown>;
  child[tail] = value;
}

/** Builds a mention candidate from a source row (still to be validated by MentionSchema). */
export function applyMapping(row: Record<string, unknown>, mapping: Mapping): MentionInput {
  const entries = Object.entries(mapping.fields) as [Target, string][];
  if (entries.length === 0) return row as unknown as MentionInput;
  const out: Record<string, unknown> = {};
  if (mapping.channel) out.channel = mapping.channel;
  for (const [target, column] of entries) {
    let v = pick(row, column);
    if (v === undefined || v === null || v === '') continue;
    if (target === 'geo') { v = parseCoord(v); if (!v) continue; }
    else if (NUMERIC.has(target)) { v = Number(v); if (!Number.isFinite(v as number)) continue; }
    else if (typeof v !== 'string') v = String(v);
    setPath(out, target, v);
  }
  if (out.geo && (typeof (out.geo as { lat?: unknown }).lat !== 'number' || typeof (out.geo as { lon?: unknown }).lon !== 'number')) delete out.geo;
  return out as unknown as MentionInput;
}
