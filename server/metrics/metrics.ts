import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Frame } from '../../shared/frame';

/** Process metrics (CPU, memory, event loop, GC) are collected once per process, shared by every app in it. */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** Seconds: from 0.1 ms to ~3 s. */
const ANALYSIS_BUCKETS_S = [0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3];
/** Bytes: 1 kB to 4 MB. */
const FRAME_BYTES_BUCKETS = [1024, 4096, 16_384, 65_536, 262_144, 1_048_576, 4_194_304];
const HTTP_BUCKETS_S = [0.001, 0.005, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10];
const MS_PER_S = 1000;

export interface IngestTotals { accepted: number; duplicates: number }

/**
 * Earshot's Prometheus metrics, one registry per app (tests start several in one process).
 * Names follow Prometheus conventions: base units (seconds, bytes), _total for counters.
 */
export class Metrics {
  readonly registry = new Registry();
  private rejected = 0;
  /** Stream lag (cluster mode sets it from the Redis stream; 0 in embedded mode). */
  readonly queueLag: Gauge;
  private analysis: Histogram;
  private frameBytes: Histogram<'room' | 'kind'>;
  private http: Counter<'method' | 'route' | 'status'>;
  private httpTime: Histogram<'method' | 'route'>;
  private denied: Counter<'status'>;

  constructor(sources: { ingest: () => IngestTotals; sockets: () => number }) {
    const registers = [this.registry];
    const self = this;
    new Counter({
      name: 'earshot_ingest_mentions_total', help: 'Mentions received, by outcome (accepted, duplicate id, rejected as invalid)',
      labelNames: ['outcome'], registers,
      collect() {
        const t = sources.ingest();
        this.reset();
        this.inc({ outcome: 'accepted' }, t.accepted);
        this.inc({ outcome: 'duplicate' }, t.duplicates);
        this.inc({ outcome: 'rejected' }, self.rejected);
      },
    });
    this.queueLag = new Gauge({ name: 'earshot_queue_lag_seconds', help: 'Age of the oldest mention waiting to be analyzed (0 in embedded mode: no queue)', registers });
    this.queueLag.set(0);
    this.analysis = new Histogram({ name: 'earshot_analysis_batch_seconds', help: 'Time in analyze() per ingested batch', buckets: ANALYSIS_BUCKETS_S, registers });
    new Gauge({
      name: 'earshot_sockets_connected', help: 'Socket.IO clients connected to this process', registers,
      collect() { this.set(sources.sockets()); },
    });
    this.frameBytes = new Histogram({
      name: 'earshot_frame_bytes', help: 'Size of each frame sent to a room (JSON bytes), by room and kind',
      labelNames: ['room', 'kind'], buckets: FRAME_BYTES_BUCKETS, registers,
    });
    this.http = new Counter({ name: 'earshot_http_requests_total', help: 'HTTP requests by method, route pattern and status', labelNames: ['method', 'route', 'status'], registers });
    this.httpTime = new Histogram({ name: 'earshot_http_request_duration_seconds', help: 'HTTP request time by method and route pattern', labelNames: ['method', 'route'], buckets: HTTP_BUCKETS_S, registers });
    this.denied = new Counter({ name: 'earshot_auth_denied_total', help: 'Requests and socket events refused: 401 unauthenticated, 403 forbidden, 429 rate-limited', labelNames: ['status'], registers });
  }

  countRejected(n: number): void { this.rejected += n; }
  observeAnalysis(ms: number): void { this.analysis.observe(ms / MS_PER_S); }
  observeFrame(frame: Frame): void {
    this.frameBytes.observe({ room: frame.room, kind: frame.kind }, Buffer.byteLength(JSON.stringify(frame)));
  }
  observeHttp(method: string, route: string, status: number, ms: number): void {
    this.http.inc({ method, route, status: String(status) });
    this.httpTime.observe({ method, route }, ms / MS_PER_S);
  }
  countDenied(status: number): void { this.denied.inc({ status: String(status) }); }

  /** The text exposition format: this app's metrics and the process's. */
  async text(): Promise<{ contentType: string; body: string }> {
    const merged = Registry.merge([processMetrics(), this.registry]);
    return { contentType: merged.contentType, body: await merged.metrics() };
  }
}
