import { createStore } from 'zustand/vanilla';

/** Why the live feed or a page was refused (the socket layer and the gate write it). */
export interface Denial { status: number; message: string }

interface AuthState {
  denied: Denial | null;
}

/** Auth state outside React: the socket layer reports 401/403 here, the gate shows them. */
export const authStore = createStore<AuthState>()(() => ({ denied: null }));

export function reportDenied(status: number, message: string): void {
  authStore.setState({ denied: { status, message } });
}

export function clearDenied(): void {
  if (authStore.getState().denied) authStore.setState({ denied: null });
}
