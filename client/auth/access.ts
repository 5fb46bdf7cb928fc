import type { Me } from './api';

export type PageRole = Me['role'];

/** Roles that may open each kind of page (admin always may). Mirrors server/auth/policy.ts. */
export const PAGE_ROLES = {
  wall: ['wall', 'analyst'],
  alerts: ['analyst'],
  explore: ['analyst'],
} as const satisfies Record<string, readonly PageRole[]>;

export type PageKind = keyof typeof PAGE_ROLES;

export function mayOpen(me: Me, page: PageKind, layout?: string): string | null {
  if (me.role !== 'admin' && !(PAGE_ROLES[page] as readonly string[]).includes(me.role)) {
    return `Signed in as ${me.name} (${me.role}): this page needs ${[...PAGE_ROLES[page], 'admin'].join(' or ')}.`;
  }
  const layouts = me.scope?.layouts;
  if (page === 'wall' && layout && layouts && !layouts.includes(layout)) {
    return `This wall token may show the layouts ${layouts.join(', ')}, not "${layout}".`;
  }
  return null;
}

/** A same-site path to return to after sign-in (never another origin). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
