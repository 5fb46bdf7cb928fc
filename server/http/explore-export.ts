/**
 * GET /api/explore/export?format=csv|ndjson&tz=...: every mention matching the filter, with its
 * analysis, streamed in batches with backpressure (never the whole file in memory). The snapshot
 * is fixed when the export starts, so it has exactly the rows the list counts for the same asOf.
 */
import { once } from 'node:events';
import type { Request, Response } from 'express';
import { EXPORT_CSV_COLUMNS, ExportQuerySchema } from '../../shared/explore';
import type { AnalyzedMention } from '../../shared/mention';
import type { ExploreService } from '../explore/service';
import { isoInZone } from '../explore/tz';
import { csvRows, mentionRow } from './explore-csv';
import { parseParams } from './explore-params';

/** Mentions formatted and written per chunk. */
export const EXPORT_BATCH = 500;

const CONTENT_TYPE = { csv: 'text/csv; charset=utf-8', ndjson: 'application/x-ndjson; charset=utf-8' } as const;

function fileName(from: number, to: number, ext: string): string {
  const day = (t: number) => new Date(t).toISOString().slice(0, 16).replace(/[:T]/g, '');
  return `earshot-mentions-${day(from)}-${day(to)}.${ext}`;
}

/** NDJSON line: the stored mention with its times also as local ISO-8601 text. */
function ndjsonLine(json: string, tz: string): string {
  const m = JSON.parse(json) as Pick<AnalyzedMention, 'createdAt' | 'receivedAt'>;
  return `{"createdAtLocal":"${isoInZone(m.createdAt, tz)}","receivedAtLocal":"${isoInZone(m.receivedAt, tz)}",${json.slice(1)}\n`;
}

export async function exportMentions(svc: ExploreService, req: Request, res: Response): Promise<void> {
  const p = parseParams(ExportQuerySchema, req.query);
  const { q, meta } = await svc.resolve(p);
  const { index } = svc.deps;
  const total = await index.count(q);
  res.status(200);
  res.setHeader('Content-Type', CONTENT_TYPE[p.format]);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName(q.from, q.to, p.format)}"`);
  res.setHeader('X-Total-Count', String(total));
  res.setHeader('X-Explore-As-Of', String(meta.asOf));
  res.setHeader('Cache-Control', 'no-store');
  let closed = false;
  res.on('close', () => { closed = true; });
  const write = async (chunk: string) => {
    if (res.write(chunk) || closed) return;
    // wait for drain or close; the listener that did not fire is removed (no pile-up over a long export)
    const ctl = new AbortController();
    try {
      await Promise.race([once(res, 'drain', { signal: ctl.signal }), once(res, 'close', { signal: ctl.signal })]);
    } finally { ctl.abort(); }
  };
  if (p.format === 'csv') await write(csvRows([[...EXPORT_CSV_COLUMNS]]));
  for await (const batch of index.scan(q, { sort: p.sort, order: p.order, batch: EXPORT_BATCH })) {
    if (closed) break;
    const chunk = p.format === 'csv'
      ? csvRows(batch.map((j) => mentionRow(JSON.parse(j) as AnalyzedMention, p.tz)))
      : batch.map((j) => ndjsonLine(j, p.tz)).join('');
    await write(chunk);
    // let other requests in between chunks
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  res.end();
}
