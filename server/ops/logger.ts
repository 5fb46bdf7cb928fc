import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * Paths pino replaces with "[redacted]" wherever they appear in a log object: credentials never
 * reach the log even if a line carries headers or a body by mistake. (Earshot's own lines carry
 * credential ids, never secrets.)
 */
export const REDACT_PATHS = [
  'req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]',
  'headers.authorization', 'headers.cookie', 'headers["x-api-key"]', 'res.headers["set-cookie"]',
  'token', 'password', 'secret', 'adminToken', 'apiKey', 'sessionId', 'EARSHOT_ADMIN_TOKEN',
  '*.token', '*.password', '*.secret', '*.adminToken', '*.apiKey', '*.sessionId', '*.EARSHOT_ADMIN_TOKEN',
  '*.authorization', '*.cookie', '*["x-api-key"]', '*["set-cookie"]',
];

/** JSON lines with the app name and redaction; the destination is stdout unless given (tests capture it). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const opts = { level, base: { app: 'earshot', pid: process.pid }, redact: { paths: REDACT_PATHS, censor: '[redacted]' } };
  return destination ? pino(opts, destination) : pino(opts);
}
