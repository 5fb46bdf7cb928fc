import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';

export interface RowProgress { bytesRead: number; bytesTotal: number }

/**
 * Streams the rows of a CSV (header line, RFC 4180 quoting, newlines inside quotes) or NDJSON
 * file as plain objects, with the bytes read so far for a progress bar. Bad NDJSON lines are
 * yielded as { __lineError } so the caller can count them.
 */
export async function* readRows(path: string, format: 'csv' | 'ndjson', progress: RowProgress): AsyncGenerator<Record<string, unknown>> {
  progress.bytesTotal = statSync(path).size;
  progress.bytesRead = 0;
  const stream = createReadStream(path);
  stream.on('data', (chunk) => { progress.bytesRead += chunk.length; });
  if (format === 'csv') {
    const parser = stream.pipe(parse({ columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }));
    for await (const row of parser) yield row as Record<string, unknown>;
    return;
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    try {
      const v = JSON.parse(line) as unknown;
      yield v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : { __lineError: 'not a JSON object' };
    } catch (e) {
      yield { __lineError: (e as Error).message };
    }
  }
}

export function formatOf(path: string, declared?: 'csv' | 'ndjson'): 'csv' | 'ndjson' {
  if (declared) return declared;
  return /\.(ndjson|jsonl|json)$/i.test(path) ? 'ndjson' : 'csv';
}
