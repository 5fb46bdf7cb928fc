import type { Response } from 'express';
import type { z } from 'zod';
import type { ApiError } from '../../shared/explore';
import { CursorError, ParamError } from '../explore/service';

/** A 400 whose JSON body names the query parameter. */
export class BadParam extends Error {
  constructor(readonly param: string, message: string, readonly issues: { param: string; message: string }[] = [{ param, message }]) {
    super(message);
  }
}

/** Query parameters: empty values count as absent (a form's blank field). */
function withoutEmpty(query: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(query)) {
    if (v === '' || v === undefined) continue;
    if (Array.isArray(v)) { const kept = v.filter((x) => x !== ''); if (kept.length) out[k] = kept.length === 1 ? kept[0] : kept; continue; }
    out[k] = v;
  }
  return out;
}

/** Parses a request's query with an endpoint's schema; every problem is named by its parameter. */
export function parseParams<T extends z.ZodType>(schema: T, query: unknown): z.output<T> {
  const r = schema.safeParse(withoutEmpty((query ?? {}) as Record<string, unknown>));
  if (r.success) return r.data;
  const issues = r.error.issues.flatMap((i) => i.code === 'unrecognized_keys'
    ? i.keys.map((k) => ({ param: k, message: 'unknown parameter' }))
    : [{ param: String(i.path[0] ?? ''), message: i.message }]);
  const first = issues[0];
  throw new BadParam(first.param, `invalid query parameter ${first.param}: ${first.message}`, issues);
}

/** Sends a 400 for parameter errors; false for anything else (left to the error handler). */
export function sendParamError(err: unknown, res: Response): boolean {
  let body: ApiError | undefined;
  if (err instanceof BadParam) body = { error: err.message, param: err.param, issues: err.issues };
  else if (err instanceof ParamError || err instanceof CursorError) {
    const message = `invalid query parameter ${err.param}: ${err.message}`;
    body = { error: message, param: err.param, issues: [{ param: err.param, message: err.message }] };
  }
  if (!body) return false;
  if (res.headersSent) { res.destroy(); return true; }
  res.status(400).json(body);
  return true;
}
