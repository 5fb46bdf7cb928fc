import type { z } from 'zod';
import { MentionSchema, type Mention } from '../../shared/mention';
import { parseJsonSafe } from '../http/security-json';

export interface ItemError { field: string; reason: string }
export type ParsedItem =
  | { index: number; ok: true; mention: Mention }
  | { index: number; ok: false; id?: string; errors: ItemError[] };

export class BodyError extends Error {
  constructor(message: string, readonly status = 400) { super(message); }
}

/**
 * Splits a request body into raw items: a JSON array, a single JSON object (with a JSON content
 * type), or NDJSON (one object per line). A bad NDJSON line becomes a rejected item; the rest stay.
 */
export function splitBody(text: string, contentType: string | undefined): (unknown | { __lineError: string })[] {
  const body = text.trim();
  if (body === '') throw new BodyError('empty body: send a JSON array of mentions or NDJSON');
  const isJson = /\bjson\b/i.test(contentType ?? '') && !/ndjson|jsonl/i.test(contentType ?? '');
  if (body.startsWith('[') || (isJson && body.startsWith('{'))) {
    let parsed: unknown;
    try {
      parsed = parseJsonSafe(body);
    } catch (e) {
      throw new BodyError(`invalid JSON: ${(e as Error).message}`);
    }
    return Array.isArray(parsed) ? parsed : [parsed];
  }
  return body.split(/\r?\n/).filter((l) => l.trim() !== '').map((line) => {
    try {
      return parseJsonSafe(line);
    } catch (e) {
      return { __lineError: (e as Error).message };
    }
  });
}

function issuesToErrors(issues: z.core.$ZodIssue[]): ItemError[] {
  return issues.slice(0, 10).map((i) => ({ field: i.path.map(String).join('.') || '(item)', reason: i.message }));
}

/** Validates each raw item against the Mention schema. */
export function validateItems(raw: unknown[]): ParsedItem[] {
  return raw.map((item, index) => {
    if (item && typeof item === 'object' && '__lineError' in item) {
      return { index, ok: false, errors: [{ field: '(line)', reason: `invalid JSON: ${(item as { __lineError: string }).__lineError}` }] };
    }
    const r = MentionSchema.safeParse(item);
    if (r.success) return { index, ok: true, mention: r.data };
    const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
      ? String((item as { id: string }).id).slice(0, 256) : undefined;
    return { index, ok: false, id, errors: issuesToErrors(r.error.issues) };
  });
}
