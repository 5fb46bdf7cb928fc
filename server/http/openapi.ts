/**
 * The OpenAPI 3.1 document of /api, generated from the zod schemas the routes validate with
 * (z.toJSONSchema), so the documentation cannot drift from the validation. Served at
 * GET /api/openapi.json; a test checks that every route registered in express is in it.
 */
import { z } from 'zod';
import {
  ApiErrorSchema, BreakdownQuerySchema, BreakdownSchema, CompareQuerySchema, CompareSchema, EXPLORE_API,
  EXPORT_CSV_COLUMNS, ExportQuerySchema, MentionsPageSchema, MentionsQuerySchema, SeriesQuerySchema, SeriesSchema,
  SummaryQuerySchema, SummarySchema, WhyQuerySchema, WhySchema,
} from '../../shared/explore';
import { AnalyzedMentionSchema } from '../../shared/explore';
import { MentionSchema } from '../../shared/mention';
import { RuleInputSchema } from '../../shared/alert-rules';
import { AckSchema, ListSchema, RaiseSchema, SilenceAlertSchema, SilenceSchema } from './alerts-route';
import { TotalsQuery } from './query-route';
import { IssueSchema, LoginSchema } from '../auth/http';

type Json = Record<string, unknown>;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

const schemaOf = (s: z.ZodType, io: 'input' | 'output'): Json => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Json;
  return rest;
};

/** Query parameters from an object schema: one entry per key (lists are comma-separated). */
function queryParams(schema: z.ZodType): Json[] {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape) throw new Error('query schema must be a zod object');
  return Object.entries(shape).map(([name, field]) => {
    const s = schemaOf(field, 'input');
    const required = !field.safeParse(undefined).success;
    const p: Json = { name, in: 'query', required, schema: s };
    const description = (field as { description?: string }).description ?? (s.description as string | undefined);
    if (description) p.description = description;
    if (s.type === 'array') { p.style = 'form'; p.explode = false; }
    return p;
  });
}

const json = (schema: Json) => ({ 'application/json': { schema } });
const errorResponse = (description: string) => ({ description, content: json(schemaOf(ApiErrorSchema, 'output')) });
const ok = (schema: z.ZodType, description = 'OK') => ({ description, content: json(schemaOf(schema, 'output')) });
const anyJson = (description: string) => ({ description, content: json({ type: 'object' }) });
const body = (schema: z.ZodType | Json) => ({
  required: true, content: json(schema instanceof z.ZodType ? schemaOf(schema, 'input') : schema),
});
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

function explorePaths(): Record<string, Partial<Record<Method, Json>>> {
  const get = (summary: string, query: z.ZodType, response: Json, extra: Json = {}) => ({
    get: {
      tags: ['explore'], summary, parameters: queryParams(query),
      responses: { 200: response, 400: errorResponse('a parameter is invalid (the body names it)') }, ...extra,
    },
  });
  const withCsv = (schema: z.ZodType) => ({
    description: 'JSON, or CSV with format=csv',
    content: { ...json(schemaOf(schema, 'output')), 'text/csv': { schema: { type: 'string' } } },
  });
  return {
    [EXPLORE_API.mentions]: get('Matching mentions, paged and sorted, each with its analysis explained', MentionsQuerySchema, ok(MentionsPageSchema)),
    [EXPLORE_API.series]: get('Counts per time bucket, optionally split by a dimension', SeriesQuerySchema, withCsv(SeriesSchema)),
    [EXPLORE_API.breakdown]: get('Counts per value of a dimension, with polarity, net sentiment, reach and share', BreakdownQuerySchema, withCsv(BreakdownSchema)),
    [EXPLORE_API.summary]: get('KPIs of the matching mentions', SummaryQuerySchema, ok(SummarySchema)),
    [EXPLORE_API.why]: get('Why this spike: what over-indexes in a window against its baseline', WhyQuerySchema, ok(WhySchema)),
    [EXPLORE_API.compare]: get('Brand against brand, or period against period, side by side', CompareQuerySchema, ok(CompareSchema)),
    [EXPLORE_API.export]: get('Every matching mention with its analysis, streamed as CSV or NDJSON', ExportQuerySchema, {
      description: `CSV columns: ${EXPORT_CSV_COLUMNS.join(', ')}. NDJSON: one analyzed mention per line, plus createdAtLocal and receivedAtLocal in tz. Header X-Total-Count: rows.`,
      content: { 'text/csv': { schema: { type: 'string' } }, 'application/x-ndjson': { schema: { type: 'string' } } },
    }),
  };
}

function corePaths(): Record<string, Partial<Record<Method, Json>>> {
  const e400 = errorResponse('invalid request (the body names the problem)');
  const e404 = errorResponse('not found');
  const op = (tags: string, summary: string, extra: Json = {}, responses: Json = { 200: anyJson('OK') }) => ({ tags: [tags], summary, responses, ...extra });
  return {
    '/api/health': { get: op('server', 'Liveness') },
    '/api/status': { get: op('server', 'Uptime, clock, counts and the source\'s state') },
    '/api/config': { get: op('server', 'Tracked brands and topics') },
    [EXPLORE_API.openapi]: { get: op('server', 'This document') },
    '/api/mentions': {
      post: op('ingest', 'Ingest mentions: a JSON array, one object, or NDJSON (application/x-ndjson); each item validated on its own', {
        requestBody: { required: true, content: {
          ...json({ oneOf: [schemaOf(MentionSchema, 'input'), { type: 'array', items: schemaOf(MentionSchema, 'input') }] }),
          'application/x-ndjson': { schema: { type: 'string' } },
        } },
      }, { 200: anyJson('per-item results'), 400: e400, 413: errorResponse('body or item count too large') }),
    },
    '/api/totals': { get: op('query', 'Rollup totals grouped by dimensions', { parameters: queryParams(TotalsQuery) }, { 200: anyJson('totals'), 400: e400 }) },
    '/api/mentions/recent': { get: op('query', 'Latest mentions (river items), newest first', {
      parameters: [{ name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } }],
    }, { 200: anyJson('items'), 400: e400 }) },
    '/api/mentions/{id}': { get: op('query', 'One recent mention with its analysis', { parameters: [idParam] }, { 200: ok(AnalyzedMentionSchema), 404: e404 }) },
    '/api/alerts': {
      get: op('alerts', 'Alert history, newest first', { parameters: queryParams(ListSchema) }, { 200: anyJson('alerts'), 400: e400 }),
      post: op('alerts', 'Raise a manual alert', { requestBody: body(RaiseSchema) }, { 200: anyJson('the alert'), 400: e400 }),
    },
    '/api/alerts/{id}/ack': { post: op('alerts', 'Acknowledge an alert', { parameters: [idParam], requestBody: body(AckSchema) }, { 200: anyJson('the alert'), 400: e400, 404: e404 }) },
    '/api/alerts/{id}/resolve': { post: op('alerts', 'Resolve an alert', { parameters: [idParam] }, { 200: anyJson('the alert'), 404: e404 }) },
    '/api/alerts/{id}/silence': { post: op('alerts', 'Silence an alert\'s rule and/or brand', { parameters: [idParam], requestBody: body(SilenceAlertSchema) }, { 200: anyJson('the silence'), 400: e400, 404: e404 }) },
    '/api/silences': {
      get: op('alerts', 'Active silences'),
      post: op('alerts', 'Create a silence', { requestBody: body(SilenceSchema) }, { 200: anyJson('the silence'), 400: e400 }),
    },
    '/api/silences/{id}': { delete: op('alerts', 'End a silence', { parameters: [idParam] }, { 200: anyJson('OK'), 404: e404 }) },
    '/api/rules': {
      get: op('rules', 'Alert rules'),
      post: op('rules', 'Create a rule', { requestBody: body(RuleInputSchema) }, { 200: anyJson('the rule'), 400: e400 }),
    },
    '/api/rules/test': { post: op('rules', 'Test a draft rule against the last 24 h', { requestBody: body(RuleInputSchema) }, { 200: anyJson('what it would have fired'), 400: e400 }) },
    '/api/rules/{id}': {
      get: op('rules', 'One rule', { parameters: [idParam] }, { 200: anyJson('the rule'), 404: e404 }),
      put: op('rules', 'Replace a rule', { parameters: [idParam], requestBody: body(RuleInputSchema) }, { 200: anyJson('the rule'), 400: e400, 404: e404 }),
      patch: op('rules', 'Change some fields of a rule', { parameters: [idParam], requestBody: body({ type: 'object' }) }, { 200: anyJson('the rule'), 400: e400, 404: e404 }),
      delete: op('rules', 'Delete a rule', { parameters: [idParam] }, { 200: anyJson('OK'), 404: e404 }),
    },
    '/api/rules/{id}/enable': { post: op('rules', 'Enable a rule', { parameters: [idParam] }, { 200: anyJson('the rule'), 404: e404 }) },
    '/api/rules/{id}/disable': { post: op('rules', 'Disable a rule', { parameters: [idParam] }, { 200: anyJson('the rule'), 404: e404 }) },
    '/api/rules/{id}/test': { post: op('rules', 'Test a saved rule against the last 24 h', { parameters: [idParam] }, { 200: anyJson('what it would have fired'), 404: e404 }) },
    ...authPaths(),
  };
}

function authPaths(): Record<string, Partial<Record<Method, Json>>> {
  const e400 = errorResponse('invalid request (the body names the problem)');
  const e401 = errorResponse('no valid credential');
  const e403 = errorResponse('the credential\'s role may not do this');
  const op = (summary: string, extra: Json, responses: Json) => ({ tags: ['auth'], summary, responses: { 401: e401, ...responses }, ...extra });
  return {
    '/api/login': { post: op('Sign in with an analyst or admin token (or a wall token on a kiosk): sets an HttpOnly session cookie', { requestBody: body(LoginSchema) }, { 200: anyJson('who is signed in'), 400: e400, 403: e403, 429: errorResponse('too many attempts') }) },
    '/api/logout': { post: { tags: ['auth'], summary: 'End this browser\'s session (public: it only clears the caller\'s own cookie)', responses: { 204: { description: 'signed out' } } } },
    '/api/auth/me': { get: op('The caller\'s role, name and scope', {}, { 200: anyJson('the principal') }) },
    '/api/auth/tokens': {
      get: op('Credentials (admin): never their secrets', {}, { 200: anyJson('tokens'), 403: e403 }),
      post: op('Issue a credential (admin); the secret is shown once', { requestBody: body(IssueSchema) }, { 201: anyJson('the credential and its secret'), 400: e400, 403: e403 }),
    },
    '/api/auth/tokens/{id}': { delete: op('Revoke a credential (admin)', { parameters: [idParam] }, { 200: anyJson('the revoked credential'), 403: e403, 404: errorResponse('not found') }) },
  };
}

let cached: Json | undefined;

export function openApiDocument(): Json {
  cached ??= {
    openapi: '3.1.0',
    info: {
      title: 'Earshot API', version: '0.1.0',
      description: 'Real-time social listening: ingest, rollups, alerts and Explore (mention-level filtering, drill-down, why, compare, export). Errors are JSON {error, param?, issues?}.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths: { ...corePaths(), ...explorePaths() },
  };
  return cached;
}

/** Express path "/rules/:id/test" -> OpenAPI "/rules/{id}/test". */
export function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}
