import express, { type Router } from 'express';
import { z } from 'zod';
import { RESOLUTIONS } from '../../shared/constants';
import { toRiverItem } from '../../shared/mention';
import { DIMENSIONS, type RollupFilter } from '../../shared/rollup';
import type { RollupStore } from '../rollups/types';
import type { MentionStore } from '../store/types';
import { HttpError } from './errors';

const RECENT_MAX = 500;
const list = z.string().max(2000).transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));

export const TotalsQuery = z.object({
  by: list.pipe(z.array(z.enum(DIMENSIONS)).max(3)).optional(),
  resolution: z.enum(['total', ...RESOLUTIONS.map((r) => r.name)] as [string, ...string[]]).default('total'),
  from: z.coerce.number().int().nonnegative().optional(),
  to: z.coerce.number().int().nonnegative().optional(),
  ...Object.fromEntries(DIMENSIONS.map((d) => [d, list.optional()])),
}).strict();

function parseQuery<T extends z.ZodType>(schema: T, query: unknown): z.output<T> {
  const r = schema.safeParse(query);
  if (!r.success) {
    const i = r.error.issues[0];
    const key = i.code === 'unrecognized_keys' ? i.keys.join(', ') : i.path.join('.');
    throw new HttpError(400, `invalid query parameter ${key}: ${i.message}`);
  }
  return r.data;
}

/** Read endpoints over rollups and recent mentions. */
export function queryRouter(rollups: RollupStore, mentions: MentionStore): Router {
  const r = express.Router();

  /** GET /api/totals?by=brand&resolution=total|10s|1m|1h&from&to&brand=a,b... */
  r.get('/totals', async (req, res, next) => {
    try {
      const q = parseQuery(TotalsQuery, req.query);
      const filter: RollupFilter = {};
      for (const d of DIMENSIONS) {
        const v = (q as unknown as Record<string, string[] | undefined>)[d];
        if (v) filter[d] = v;
      }
      const groupBy = q.by ?? [];
      const base = { resolution: q.resolution as 'total', from: q.from, to: q.to };
      const [groups, all] = await Promise.all([
        rollups.query({ ...base, filter, groupBy }),
        rollups.query({ ...base, filter }),
      ]);
      const total = all.reduce((a, g) => a + g.count, 0);
      const out: Record<string, number> = {};
      for (const g of groups) out[g.key.join('|')] = g.count;
      res.json({ resolution: q.resolution, by: groupBy, total, groups: out });
    } catch (err) { next(err); }
  });

  /** GET /api/mentions/recent?limit=50 — newest first. */
  r.get('/mentions/recent', async (req, res, next) => {
    try {
      const q = parseQuery(z.object({ limit: z.coerce.number().int().min(1).max(RECENT_MAX).default(50) }).strict(), req.query);
      const items = await mentions.recent(q.limit);
      res.json({ items: items.map((m) => toRiverItem(m)) });
    } catch (err) { next(err); }
  });

  /** GET /api/mentions/:id — one analyzed mention with its analysis. */
  r.get('/mentions/:id', async (req, res, next) => {
    try {
      const m = await mentions.get(req.params.id);
      if (!m) throw new HttpError(404, `no mention with id ${JSON.stringify(req.params.id.slice(0, 100))} in the recent store`);
      res.json(m);
    } catch (err) { next(err); }
  });

  return r;
}
