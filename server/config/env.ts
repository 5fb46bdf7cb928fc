import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseRule, type Rule } from '../../shared/alert-rules';
import { TICK_MS } from '../../shared/constants';
import { TrackingConfigSchema, type TrackingConfig } from '../../shared/tracking';

export const DEFAULT_TRACKING = 'server/config/default.tracking.json';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Environment variables Earshot reads, with defaults. Validated at start; errors name the variable. */
export const EnvSchema = z.object({
  PORT: int(0, 65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  TICK_MS: int(50, 60_000).default(TICK_MS),
  SOURCE: z.enum(['simulator', 'replay', 'none']).default('simulator'),
  SIM_RATE: z.coerce.number().min(0).max(100_000).default(20),
  SIM_SEED: int(0, 2 ** 31 - 1).default(42),
  /** Simulated seconds per real second for the simulator (1 = real time). */
  SIM_SPEED: z.coerce.number().min(0.01).max(100_000).default(1),
  /** Mean simulated minutes between scripted incidents; 0 disables them. */
  SIM_INCIDENT_MIN: z.coerce.number().min(0).max(100_000).default(20),
  /** Simulated minutes of history generated at start, so the wall is not empty (capped at 200,000 mentions). */
  SIM_BACKFILL_MIN: z.coerce.number().min(0).max(24 * 60).default(60),
  TRACKING_CONFIG: z.string().default(DEFAULT_TRACKING),
  REPLAY_FILE: z.string().optional(),
  /** "max" (as fast as possible) or a speed factor (1 = real time, 60 = a minute a second). */
  REPLAY_SPEED: z.union([z.literal('max'), z.coerce.number().positive().max(1_000_000)]).default('max'),
  /** A preset name (server/sources/mappings/<name>.json) or a path to a mapping JSON file. */
  REPLAY_MAPPING: z.string().default('airline'),
  /** Largest accepted request body for ingest, in bytes. */
  INGEST_BODY_LIMIT: int(1024, 512 * 1024 * 1024).default(5 * 1024 * 1024),
  /** Mentions kept in memory for the river and drill-down. */
  MENTION_STORE_MAX: int(100, 50_000_000).default(100_000),
  /** Mention ids remembered for duplicate detection. */
  DEDUPE_MAX: int(1000, 100_000_000).default(2_000_000),
  /** Webhook URLs for alert notifications (comma-separated); rules may add their own. */
  ALERT_WEBHOOKS: z.string().default('').transform((v, ctx) => {
    const urls = v.split(',').map((u) => u.trim()).filter(Boolean);
    for (const u of urls) {
      if (!z.url({ protocol: /^https?$/ }).safeParse(u).success) ctx.addIssue({ code: 'custom', message: `not an http(s) URL: ${u}` });
    }
    return urls;
  }),
  /** Time allowed per webhook attempt. */
  ALERT_WEBHOOK_TIMEOUT_MS: int(100, 120_000).default(5000),
  /** Delays before each webhook retry, comma-separated ms (3 retries: 1 s, 4 s, 16 s). */
  ALERT_WEBHOOK_RETRY_MS: z.string().default('1000,4000,16000').transform((v, ctx) => {
    const ds = v.split(',').map((d) => d.trim()).filter(Boolean).map(Number);
    if (ds.length > 10 || ds.some((d) => !Number.isInteger(d) || d < 0 || d > 3_600_000)) ctx.addIssue({ code: 'custom', message: 'use up to 10 delays in ms, e.g. 1000,4000,16000' });
    return ds;
  }),
  /** A 1-minute bucket is evaluated this long after it ends (late mentions). */
  ALERT_GRACE_MS: int(0, 600_000).default(5000),
  /** "default" (a spike and a no-data rule per brand, a keyword watch), "none", or a JSON file of rules. */
  ALERT_RULES: z.string().default('default'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Redis mode: set to run several nodes on one Redis (redis://host:port[/db]). Unset: the embedded default. */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  /** This node's name in the cluster (worker consumer, session-id prefix); default: hostname-PORT. */
  NODE_ID: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, - and _ only (at most 64)').optional(),
  /** Prefix of every Redis key (several clusters can share a Redis). */
  REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9_:.-]{1,64}$/, 'letters, digits and _ : . - only').default('earshot:'),
  /** "system" (wall time) or "data" (the latest mention time of the cluster; implied by SOURCE=replay). */
  CLOCK: z.enum(['system', 'data']).default('system'),
  /** Redis mode: ingest-stream entries a worker reads per batch. */
  WORKER_BATCH: int(1, 10_000).default(500),
  /** Redis mode: entries pending this long with a worker are taken over by another (the worker is presumed dead). */
  WORKER_CLAIM_IDLE_MS: int(100, 3_600_000).default(30_000),
  /** Redis mode: the alert evaluator's lease; another node takes over within about this long after it dies. */
  LEASE_TTL_MS: int(500, 600_000).default(10_000),
  /** Redis mode: mention ids are remembered for duplicate detection this long (at least). */
  REDIS_DEDUPE_HOURS: z.coerce.number().min(0.01).max(24 * 30).default(24),
});
export type Env = z.output<typeof EnvSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function describe(issues: z.core.$ZodIssue[], prefix: string): string {
  return issues.map((i) => {
    const key = [prefix, ...i.path.map(String)].filter(Boolean).join('.');
    return `  ${key}: ${i.message}`;
  }).join('\n');
}

export function parseEnv(env: Record<string, string | undefined>): Env {
  const picked: Record<string, string> = {};
  for (const k of Object.keys(EnvSchema.shape)) {
    const v = env[k];
    if (v !== undefined && v !== '') picked[k] = v;
  }
  const r = EnvSchema.safeParse(picked);
  if (!r.success) throw new ConfigError(`invalid environment:\n${describe(r.error.issues, '')}`);
  if (r.data.SOURCE === 'replay' && !r.data.REPLAY_FILE) {
    throw new ConfigError('invalid environment:\n  REPLAY_FILE: required when SOURCE=replay');
  }
  return r.data;
}

export function parseTracking(raw: unknown, where = 'tracking config'): TrackingConfig {
  const r = TrackingConfigSchema.safeParse(raw);
  if (!r.success) throw new ConfigError(`invalid ${where}:\n${describe(r.error.issues, '')}`);
  return r.data;
}

/** Alert rules from ALERT_RULES: undefined for the defaults, [] for none, else a JSON array of rules. */
export function loadAlertRules(spec: string): Rule[] | undefined {
  if (spec === 'default') return undefined;
  if (spec === 'none') return [];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(resolve(spec), 'utf8'));
  } catch (e) {
    throw new ConfigError(`cannot read alert rules ${spec}: ${(e as Error).message}`);
  }
  if (!Array.isArray(raw)) throw new ConfigError(`alert rules ${spec}: expected a JSON array of rules`);
  return raw.map((r, i) => {
    const p = parseRule(r);
    if (!p.ok) throw new ConfigError(`alert rules ${spec} [${i}]: ${p.error}`);
    return { ...p.rule, id: p.rule.id || `rule-${i + 1}` };
  });
}

export function loadTracking(path: string): TrackingConfig {
  const full = resolve(path);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read tracking config ${full}: ${(e as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`tracking config ${full} is not valid JSON: ${(e as Error).message}`);
  }
  return parseTracking(raw, `tracking config ${full}`);
}
