import type { Server, Socket } from 'socket.io';
import { PANELS_REFRESH_MS, RESYNC_MS, RIVER_MAX } from '../../shared/constants';
import type { ClientToServerEvents, Room, ServerToClientEvents } from '../../shared/events';
import { ROOMS } from '../../shared/events';
import type { DeltaFrame, SnapshotFrame } from '../../shared/frame';
import { toRiverItem, type AnalyzedMention } from '../../shared/mention';
import type { BrandInfo, TopicInfo } from '../../shared/tracking';
import type { AlertStore } from '../alerts/store';
import type { Clock } from '../clock';
import type { RollupStore } from '../rollups/types';
import type { MentionStore } from '../store/types';
import { readPanels } from './panels';
import { RiverBuffer } from './river';
import { TermTracker } from './terms';
import { VIEW_RES, bucketStart, readKpis, readVolume, windowStart } from './view';

export type EarshotIo = Server<ClientToServerEvents, ServerToClientEvents>;
type EarshotSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

export interface HubDeps {
  io: EarshotIo;
  rollups: RollupStore;
  mentions: MentionStore;
  clock: Clock;
  brands: BrandInfo[];
  topics: TopicInfo[];
  tickMs: number;
  received: () => number;
  alerts: AlertStore;
  log: { warn(obj: object, msg: string): void };
}

interface RoomState { seq: number; lastSnapshotAt: number; lastPanelsAt: number }

/** Alerts carried by a snapshot at most (open ones first, then the latest resolved). */
const SNAPSHOT_ALERTS_MAX = 50;

/**
 * Sends each room one frame per tick, whatever the ingest rate: a snapshot on join and every
 * RESYNC_MS, deltas (volatile) in between. Frames are built once per room per tick, and only for
 * this node's own clients (io.local): in Redis mode every node builds the same frames from its
 * replica of the shared rollups.
 */
export class Hub {
  private river = new RiverBuffer();
  private dirtyFrom = Infinity; // earliest view bucket touched since the last tick
  private rooms = new Map<Room, RoomState>(ROOMS.map((r) => [r, { seq: 0, lastSnapshotAt: Date.now(), lastPanelsAt: 0 }]));
  private timer: NodeJS.Timeout | null = null;
  private ticking = false;
  private brandIds: string[];
  readonly terms = new TermTracker();

  constructor(private deps: HubDeps) {
    this.brandIds = deps.brands.map((b) => b.id);
    deps.io.on('connection', (socket) => this.onConnection(socket));
    // alert changes go out at once and reliably (never volatile), to every room. In Redis mode the
    // node where the change happened broadcasts it to the whole cluster through the adapter (so a
    // wall that reconnects elsewhere gets what it missed); the other nodes, applying it, stay quiet.
    deps.alerts.onChange((a, origin) => {
      if (origin === 'remote') return;
      for (const room of ROOMS) deps.io.to(room).emit('alert:update', a);
    });
  }

  /** Feed from the pipeline. */
  onAnalyzed = (batch: readonly AnalyzedMention[]): void => {
    this.river.push(batch);
    const now = this.deps.clock.now();
    this.terms.add(batch, now);
    for (const m of batch) {
      const t = bucketStart(Math.min(m.createdAt, now), VIEW_RES.ms);
      if (t < this.dirtyFrom) this.dirtyFrom = t;
    }
  };

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.deps.tickMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private onConnection(socket: EarshotSocket): void {
    socket.on('view:join', async (req, ack) => {
      const reply = typeof ack === 'function' ? ack : () => {};
      const room = req && typeof req === 'object' ? (req as { room?: unknown }).room : undefined;
      if (!ROOMS.includes(room as Room)) {
        reply({ ok: false, error: `unknown room: expected one of ${ROOMS.join(', ')}` });
        return;
      }
      try {
        await socket.join(room as Room);
        reply({ ok: true, data: { room: room as Room, tickMs: this.deps.tickMs } });
        socket.emit('frame:push', await this.snapshot(room as Room));
      } catch (err) {
        this.deps.log.warn({ err }, 'snapshot failed');
        reply({ ok: false, error: 'snapshot failed' });
      }
    });
  }

  async snapshot(room: Room): Promise<SnapshotFrame> {
    const state = this.rooms.get(room)!;
    const now = this.deps.clock.now();
    const volume = await readVolume(this.deps.rollups, windowStart(now), now);
    const kpis = await readKpis(this.deps.rollups, now, volume, this.brandIds, this.extra());
    const recent = await this.deps.mentions.recent(RIVER_MAX);
    const panels = await readPanels(this.deps.rollups, this.terms, now, this.brandIds);
    const all = this.deps.alerts.list();
    const alerts = [...all.filter((a) => a.state !== 'resolved'), ...all.filter((a) => a.state === 'resolved')].slice(0, SNAPSHOT_ALERTS_MAX);
    return {
      kind: 'snapshot', room, seq: state.seq, now, sentAt: Date.now(), kpis,
      brands: this.deps.brands, topics: this.deps.topics, bucketMs: VIEW_RES.ms,
      volume, river: recent.map((m) => toRiverItem(m)), alerts, panels,
    };
  }

  private extra() {
    return { received: this.deps.received(), openAlerts: this.deps.alerts.openCount() };
  }

  /** One frame per room per tick. Public so tests can drive ticks. */
  async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    try {
      const now = this.deps.clock.now();
      await this.deps.rollups.prune(now);
      this.terms.prune(now);
      const { items, skipped } = this.river.drain();
      const from = Math.max(windowStart(now), Math.min(this.dirtyFrom, bucketStart(now) - VIEW_RES.ms));
      this.dirtyFrom = Infinity;
      for (const [room, state] of this.rooms) {
        if (!this.deps.io.sockets.adapter.rooms.get(room)?.size) continue;
        state.seq++;
        if (Date.now() - state.lastSnapshotAt >= RESYNC_MS) {
          state.lastSnapshotAt = Date.now();
          state.lastPanelsAt = Date.now();
          this.deps.io.local.to(room).emit('frame:push', await this.snapshot(room));
          continue;
        }
        const window = await readVolume(this.deps.rollups, windowStart(now), now);
        const kpis = await readKpis(this.deps.rollups, now, window, this.brandIds, this.extra());
        const withPanels = Date.now() - state.lastPanelsAt >= PANELS_REFRESH_MS;
        if (withPanels) state.lastPanelsAt = Date.now();
        const frame: DeltaFrame = {
          kind: 'delta', room, seq: state.seq, now, sentAt: Date.now(), kpis,
          volume: window.filter((v) => v.t >= from),
          river: items, riverSkipped: skipped, alerts: [],
          ...(withPanels ? { panels: await readPanels(this.deps.rollups, this.terms, now, this.brandIds) } : {}),
        };
        this.deps.io.local.to(room).volatile.emit('frame:push', frame);
      }
    } catch (err) {
      this.deps.log.warn({ err }, 'tick failed');
    } finally {
      this.ticking = false;
    }
  }
}
