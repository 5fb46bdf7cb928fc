import type { AnalyzedMention, Mention } from '../../shared/mention';
import { analyze, type AnalysisModel } from '../analysis';
import type { Clock } from '../clock';
import type { RollupStore } from '../rollups/types';
import type { DedupeStore, MentionStore } from '../store/types';

export type IngestOutcome = 'accepted' | 'duplicate';

export interface PipelineDeps {
  model: AnalysisModel;
  rollups: RollupStore;
  mentions: MentionStore;
  dedupe: DedupeStore;
  clock: Clock;
}

export interface PipelineStats {
  accepted: number;
  duplicates: number;
  /** Time spent in analyze(), total, in milliseconds. */
  analyzeMs: number;
}

type Listener = (batch: readonly AnalyzedMention[]) => void;

/**
 * Where validated mentions go: the embedded pipeline, or in Redis mode the cluster's ingest stream.
 * Per item, new or a duplicate id; throws IngestUnavailableError when the mentions cannot be taken now.
 */
export interface Ingestor {
  readonly stats: { accepted: number; duplicates: number };
  ingest(batch: readonly Mention[]): Promise<IngestOutcome[]>;
}

/** ingest -> dedupe -> analyze -> rollups + mention store -> listeners (the realtime layer). */
export class Pipeline implements Ingestor {
  readonly stats: PipelineStats = { accepted: 0, duplicates: 0, analyzeMs: 0 };
  private listeners: Listener[] = [];

  constructor(private deps: PipelineDeps) {}

  onAnalyzed(fn: Listener): () => void {
    this.listeners.push(fn);
    return () => { this.listeners = this.listeners.filter((l) => l !== fn); };
  }

  /** Takes validated mentions; returns, per item, whether it was new or a duplicate id. */
  async ingest(batch: readonly Mention[]): Promise<IngestOutcome[]> {
    if (batch.length === 0) return [];
    const fresh = await this.deps.dedupe.claim(batch.map((m) => m.id));
    const receivedAt = this.deps.clock.now();
    const analyzed: AnalyzedMention[] = [];
    const t0 = performance.now();
    for (let i = 0; i < batch.length; i++) {
      if (fresh[i]) analyzed.push(analyze(batch[i], this.deps.model, receivedAt));
    }
    this.stats.analyzeMs += performance.now() - t0;
    if (analyzed.length) {
      await this.deps.rollups.add(analyzed);
      await this.deps.mentions.add(analyzed);
      for (const l of this.listeners) l(analyzed);
    }
    this.stats.accepted += analyzed.length;
    this.stats.duplicates += batch.length - analyzed.length;
    return fresh.map((f) => (f ? 'accepted' : 'duplicate'));
  }
}
