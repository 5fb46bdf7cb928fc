/**
 * `node --import tsx server/cluster/front-cli.ts --port 3000 node-1=http://10.0.0.11:3000 node-2=http://10.0.0.12:3000`
 *
 * The launcher's front on its own, for nodes on other machines: health-checked round-robin for
 * HTTP, each Socket.IO session kept on its node (by the node id that starts its session id; the
 * names must be the nodes' NODE_ID). Any load balancer that does the same (or uses sticky
 * sessions with WebSocket-only clients) can stand in for it.
 */
import { parseArgs } from 'node:util';
import { Front } from './front';

const USAGE = 'usage: front-cli.ts [--port 3000] [--host 127.0.0.1] NODE_ID=URL ...';
const { values, positionals } = parseArgs({ allowPositionals: true, options: { port: { type: 'string', default: '3000' }, host: { type: 'string', default: '127.0.0.1' } } });
const nodes = positionals.map((p) => {
  const m = /^([A-Za-z0-9_-]{1,64})=(https?:\/\/\S+)$/.exec(p);
  if (!m) { process.stderr.write(`front: not NODE_ID=URL: ${p}\n${USAGE}\n`); process.exit(2); }
  return { id: m[1], url: m[2].replace(/\/$/, '') };
});
if (nodes.length === 0) { process.stderr.write(`${USAGE}\n`); process.exit(2); }
const front = new Front(nodes, { warn: (o, m) => process.stdout.write(`front: ${m} ${JSON.stringify(o)}\n`) });
const port = await front.listen(Number(values.port), values.host);
process.stdout.write(`front: http://${values.host}:${port} -> ${nodes.map((n) => n.id).join(', ')} (healthy now: ${front.up.join(', ') || 'none'})\n`);
const stop = () => { void front.close().then(() => process.exit(0)); };
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
