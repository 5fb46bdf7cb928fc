import express, { type Router } from 'express';
import { parseRule, type Rule } from '../../shared/alert-rules';
import type { AlertEngine } from '../alerts/engine';
import type { RuleStore } from '../alerts/rules';
import { HttpError } from './errors';
import { jsonBody } from './security-json';

const JSON_LIMIT = '64kb';

function valid(raw: unknown, id?: string): Rule {
  const r = parseRule(raw ?? {}, id);
  if (!r.ok) throw new HttpError(400, r.error);
  return r.rule;
}

function found(rules: RuleStore, id: string): Rule {
  const r = rules.get(id);
  if (!r) throw new HttpError(404, `no such rule: ${id}`);
  return r;
}

/** Without the server-made id, for re-validation after a change. */
function asInput(r: Rule): Record<string, unknown> {
  const { id: _id, ...rest } = r;
  return rest;
}

/**
 * GET/POST /api/rules; GET/PUT/PATCH/DELETE /api/rules/:id; POST /api/rules/:id/enable|disable;
 * POST /api/rules/:id/test (the saved rule) and POST /api/rules/test (a draft in the body):
 * replays the last 24 h through the engine's own evaluator.
 */
export function rulesRouter(rules: RuleStore, engine: AlertEngine): Router {
  const r = express.Router();
  const json = jsonBody(JSON_LIMIT);

  r.get('/rules', (_req, res) => { res.json({ rules: rules.list() }); });

  r.post('/rules/test', json, async (req, res, next) => {
    try {
      const rule = valid(req.body, 'draft');
      res.json({ rule, ...(await engine.testRule(rule)) });
    } catch (err) { next(err); }
  });

  r.post('/rules', json, (req, res, next) => {
    try {
      const made = rules.create(valid(req.body));
      if (made === 'exists') throw new HttpError(409, `rule ${(req.body as { id?: string }).id} exists`);
      if (made === 'full') throw new HttpError(409, 'too many rules');
      res.status(201).json(made);
    } catch (err) { next(err); }
  });

  r.get('/rules/:id', (req, res, next) => {
    try { res.json(found(rules, req.params.id)); } catch (err) { next(err); }
  });

  r.put('/rules/:id', json, (req, res, next) => {
    try {
      found(rules, req.params.id);
      const body = { ...(req.body as object) } as Record<string, unknown>;
      delete body.id;
      res.json(rules.put(valid(body, req.params.id)));
    } catch (err) { next(err); }
  });

  r.patch('/rules/:id', json, (req, res, next) => {
    try {
      const cur = found(rules, req.params.id);
      const body = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
      const merged: Record<string, unknown> = { ...asInput(cur), ...body };
      delete merged.id;
      // params and scope merge one level deep unless the type changes
      if (body.params && typeof body.params === 'object' && (body.type === undefined || body.type === cur.type)) merged.params = { ...cur.params, ...body.params };
      else if (body.type !== undefined && body.type !== cur.type && body.params === undefined) delete merged.params;
      if (body.scope && typeof body.scope === 'object') merged.scope = { ...cur.scope, ...body.scope };
      res.json(rules.put(valid(merged, cur.id)));
    } catch (err) { next(err); }
  });

  r.delete('/rules/:id', (req, res, next) => {
    try {
      found(rules, req.params.id);
      rules.delete(req.params.id);
      res.status(204).end();
    } catch (err) { next(err); }
  });

  for (const [verb, enabled] of [['enable', true], ['disable', false]] as const) {
    r.post(`/rules/:id/${verb}`, (req, res, next) => {
      try {
        const cur = found(rules, req.params.id);
        res.json(cur.enabled === enabled ? cur : rules.put({ ...cur, enabled }));
      } catch (err) { next(err); }
    });
  }

  r.post('/rules/:id/test', async (req, res, next) => {
    try {
      const rule = found(rules, req.params.id);
      res.json({ rule, ...(await engine.testRule(rule)) });
    } catch (err) { next(err); }
  });
  return r;
}
