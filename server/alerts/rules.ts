import { randomUUID } from 'node:crypto';
import type { Rule } from '../../shared/alert-rules';

/** Rules held at most: the engine's work per bucket is bounded by rules × brands × topics. */
export const RULES_MAX = 200;

export type RuleChange = { kind: 'put' | 'delete'; rule: Rule };

/** Alert rules in memory, with change listeners (the engine rebuilds a rule's evaluator). */
export class RuleStore {
  private rules = new Map<string, Rule>();
  private listeners: ((c: RuleChange) => void)[] = [];

  constructor(initial: readonly Rule[] = []) {
    for (const r of initial) this.rules.set(r.id, r);
  }

  onChange(fn: (c: RuleChange) => void): void { this.listeners.push(fn); }

  list(): Rule[] { return [...this.rules.values()]; }
  get(id: string): Rule | undefined { return this.rules.get(id); }
  get size(): number { return this.rules.size; }

  /** Adds a rule (an id is made when missing); returns null when it exists or the store is full. */
  create(rule: Rule): Rule | 'exists' | 'full' {
    const id = rule.id || `rule-${randomUUID().slice(0, 8)}`;
    if (this.rules.has(id)) return 'exists';
    if (this.rules.size >= RULES_MAX) return 'full';
    return this.put({ ...rule, id });
  }

  /** Replaces a rule wholesale (the id is kept). */
  put(rule: Rule): Rule {
    this.rules.set(rule.id, rule);
    this.emit({ kind: 'put', rule });
    return rule;
  }

  delete(id: string): boolean {
    const r = this.rules.get(id);
    if (!r) return false;
    this.rules.delete(id);
    this.emit({ kind: 'delete', rule: r });
    return true;
  }

  private emit(c: RuleChange): void { for (const l of this.listeners) l(c); }
}
