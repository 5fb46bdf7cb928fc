/**
 * GET /api/explore/{mentions,series,breakdown,summary,why,compare,export}: the REST API behind
 * /explore. Parameters are validated by the shared schemas (400 JSON naming the parameter);
 * series and breakdowns also come as CSV (format=csv), mentions as a streamed export.
 */
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import {
  BreakdownQuerySchema, CompareQuerySchema, MentionsQuerySchema, SeriesQuerySchema, SummaryQuerySchema,
  WhyQuerySchema, type Breakdown, type Series,
} from '../../shared/explore';
import { compare } from '../explore/compare';
import type { ExploreService } from '../explore/service';
import { isoInZone } from '../explore/tz';
import { why } from '../explore/why';
import { csvRows } from './explore-csv';
import { exportMentions } from './explore-export';
import { parseParams, sendParamError } from './explore-params';

type Handler = (req: Request, res: Response) => Promise<void>;

function handle(fn: Handler) {
  return (req: Request, res: Response, next: NextFunction) => {
    fn(req, res).catch((err: unknown) => { if (!sendParamError(err, res)) next(err); });
  };
}

function sendCsv(res: Response, name: string, body: string): void {
  res.type('text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
  res.send(body);
}

export function seriesCsv(s: Series): string {
  const head = ['from', 'to', 'total', ...s.keys];
  const rows = s.points.map((p) => [isoInZone(p.t, s.tz), isoInZone(p.to, s.tz), p.total, ...s.keys.map((k) => p.counts?.[k] ?? 0)]);
  return csvRows([head, ...rows]);
}

export function breakdownCsv(b: Breakdown): string {
  const head = [b.by, 'count', 'share', 'positive', 'neutral', 'negative', 'net', 'reach'];
  return csvRows([head, ...b.items.map((i) => [i.key, i.count, i.share, i.positive, i.neutral, i.negative, i.net, i.reach])]);
}

export function exploreRouter(svc: ExploreService): Router {
  const r = express.Router();

  r.get('/explore/mentions', handle(async (req, res) => {
    res.json(await svc.mentions(parseParams(MentionsQuerySchema, req.query)));
  }));

  r.get('/explore/series', handle(async (req, res) => {
    const p = parseParams(SeriesQuerySchema, req.query);
    const s = await svc.series(p);
    if (p.format === 'csv') sendCsv(res, `earshot-series-${s.split}`, seriesCsv(s));
    else res.json(s);
  }));

  r.get('/explore/breakdown', handle(async (req, res) => {
    const p = parseParams(BreakdownQuerySchema, req.query);
    const b = await svc.breakdown(p);
    if (p.format === 'csv') sendCsv(res, `earshot-${p.by}`, breakdownCsv(b));
    else res.json(b);
  }));

  r.get('/explore/summary', handle(async (req, res) => {
    res.json(await svc.summary(parseParams(SummaryQuerySchema, req.query)));
  }));

  r.get('/explore/why', handle(async (req, res) => {
    res.json(await why(svc, parseParams(WhyQuerySchema, req.query)));
  }));

  r.get('/explore/compare', handle(async (req, res) => {
    res.json(await compare(svc, parseParams(CompareQuerySchema, req.query)));
  }));

  r.get('/explore/export', handle((req, res) => exportMentions(svc, req, res)));

  return r;
}
