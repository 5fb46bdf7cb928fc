/**
 * Routing: the department a mention goes to. The config's rules are tried in order; the first
 * whose conditions all hold wins (a condition lists values, any of which will do; a condition
 * left out always holds). No rule: the default department.
 */
import type { BrandMatch, Channel, Intent, Polarity } from '../../shared/mention';
import type { RoutingRule } from '../../shared/tracking';

interface CompiledRule {
  intent: readonly Intent[] | null;
  channel: readonly Channel[] | null;
  polarity: readonly Polarity[] | null;
  brand: readonly string[] | null;
  department: string;
}

export interface RoutingModel {
  rules: CompiledRule[];
  fallback: string;
}

export function compileRouting(rules: readonly RoutingRule[], defaultDepartment: string): RoutingModel {
  return {
    rules: rules.map((r) => ({
      intent: r.intent ?? null, channel: r.channel ?? null, polarity: r.polarity ?? null,
      brand: r.brand ?? null, department: r.department,
    })),
    fallback: defaultDepartment,
  };
}

function anyBrand(wanted: readonly string[], brands: readonly BrandMatch[]): boolean {
  for (const b of brands) if (wanted.includes(b.brand)) return true;
  return false;
}

export function route(
  rm: RoutingModel, intent: Intent, channel: Channel, polarity: Polarity, brands: readonly BrandMatch[],
): string {
  for (const r of rm.rules) {
    if (r.intent !== null && !r.intent.includes(intent)) continue;
    if (r.channel !== null && !r.channel.includes(channel)) continue;
    if (r.polarity !== null && !r.polarity.includes(polarity)) continue;
    if (r.brand !== null && !anyBrand(r.brand, brands)) continue;
    return r.department;
  }
  return rm.fallback;
}
