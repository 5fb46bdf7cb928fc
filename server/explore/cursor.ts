/**
 * Page cursors: the snapshot and the last item's sort value and sequence number, as base64url
 * JSON. Opaque to clients; checked on the way back in.
 */
import { z } from 'zod';
import { ORDERS, SORTS, type ExploreOrder, type ExploreSort } from '../../shared/explore';

export interface Cursor { asOf: number; v: number; seq: number; sort: ExploreSort; order: ExploreOrder }

const CursorSchema = z.tuple([
  z.number().int().nonnegative(), z.number(), z.number().int().nonnegative(), z.enum(SORTS), z.enum(ORDERS),
]);

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.asOf, c.v, c.seq, c.sort, c.order])).toString('base64url');
}

/** The cursor, or a ParamError-shaped failure (thrown by the caller's type). */
export function decodeCursor(s: string, sort: ExploreSort, order: ExploreOrder): Cursor {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
  } catch {
    raw = undefined;
  }
  const r = CursorSchema.safeParse(raw);
  if (!r.success) throw new CursorError('not a cursor from this API (use nextCursor as given)');
  const [asOf, v, seq, cs, co] = r.data;
  if (cs !== sort || co !== order) throw new CursorError(`this cursor pages sort=${cs}&order=${co}; ask with the same sort and order`);
  return { asOf, v, seq, sort: cs, order: co };
}

export class CursorError extends Error {
  readonly param = 'cursor';
}
