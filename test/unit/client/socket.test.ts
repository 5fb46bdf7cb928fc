import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Server, type Socket as ServerSocket } from 'socket.io';
import { io } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../shared/events';
import { connectWall, type WallSocket } from '../../../client/state/socket';
import { createWallStore, type WallStore } from '../../../client/state/store';
import type { Scheduler } from '../../../client/state/batch';
import type { WallState } from '../../../client/state/types';
import { delta, item, snapshot } from './fixtures';

/** The real socket layer against a real Socket.IO server on port 0 (no DOM: batches flush on a 0 ms timer). */
const soon: Scheduler = (cb) => {
  const id = setTimeout(cb, 0);
  return () => clearTimeout(id);
};

function waitFor(store: WallStore, pred: (s: WallState) => boolean, ms = 3000): Promise<WallState> {
  return new Promise((resolve, reject) => {
    if (pred(store.getState())) return resolve(store.getState());
    const timer = setTimeout(() => { unsub(); reject(new Error('timed out; state: ' + JSON.stringify({ ...store.getState(), river: undefined }))); }, ms);
    const unsub = store.subscribe((s) => {
      if (pred(s)) { clearTimeout(timer); unsub(); resolve(s); }
    });
  });
}

describe('connectWall', () => {
  let http: HttpServer;
  let server: Server<ClientToServerEvents, ServerToClientEvents>;
  let url: string;
  let joins: number;
  let onJoin: (s: ServerSocket<ClientToServerEvents, ServerToClientEvents>) => void;
  const stops: (() => void)[] = [];

  beforeEach(async () => {
    joins = 0;
    onJoin = () => {};
    http = createServer();
    server = new Server(http);
    server.on('connection', (s) => {
      s.on('view:join', (req, ack) => {
        joins++;
        ack({ ok: true, data: { room: req.room, tickMs: 1000 } });
        onJoin(s);
      });
    });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    for (const stop of stops.splice(0)) stop();
    await new Promise((r) => server.close(r));
  });

  function start(store: WallStore) {
    const socket: WallSocket = io(url, { autoConnect: false, reconnection: false });
    stops.push(connectWall(store, { socket, schedulers: [soon] }));
    return socket;
  }

  it('joins on connect, applies the snapshot then deltas, and records when frames arrived', async () => {
    onJoin = (s) => {
      s.emit('frame:push', snapshot(1, { river: [item('a')] }));
      s.emit('frame:push', delta(2, { river: [item('b')] }));
      s.emit('frame:push', delta(3, { river: [item('c')] }));
    };
    const store = createWallStore();
    const before = Date.now();
    start(store);
    const s = await waitFor(store, (st) => st.seq === 3);
    expect(joins).toBe(1);
    expect(s.status).toBe('connected');
    expect(s.needsResync).toBe(false);
    expect(s.river.map((r) => r.id)).toEqual(['c', 'b', 'a']);
    expect(s.lastFrameAt).toBeGreaterThanOrEqual(before);
  });

  it('re-joins after a seq gap and takes the snapshot the server answers with', async () => {
    onJoin = (s) => {
      if (joins === 1) {
        s.emit('frame:push', snapshot(1));
        s.emit('frame:push', delta(2));
        s.emit('frame:push', delta(5, { river: [item('after-gap')] }));
      } else {
        s.emit('frame:push', snapshot(10, { river: [item('fresh')] }));
      }
    };
    const store = createWallStore();
    start(store);
    const s = await waitFor(store, (st) => st.seq === 10);
    expect(joins).toBe(2);
    expect(s.needsResync).toBe(false);
    expect(s.river.map((r) => r.id)).toEqual(['fresh']);
  });

  it('ignores malformed frames', async () => {
    onJoin = (s) => {
      (s as unknown as { emit: (e: string, x: unknown) => void }).emit('frame:push', { kind: 'delta', seq: 'x' });
      (s as unknown as { emit: (e: string, x: unknown) => void }).emit('frame:push', null);
      s.emit('frame:push', snapshot(7));
    };
    const store = createWallStore();
    start(store);
    const s = await waitFor(store, (st) => st.seq !== null);
    expect(s.seq).toBe(7);
    expect(s.needsResync).toBe(false);
  });

  it('reports disconnected when the server drops the socket, and stops cleanly', async () => {
    onJoin = (s) => {
      s.emit('frame:push', snapshot(1));
      setTimeout(() => s.disconnect(true), 20);
    };
    const store = createWallStore();
    const socket = start(store);
    await waitFor(store, (st) => st.seq === 1);
    const s = await waitFor(store, (st) => st.status === 'disconnected');
    expect(s.statusSince).toBeGreaterThan(0);
    stops.splice(0).forEach((stop) => stop());
    expect(socket.connected).toBe(false);
    expect(socket.hasListeners('frame:push')).toBe(false);
  });
});
