/**
 * `npm run replay -- FILE [--speed max|N] [--mapping NAME|PATH] [--config TRACKING.json] [--port N]`
 * Starts Earshot with the replay source (the wall follows the replayed time) and a progress bar.
 */
import { parseArgs } from 'node:util';

const USAGE = 'usage: npm run replay -- FILE [--speed max|N] [--mapping airline|PATH] [--config TRACKING.json] [--port N]';

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        speed: { type: 'string', default: 'max' },
        mapping: { type: 'string', default: 'airline' },
        config: { type: 'string' },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    process.stderr.write(`replay: ${(e as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
})();

if (values.help || positionals.length !== 1) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(values.help ? 0 : 2);
}

const file = positionals[0];
process.env.SOURCE = 'replay';
process.env.REPLAY_FILE = file;
process.env.REPLAY_SPEED = values.speed;
process.env.REPLAY_MAPPING = values.mapping;
if (values.port) process.env.PORT = values.port;
if (values.config) process.env.TRACKING_CONFIG = values.config;
else if (values.mapping === 'airline' && !process.env.TRACKING_CONFIG) process.env.TRACKING_CONFIG = 'server/config/airlines.tracking.json';
process.env.LOG_LEVEL ??= 'warn';

await import('../main');
