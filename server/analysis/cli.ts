/**
 * Batch scoring: npm run analyze -- [FILE | -] [--config TRACKING.json]
 *
 * Reads FILE (stdin when FILE is "-" or absent) line by line: a line that starts with "{" and
 * parses as a JSON object is a mention (missing id, channel and createdAt default to the line
 * number, "other" and 0, then MentionSchema validates it); any other non-blank line is a plain
 * text. Writes one analyzed mention per line as NDJSON, streaming: readline in, stdout.write out,
 * waiting for "drain" when stdout is full, so memory stays constant whatever the input size.
 * A bad line is reported on stderr with its number and skipped. Exit code 0, unless the input or
 * the config cannot be read (EXIT_NO_INPUT, EXIT_BAD_CONFIG, EXIT_USAGE).
 */
import { createReadStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MentionSchema, type Mention } from '../../shared/mention';
import { TrackingConfigSchema, type TrackingConfig } from '../../shared/tracking';
import { analyze, compileModel, type AnalysisModel } from './index';

export const EXIT_OK = 0;
export const EXIT_NO_INPUT = 1;
export const EXIT_BAD_CONFIG = 2;
export const EXIT_USAGE = 64;
export const DEFAULT_CONFIG = fileURLToPath(new URL('../config/default.tracking.json', import.meta.url));
const STDIN = '-';
const DEFAULT_CHANNEL = 'other';
const DEFAULT_CREATED_AT = 0;
const BOM = '\ufeff';
const OBJECT_START = '{';
const USAGE = 'usage: npm run analyze -- [FILE | -] [--config TRACKING.json]';

export interface CliOptions {
  file: string;
  config: string;
}

/** Parses argv (after the script); a string is a usage error. */
export function parseArgs(argv: readonly string[]): CliOptions | string {
  let file: string | null = null;
  let config = DEFAULT_CONFIG;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--config') {
      const v = argv[++i];
      if (v === undefined) return '--config needs a file';
      config = v;
    } else if (a.startsWith('--config=')) config = a.slice('--config='.length);
    else if (a === '--help' || a === '-h') return USAGE;
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else if (file === null) file = a;
    else return `one input file only (got ${file} and ${a})`;
  }
  return { file: file ?? STDIN, config };
}

export function loadTracking(path: string): TrackingConfig {
  return TrackingConfigSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

function issueText(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const i = error.issues[0];
  return i === undefined ? 'invalid' : `${i.path.map(String).join('.') || '(root)'}: ${i.message}`;
}

/** The mention a line stands for, or an error message. */
export function lineToMention(line: string, lineNo: number): Mention | string {
  let candidate: Record<string, unknown> | null = null;
  if (line.trimStart().startsWith(OBJECT_START)) {
    try {
      const v: unknown = JSON.parse(line);
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) candidate = v as Record<string, unknown>;
    } catch {
      // not JSON: a plain text that happens to start with "{"
    }
  }
  const input = candidate === null
    ? { id: String(lineNo), channel: DEFAULT_CHANNEL, text: line, createdAt: DEFAULT_CREATED_AT }
    : {
        ...candidate,
        id: candidate.id ?? String(lineNo),
        channel: candidate.channel ?? DEFAULT_CHANNEL,
        createdAt: candidate.createdAt ?? DEFAULT_CREATED_AT,
      };
  const r = MentionSchema.safeParse(input);
  return r.success ? r.data : issueText(r.error);
}

/** Analyzes every line of input into output; returns the number of lines written and skipped. */
export async function scoreStream(
  model: AnalysisModel, input: Readable, output: Writable, errors: Writable, receivedAt: number,
): Promise<{ written: number; skipped: number }> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0, written = 0, skipped = 0;
  for await (const raw of rl) {
    lineNo++;
    const line = lineNo === 1 && raw.startsWith(BOM) ? raw.slice(BOM.length) : raw;
    if (line.trim() === '') continue;
    const m = lineToMention(line, lineNo);
    if (typeof m === 'string') {
      errors.write(`line ${lineNo}: ${m}\n`);
      skipped++;
      continue;
    }
    written++;
    if (!output.write(JSON.stringify(analyze(m, model, receivedAt)) + '\n')) await once(output, 'drain');
  }
  return { written, skipped };
}

/** The whole command; returns the exit code. */
export async function runCli(
  argv: readonly string[], stdin: Readable, stdout: Writable, stderr: Writable,
): Promise<number> {
  const opts = parseArgs(argv);
  if (typeof opts === 'string') {
    stderr.write(`${opts}\n${opts === USAGE ? '' : USAGE + '\n'}`);
    return opts === USAGE ? EXIT_OK : EXIT_USAGE;
  }
  let model: AnalysisModel;
  try {
    model = compileModel(loadTracking(opts.config));
  } catch (e) {
    stderr.write(`cannot use config ${opts.config}: ${(e as Error).message.split('\n')[0]}\n`);
    return EXIT_BAD_CONFIG;
  }
  let input: Readable = stdin;
  if (opts.file !== STDIN) {
    const file = createReadStream(opts.file);
    try {
      await once(file, 'open');
    } catch (e) {
      stderr.write(`cannot read ${opts.file}: ${(e as Error).message}\n`);
      return EXIT_NO_INPUT;
    }
    input = file;
  }
  try {
    const { skipped } = await scoreStream(model, input, stdout, stderr, Date.now());
    if (skipped > 0) stderr.write(`${skipped} line(s) skipped\n`);
  } catch (e) {
    stderr.write(`cannot read ${opts.file}: ${(e as Error).message}\n`);
    return EXIT_NO_INPUT;
  }
  return EXIT_OK;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // A closed stdout (e.g. "| head") ends the run quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(EXIT_OK); throw e; });
  runCli(process.argv.slice(2), process.stdin, process.stdout, process.stderr).then((code) => { process.exitCode = code; });
}
