import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, Room, ServerToClientEvents } from '../../shared/events';
import { SECOND_MS } from '../../shared/constants';
import { applyFrames, type Inbound } from './applyFrame';
import { createBatcher, type Scheduler } from './batch';
import { offsetSample, smoothOffset } from './clockSync';
import { isAlert, isFrame } from './guard';
import type { WallStore } from './store';
import type { ConnStatus } from './types';
import { reportDenied } from '../auth/store';
import { heldToken } from '../auth/urlToken';

export type WallSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How long to wait for the server's acknowledgement of a join. */
export const JOIN_TIMEOUT_MS = 5 * SECOND_MS;
/** Wait before retrying a join that failed or timed out. */
export const JOIN_RETRY_MS = 3 * SECOND_MS;
/** At most one resync request (re-join after a seq gap) this often. */
export const RESYNC_RETRY_MS = 5 * SECOND_MS;

export interface ConnectOptions {
  room?: Room;
  /** A socket to use (tests); by default a same-origin socket at the default path. */
  socket?: WallSocket;
  /** Client wall clock (epoch ms). */
  now?: () => number;
  /** Batch schedulers (tests); by default one flush per animation frame. */
  schedulers?: Scheduler[];
  /** A wall token for the handshake's auth payload; by default the one given in the URL, else the session cookie is used. */
  token?: string;
}

/** What the server says when it refuses a handshake (connect_error's data). */
interface Refusal { status?: number; error?: string }

/**
 * Connects the wall: joins the room on every connect, applies frames to the store once per
 * animation frame, and re-joins (the server answers with a snapshot) after a seq gap.
 * Returns a function that disconnects and stops every timer.
 */
export function connectWall(store: WallStore, options: ConnectOptions = {}): () => void {
  const room: Room = options.room ?? 'wall';
  const now = options.now ?? Date.now;
  const socket: WallSocket = options.socket ?? io({
    autoConnect: false,
    // read at every (re)connect: a token from the URL, else none (the session cookie goes along)
    auth: (cb) => { const token = options.token ?? heldToken(); cb(token ? { token } : {}); },
  });
  let lastArrival = 0;
  let offset: number | null = store.getState().serverOffset;
  let lastResyncAt = -Infinity;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  function setStatus(status: ConnStatus) {
    if (store.getState().status !== status) store.setState({ status, statusSince: now() });
  }

  function join() {
    clearTimeout(retryTimer);
    socket.timeout(JOIN_TIMEOUT_MS).emit('view:join', { room }, (err, res) => {
      if (!err && res.ok) return;
      console.warn('earshot: join failed:', err ? err.message : res.ok ? '' : res.error);
      if (socket.connected) retryTimer = setTimeout(join, JOIN_RETRY_MS);
    });
  }

  const batcher = createBatcher<Inbound>(
    (items) => {
      const next = applyFrames(store.getState(), items);
      const sawFrame = items.some((i) => i.kind !== 'alert');
      store.setState(sawFrame ? { ...next, lastFrameAt: lastArrival, serverOffset: offset } : next);
      if (next.needsResync && socket.connected && now() - lastResyncAt >= RESYNC_RETRY_MS) {
        lastResyncAt = now();
        join();
      }
    },
    { schedulers: options.schedulers, isReset: (f) => f.kind === 'snapshot' },
  );

  socket.on('connect', () => {
    setStatus('connected');
    join();
  });
  let kickedAt = -Infinity;
  socket.on('disconnect', (reason) => {
    setStatus('disconnected');
    // the server dropped us (a revoked or expired credential): reconnect once to learn why
    if (reason === 'io server disconnect' && now() - kickedAt > JOIN_RETRY_MS) {
      kickedAt = now();
      socket.connect();
    }
  });
  socket.on('connect_error', (err) => {
    setStatus('disconnected');
    const d = (err as Error & { data?: Refusal }).data;
    if (d && (d.status === 401 || d.status === 403)) reportDenied(d.status, d.error ?? err.message);
  });
  socket.on('frame:push', (frame) => {
    if (!isFrame(frame)) return;
    lastArrival = now();
    if (typeof frame.sentAt === 'number') offset = smoothOffset(offset, offsetSample(frame.sentAt, lastArrival));
    batcher.push(frame);
  });
  socket.on('alert:update', (alert) => {
    if (isAlert(alert)) batcher.push({ kind: 'alert', alert });
  });
  if (!socket.connected) setStatus('connecting');
  socket.connect();

  return () => {
    clearTimeout(retryTimer);
    batcher.dispose();
    socket.off('connect').off('disconnect').off('connect_error').off('frame:push').off('alert:update');
    socket.disconnect();
  };
}
