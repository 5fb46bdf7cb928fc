import express, { type Router } from 'express';
import { z } from 'zod';
import { toRiverItem } from '../../shared/mention';
import type { AlertStore } from '../alerts/store';
import type { MentionStore } from '../store/types';
import { HttpError } from './errors';

/** Recent mentions searched for the posts that drive a manual alert. */
const SAMPLE_SEARCH = 1000;
const SAMPLES_MAX = 3;
const JSON_LIMIT = '16kb';

const RaiseSchema = z.object({
  title: z.string().min(1).max(200),
  severity: z.number().int().min(1).max(5).default(3),
  brand: z.string().max(64).optional(),
  topic: z.string().max(64).optional(),
  detail: z.string().max(500).optional(),
}).strict();
const AckSchema = z.object({ by: z.string().min(1).max(100), note: z.string().max(500).optional() }).strict();

function parse<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const r = schema.safeParse(body ?? {});
  if (!r.success) {
    const i = r.error.issues[0];
    const field = i.code === 'unrecognized_keys' ? i.keys.join(', ') : i.path.join('.') || '(body)';
    throw new HttpError(400, `invalid ${field}: ${i.message}`);
  }
  return r.data;
}

/** GET /api/alerts; POST /api/alerts (a manual alert); POST /api/alerts/:id/ack; POST /api/alerts/:id/resolve. */
export function alertsRouter(alerts: AlertStore, mentions: MentionStore): Router {
  const r = express.Router();
  const json = express.json({ limit: JSON_LIMIT });

  r.get('/alerts', (_req, res) => { res.json({ alerts: alerts.list() }); });

  r.post('/alerts', json, async (req, res, next) => {
    try {
      const b = parse(RaiseSchema, req.body);
      const recent = await mentions.recent(SAMPLE_SEARCH);
      const samples = recent
        .filter((m) => (!b.brand || m.brands.some((x) => x.brand === b.brand)) && (!b.topic || m.topics.includes(b.topic)))
        .sort((x, y) => y.reach - x.reach).slice(0, SAMPLES_MAX);
      const a = alerts.raise({
        rule: 'manual', severity: b.severity, brand: b.brand, topic: b.topic, title: b.title, detail: b.detail,
        value: 0, baseline: 0, sampleIds: samples.map((m) => m.id), samples: samples.map((m) => toRiverItem(m)),
      });
      res.status(201).json(a);
    } catch (err) { next(err); }
  });

  r.post('/alerts/:id/ack', json, (req, res, next) => {
    try {
      const b = parse(AckSchema, req.body);
      const a = alerts.acknowledge(req.params.id, b.by, b.note);
      if (!a) throw new HttpError(404, 'no such alert');
      res.json(a);
    } catch (err) { next(err); }
  });

  r.post('/alerts/:id/resolve', (req, res, next) => {
    try {
      const a = alerts.resolve(req.params.id);
      if (!a) throw new HttpError(404, 'no such alert');
      res.json(a);
    } catch (err) { next(err); }
  });
  return r;
}
