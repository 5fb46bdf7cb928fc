import express, { type Router } from 'express';
import { z } from 'zod';
import { toRiverItem } from '../../shared/mention';
import { describeIssue } from '../../shared/alert-rules';
import { ALERT_HISTORY_MAX, type AlertStore } from '../alerts/store';
import type { SilenceStore } from '../alerts/silences';
import type { MentionStore } from '../store/types';
import { HttpError } from './errors';
import { jsonBody } from './security-json';

/** Recent mentions searched for the posts that drive a manual alert. */
const SAMPLE_SEARCH = 1000;
const SAMPLES_MAX = 3;
const JSON_LIMIT = '16kb';

export const RaiseSchema = z.object({
  title: z.string().min(1).max(200),
  severity: z.number().int().min(1).max(5).default(3),
  brand: z.string().max(64).optional(),
  topic: z.string().max(64).optional(),
  detail: z.string().max(500).optional(),
}).strict();
export const AckSchema = z.object({ by: z.string().min(1).max(100), note: z.string().max(500).optional() }).strict();
export const ListSchema = z.object({
  state: z.enum(['pending', 'firing', 'resolved']).optional(),
  limit: z.coerce.number().int().min(1).max(ALERT_HISTORY_MAX).default(100),
}).strict();
/** Silences last at most a week. */
const SILENCE_MAX_MIN = 7 * 24 * 60;
const until = {
  minutes: z.number().int().min(1).max(SILENCE_MAX_MIN).optional(),
  until: z.number().int().positive().optional(),
  by: z.string().min(1).max(100),
  note: z.string().max(500).optional(),
};
export const SilenceAlertSchema = z.object({ ...until, scope: z.enum(['rule', 'brand', 'both']).default('both') }).strict();
export const SilenceSchema = z.object({ ...until, rule: z.string().min(1).max(64).optional(), brand: z.string().min(1).max(64).optional() }).strict()
  .refine((s) => s.rule !== undefined || s.brand !== undefined, { message: 'give a rule, a brand or both', path: ['rule'] });

function parse<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const r = schema.safeParse(body ?? {});
  if (!r.success) {
    const i = r.error.issues[0];
    throw new HttpError(400, describeIssue(i));
  }
  return r.data;
}

/**
 * GET /api/alerts?state=&limit= (history, newest first); POST /api/alerts (a manual alert);
 * POST /api/alerts/:id/ack | resolve | silence; GET/POST /api/silences, DELETE /api/silences/:id.
 */
export function alertsRouter(alerts: AlertStore, mentions: MentionStore, silences: SilenceStore, now: () => number): Router {
  const r = express.Router();
  const json = jsonBody(JSON_LIMIT);
  const endOf = (b: { minutes?: number; until?: number }): number => {
    if (b.until !== undefined) {
      if (b.until <= now()) throw new HttpError(400, 'invalid until: must be in the future');
      return Math.min(b.until, now() + SILENCE_MAX_MIN * 60_000);
    }
    if (b.minutes === undefined) throw new HttpError(400, 'invalid minutes: give minutes or until');
    return now() + b.minutes * 60_000;
  };
  /** Marks open alerts the silence covers (they leave the banner; recorded all the same). */
  const cover = (s: { id: string; until: number; rule?: string; brand?: string }) => {
    for (const a of alerts.list()) {
      if (a.state === 'resolved' || (s.rule !== undefined && a.rule !== s.rule) || (s.brand !== undefined && a.brand !== s.brand)) continue;
      alerts.patch(a.id, { silenced: { until: s.until, silenceId: s.id } });
    }
  };

  r.get('/alerts', (req, res, next) => {
    try {
      const q = parse(ListSchema, req.query);
      res.json({ alerts: alerts.list(q) });
    } catch (err) { next(err); }
  });

  r.post('/alerts/:id/silence', json, (req, res, next) => {
    try {
      const b = parse(SilenceAlertSchema, req.body);
      const a = alerts.get(req.params.id);
      if (!a) throw new HttpError(404, 'no such alert');
      const s = silences.add({
        rule: b.scope === 'brand' && a.brand ? undefined : a.rule, brand: b.scope === 'rule' ? undefined : a.brand,
        until: endOf(b), by: b.by, note: b.note,
      });
      cover(s);
      res.status(201).json({ silence: s, alert: alerts.get(a.id) });
    } catch (err) { next(err); }
  });

  r.get('/silences', (_req, res) => { res.json({ silences: silences.list() }); });

  r.post('/silences', json, (req, res, next) => {
    try {
      const b = parse(SilenceSchema, req.body);
      const s = silences.add({ rule: b.rule, brand: b.brand, until: endOf(b), by: b.by, note: b.note });
      cover(s);
      res.status(201).json(s);
    } catch (err) { next(err); }
  });

  r.delete('/silences/:id', (req, res, next) => {
    try {
      if (!silences.remove(req.params.id)) throw new HttpError(404, 'no such silence');
      res.status(204).end();
    } catch (err) { next(err); }
  });

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
