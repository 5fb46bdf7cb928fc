import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { AddressInfo } from 'node:net';
import httpProxy from 'http-proxy';

/** Each node's GET /api/health is checked this often, with this timeout. */
export const HEALTH_EVERY_MS = 1000;
const HEALTH_TIMEOUT_MS = 800;

export interface FrontNode { id: string; url: string }

/**
 * A small front for the nodes of one machine (HTTP and WebSocket on one port): API and page
 * requests go round-robin to healthy nodes; a Socket.IO session goes to the node whose id starts
 * its session id (nodes name their sessions `<node id>.<random>`), so long-polling stays on its
 * node. A node that fails its health check or refuses a connection is skipped until it answers
 * again; its walls reconnect through the front to another node and resync.
 */
export class Front {
  readonly server: Server;
  private proxy = httpProxy.createProxyServer({ xfwd: true, ws: true });
  private healthy = new Set<string>();
  private next = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(private nodes: readonly FrontNode[], private log: { warn(obj: object, msg: string): void } = { warn: () => {} }) {
    this.server = createServer((req, res) => this.web(req, res));
    this.server.on('upgrade', (req, socket, head) => this.ws(req, socket, head));
  }

  async listen(port: number, host = '127.0.0.1'): Promise<number> {
    await this.check();
    this.timer = setInterval(() => void this.check(), HEALTH_EVERY_MS);
    this.timer.unref();
    await new Promise<void>((res, rej) => { this.server.once('error', rej); this.server.listen(port, host, () => res()); });
    return (this.server.address() as AddressInfo).port;
  }

  /** Node ids that answered their last health check. */
  get up(): string[] { return this.nodes.filter((n) => this.healthy.has(n.id)).map((n) => n.id); }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.proxy.close();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private web(req: IncomingMessage, res: ServerResponse): void {
    const node = this.pick(req);
    if (!node) { unavailable(res); return; }
    this.proxy.web(req, res, { target: node.url }, (err) => {
      this.down(node, err);
      if (!res.headersSent) unavailable(res); else res.destroy();
    });
  }

  private ws(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const node = this.pick(req);
    if (!node) { socket.destroy(); return; }
    socket.on('error', () => socket.destroy());
    this.proxy.ws(req, socket, head, { target: node.url }, (err) => { this.down(node, err); socket.destroy(); });
  }

  /** The session's node for Socket.IO requests that carry a session id, else the next healthy node. */
  private pick(req: IncomingMessage): FrontNode | undefined {
    const sid = /[?&]sid=([^&]+)/.exec(req.url ?? '')?.[1];
    if (sid) {
      const id = decodeURIComponent(sid).split('.')[0];
      const owner = this.nodes.find((n) => n.id === id);
      if (owner && this.healthy.has(owner.id)) return owner;
      // the session's node is gone: any node answers "unknown session" and the client starts a new one
    }
    const live = this.nodes.filter((n) => this.healthy.has(n.id));
    if (live.length === 0) return undefined;
    return live[this.next++ % live.length];
  }

  private down(node: FrontNode, err: Error): void {
    if (this.healthy.delete(node.id)) this.log.warn({ node: node.id, err: err.message }, 'front: node unreachable; skipping it');
  }

  private async check(): Promise<void> {
    await Promise.all(this.nodes.map(async (n) => {
      const ok = await probe(`${n.url}/api/health`);
      if (ok) this.healthy.add(n.id); else this.healthy.delete(n.id);
    }));
  }
}

function unavailable(res: ServerResponse): void {
  res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' });
  res.end(JSON.stringify({ error: 'no Earshot node is reachable' }));
}

function probe(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(url, { timeout: HEALTH_TIMEOUT_MS }, (res) => { res.resume(); resolve(res.statusCode === 200); });
    req.on('timeout', () => { req.destroy(); resolve(false); });
    req.on('error', () => resolve(false));
    req.end();
  });
}
