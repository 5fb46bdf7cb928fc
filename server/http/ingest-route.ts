import express, { type Router } from 'express';
import { BodyError, splitBody, validateItems, type ItemError } from '../ingest/parse';
import { IngestUnavailableError } from '../ingest/errors';
import type { Ingestor } from '../ingest/pipeline';

/** Items in one ingest request at most. */
export const INGEST_MAX_ITEMS = 50_000;

export interface ItemResult {
  index: number;
  id?: string;
  status: 'accepted' | 'duplicate' | 'rejected';
  errors?: ItemError[];
}

/**
 * POST /api/mentions: a JSON array (or one object) or NDJSON. Every item is validated on its own;
 * the good items of a batch are kept when others are rejected; duplicate ids are never counted twice.
 * 503 with Retry-After (never a 200) when the mentions cannot be stored now.
 */
export function ingestRouter(pipeline: Ingestor, bodyLimit: number): Router {
  const r = express.Router();
  r.post('/mentions', express.text({ type: () => true, limit: bodyLimit }), async (req, res, next) => {
    try {
      const text = typeof req.body === 'string' ? req.body : '';
      const raw = splitBody(text, req.headers['content-type']);
      if (raw.length > INGEST_MAX_ITEMS) {
        throw new BodyError(`too many items: ${raw.length} (at most ${INGEST_MAX_ITEMS} per request)`, 413);
      }
      const parsed = validateItems(raw);
      const valid = parsed.flatMap((p) => (p.ok ? [p.mention] : []));
      const outcomes = await pipeline.ingest(valid);
      let k = 0;
      const results: ItemResult[] = parsed.map((p) => (p.ok
        ? { index: p.index, id: p.mention.id, status: outcomes[k++] }
        : { index: p.index, id: p.id, status: 'rejected', errors: p.errors }));
      const count = (s: ItemResult['status']) => results.filter((x) => x.status === s).length;
      const summary = { accepted: count('accepted'), duplicate: count('duplicate'), rejected: count('rejected') };
      const allRejected = summary.rejected === results.length;
      res.status(allRejected ? 400 : 200).json({
        ...(allRejected ? { error: 'no valid mention in the request' } : {}),
        ...summary, results,
      });
    } catch (err) {
      // the shared store is unreachable: nothing of this request is promised; the sender retries
      // (a retry of items that did get in is reported as duplicates, never counted twice)
      if (err instanceof IngestUnavailableError) {
        res.status(503).set('Retry-After', String(err.retryAfterS)).json({ error: err.message });
        return;
      }
      next(err);
    }
  });
  return r;
}
