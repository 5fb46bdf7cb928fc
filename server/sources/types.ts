import type { Mention } from '../../shared/mention';

/** Anything that produces mentions: simulator, replay, connectors. */
export interface Source {
  start(sink: (batch: Mention[]) => void | Promise<void>): void;
  stop(): Promise<void>;
  /** Progress for /api/status. */
  status(): { kind: string; done?: boolean; [k: string]: unknown };
}
